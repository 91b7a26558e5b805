import XCTest
@testable import WinnowPipeline

/// Time stamps and bylines in the shapes sites print them besides the common ones: the time after
/// a bar or first, a dotted European date, a compact age; a byline behind another label.
final class CleaningStampAndBylineShapeTests: XCTestCase {
    func testMoreStampShapes() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        for line in ["March 3, 2024 | 10:15 AM", "10:15 AM EST, Sun March 3, 2024", "03.03.2024", "2h", "5 m"] {
            let l = classifier.classify(line).lines[0]
            XCTAssertEqual(l.kind, .stripped(rule: l.strippedRule ?? "", role: .timestamp), line)
        }
        XCTAssertEqual(classifier.classify("March 3, 2024 | 10:15 AM").lines[0].metadata["date"], .string("March 3, 2024 | 10:15 AM"))
        // A version number or a score is no date; a word on its own is no stamp.
        for line in ["Version 3.03.2024b was released", "2 hours", "Today —"] {
            XCTAssertNil(classifier.classify(line).lines[0].strippedRule, line)
        }
    }

    func testBylineBehindALabel() {
        func byline(_ s: String) -> Bool {
            Byline.matches(s, words: LineText.wordCount(s), ending: LineText.ending(s))
        }
        XCTAssertTrue(byline("Story by Jane Doe"))
        XCTAssertTrue(byline("Author: Jane Doe"))
        XCTAssertTrue(byline("WORDS BY JANE DOE"))
        XCTAssertFalse(byline("REPORTER: Why won't you let the inspector testify before the House?"))
        XCTAssertFalse(byline("Story by story, the paper rebuilt its archive."))
        XCTAssertFalse(byline("Authors: the committee thanks every contributor."))
    }
}
