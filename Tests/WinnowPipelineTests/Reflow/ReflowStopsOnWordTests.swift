import XCTest
@testable import WinnowPipeline

/// `Reflow.stopsOnWord` (the line ends in a letter or digit) and `stopsOnHeadlineWord` (and that
/// word is none a sentence runs on from), read by the dek, dateline-lede and byline tests.
final class ReflowStopsOnWordTests: XCTestCase {
    func ask(_ line: String, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var s = line
        return s.withUTF8 { test($0) }
    }

    func testStopsOnAWordNotOnPunctuation() {
        XCTAssertTrue(ask("Missouri poised to pass law, days after Alabama", Reflow.stopsOnWord))
        XCTAssertTrue(ask("Prices rose 12  ", Reflow.stopsOnWord), "trailing blanks are skipped")
        XCTAssertTrue(ask("Prices rose, and", Reflow.stopsOnWord), "a word, even a function word")
        XCTAssertFalse(ask("Prices rose,", Reflow.stopsOnWord))
        XCTAssertFalse(ask("Prices rose -", Reflow.stopsOnWord))
        XCTAssertFalse(ask("", Reflow.stopsOnWord))
    }

    func testAHeadlineStopsOnNoRunOnWord() {
        XCTAssertTrue(ask("Missouri poised to pass law, days after Alabama", Reflow.stopsOnHeadlineWord))
        XCTAssertFalse(ask("The talks broke down, according to", Reflow.stopsOnHeadlineWord))
        XCTAssertFalse(ask("The deal was reported by THE", Reflow.stopsOnHeadlineWord), "in any case")
        XCTAssertFalse(ask("The minister said", Reflow.stopsOnHeadlineWord))
        XCTAssertFalse(ask("Prices rose,", Reflow.stopsOnHeadlineWord))
    }
}
