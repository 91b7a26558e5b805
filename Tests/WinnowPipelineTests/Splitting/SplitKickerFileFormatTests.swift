import XCTest
@testable import WinnowPipeline

/// A file format set in capitals on a line of its own (`PDF` over `2 pages, 94 KB`) labels a
/// download link, not a section: it is no kicker, where a section label in the same place is.
final class SplitKickerFileFormatTests: XCTestCase {
    func kickers(_ label: String) throws -> [JSONValue?] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let page = SplitSectionLabelTitleTests.page
        let text = (page("BUSINESS", "Harbour authority approves plan to dredge the northern channel", "Written by Anna Berg", h)
                    + ["Sign up for the Harbour Daily Digest", ""]
                    + page(label, "City orchestra cuts student tickets to five pounds", "Written by Tom Lee", o))
            .joined(separator: "\n")
        return splitter.split(classifier.classify(text)).map { $0.metadata["kicker"] }
    }

    func testFileFormatIsNoKicker() throws {
        XCTAssertEqual(try kickers("CULTURE"), [.string("BUSINESS"), .string("CULTURE")])
        for format in ["PDF", "DOCX", "MP3"] {
            XCTAssertFalse(try kickers(format).contains(.string(format)), format)
        }
    }
}
