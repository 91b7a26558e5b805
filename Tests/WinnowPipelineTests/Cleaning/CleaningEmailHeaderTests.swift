import XCTest
@testable import WinnowPipeline

/// A shared e-mail's header blocks (`EmailHeader`): the fields of the sender's block and of the
/// forwarded original nested under it are stripped, the forward banner and the mbox envelope too;
/// the first block's `Subject:` stays to title the story. The fields were kept and made records of
/// their own (`To: …` / `Passing this along.`), and the story went untitled.
final class CleaningEmailHeaderTests: XCTestCase {
    func testAForwardsHeaderBlocksGoAndTheFirstSubjectStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (["From maya.ortiz@example.com  Mon 2019-05-01 09:30:07",
                     "From: Maya Ortiz <maya.ortiz@example.com>", "To: Ben Quinn <ben65@example.com>",
                     "Subject: Fwd: Harbour Approves Dredging Plan", "Date: Mon, 2019-05-01 at 5:27 PM", "",
                     "Worth a read.", "",
                     "---------- Forwarded message ---------", "From: Harbour Gazette <news@example.com>",
                     "Date: 2019-05-01", "Subject: Harbour Approves Dredging Plan", "To: <maya.ortiz@example.com>", ""]
                    + SplitStructureTests.harbour).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        for k in [0, 1, 2, 4, 8, 9, 10, 11, 12] { XCTAssertEqual(lines[k].strippedRule, EmailHeader.rule, String(lines[k].text)) }
        XCTAssertNil(lines[3].strippedRule)
        for k in 14..<lines.count { XCTAssertNil(lines[k].strippedRule, String(lines[k].content)) }
    }

    /// Negative: fields with no sender (an article's `Date:` over its `Source:`) are not a message's.
    func testFieldsWithoutASenderStay() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (["Harbour Approves Dredging Plan", "To: all harbour users", "Date: 2019-05-01", ""]
                    + SplitStructureTests.harbour).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        for k in lines.indices { XCTAssertNotEqual(lines[k].strippedRule, EmailHeader.rule, String(lines[k].text)) }
    }
}
