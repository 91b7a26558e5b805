import XCTest
@testable import WinnowPipeline

/// The split's byte-level shortcuts give what the slower forms gave: a story's body joined from
/// byte runs (`StorySplitter+BodyRun.swift`) and the dash forms of a title tag's site suffix
/// behind their `memchr` gate (`StorySplitter+SiteSuffix.swift`).
final class SplitStoryBytesTests: XCTestCase {
    /// Runs of one String and of another, non-ASCII bytes, a run of two lines that follow one
    /// another: the same bytes `SplitText.joinedLines` writes for the runs as Substrings.
    func testBodyRunsJoinAsTheirSubstrings() {
        let a = "First line of “a” story\nSecond line — é\n\nThird, after a blank\n"
        let b = "Another block’s line"
        let u = Array(a.utf8)
        let breaks = u.indices.filter { u[$0] == 0x0A }
        let ranges: [(String, Range<Int>)] = [
            (a, 0..<breaks[1]),                          // two lines that follow one another
            (a, (breaks[2] + 1)..<breaks[3]),            // the line after the blank
            (b, 0..<b.utf8.count),                       // another String
            (a, 6..<10),                                 // a piece of a line (`line`)
        ]
        for n in 1...ranges.count {
            let part = ranges.prefix(n)
            let joined = BodyRun.joined(part.map { BodyRun(storage: $0.0, start: $0.1.lowerBound, end: $0.1.upperBound) })
            let reference = SplitText.joinedLines(part.map { ClassifiedLine.slice($0.0, $0.1.lowerBound, $0.1.upperBound) })
            XCTAssertEqual(Array(joined.utf8), Array(reference.utf8), "\(n) runs")
            XCTAssertEqual(joined, reference)
        }
        XCTAssertEqual(BodyRun.joined([BodyRun(storage: a, start: 3, end: 3)]), "")
        XCTAssertEqual(BodyRun.joined([BodyRun(storage: a, start: 3, end: 3), BodyRun(storage: b, start: 0, end: 7)]), "\nAnother")
    }

    /// ` - `, ` :: `, ` – ` and ` — ` before a site name of up to `maxSiteBytes` bytes end the
    /// headline; a byte more, or no separator, and there is no suffix.
    func testBareTitleKeyDashFormsUpToTheSiteLength() {
        let head = "Harbour authority approves dredging"
        let site = "Harbourtown" + String(repeating: "x", count: StorySplitter.maxSiteBytes - 11)
        XCTAssertEqual(site.utf8.count, StorySplitter.maxSiteBytes)
        for sep in [" - ", " :: ", " – ", " — "] {
            XCTAssertEqual(StorySplitter.bareTitleKey(head + sep + site), LineKey.hash(head), sep)
            XCTAssertEqual(StorySplitter.bareTitleKey(head + sep + "Gazette"), LineKey.hash(head), sep)
            XCTAssertNil(StorySplitter.bareTitleKey(head + sep + site + "x"), sep)
        }
        XCTAssertNil(StorySplitter.bareTitleKey(head + " " + site))
        XCTAssertNil(StorySplitter.bareTitleKey(head + " -- Gazette"))
        XCTAssertNil(StorySplitter.bareTitleKey("A - B"))
    }
}
