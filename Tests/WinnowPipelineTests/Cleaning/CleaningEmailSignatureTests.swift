import XCTest
@testable import WinnowPipeline

/// A shared message's signature under its `--` delimiter (`EmailSignature`): the sender's name,
/// title and number are stripped. They were kept and titled the next record (`Regional Sales Manager`).
final class CleaningEmailSignatureTests: XCTestCase {
    func testASignatureUnderItsDelimiterGoes() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        // (No phone number or address: with one, the contact block takes the lines first.)
        let text = (SplitStructureTests.harbour + ["", "--", "Raj Lindqvist", "Regional Sales Manager", "",
                                                   SplitStructureTests.orchestra[0]]).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let n = SplitStructureTests.harbour.count
        for k in (n + 2)...(n + 3) { XCTAssertEqual(lines[k].strippedRule, EmailSignature.rule, String(lines[k].text)) }
        XCTAssertNil(lines[n + 5].strippedRule)
    }

    /// Negative: a note in sentences under a lone `--` is the article's.
    func testANoteUnderADelimiterStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + ["--", "Note: Photo by the harbour authority."]).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        XCTAssertNotEqual(lines.last?.strippedRule, EmailSignature.rule)
    }
}
