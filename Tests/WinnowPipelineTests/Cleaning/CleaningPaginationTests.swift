import XCTest
@testable import WinnowPipeline

/// A paginated article as a scrape joined its pages (PageRepeat.swift, the pager patterns in
/// news.yaml) and zero-width filler lines (InvisibleLine.swift): one story, its repeated
/// `(page N)` headlines and pager lines stripped, the filler lines blank.
final class CleaningPaginationTests: XCTestCase {
    private func rules(_ lines: [String]) throws -> [String?] {
        let classifier = try LineClassifier(config: CleaningFixtures.configs().0, learned: nil)
        return classifier.classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
    }

    private let head = "Harbour council faces another delay on the channel"
    private let p1 = "The harbour council voted on Tuesday to dredge the channel before the winter storms arrive, officials said after a long meeting."
    private let p2 = "Nonetheless, the dredging contract is unlikely to be signed before March, and the port's pilots warned that ships would wait offshore."
    private let p3 = "Fishermen said the delay would cost them another season, and several asked the council to release money held back for the marina."

    func testRepeatedHeadlineWithPageMarkerIsStripped() throws {
        let out = try rules([head, "", p1, "", "Page 1 of 2", "Next Page »", "", head + " (page 2)", "", p2])
        XCTAssertEqual(out[4], "widget")
        XCTAssertEqual(out[5], "widget")
        XCTAssertEqual(out[7], "pagination")
        XCTAssertEqual(out[9], nil)
        XCTAssertEqual(try rules(["« Previous Page"]), ["widget"])
    }

    func testMarkerForms() {
        func cut(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer { PageRepeat.markerStart($0) } }
        XCTAssertEqual(cut("A long headline (page 2)"), 16)
        XCTAssertEqual(cut("A long headline [Page 3 of 4]"), 16)
        XCTAssertEqual(cut("A long headline (page 2/3)"), 16)
        XCTAssertNil(cut("A long headline (page 1)"))
        XCTAssertNil(cut("A long headline (p.48)"))
        XCTAssertNil(cut("A long headline page 2"))
    }

    /// Negative: a headline ending in a page marker that repeats nothing above, under no pager,
    /// stays (`(page 2)` of something else).
    func testMarkerWithoutRepeatOrPagerStays() throws {
        XCTAssertEqual(try rules([p1, "", "Council papers leaked to the press (page 2)", "", p2]), [nil, nil, nil, nil, nil])
    }

    func testPagesMakeOneStory() throws {
        let zw = "\u{200B}"
        let stories = try CleaningFixtures.split([head, "", p1, zw, p2, "", "Page 1 of 2", "Next Page »", zw, "",
                                                  head + " (page 2)", "", p3, "", "Page 2 of 2", "« Previous Page"])
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, head)
        XCTAssertTrue(stories.first?.text.contains(p3) ?? false)
        XCTAssertFalse(stories.first?.text.contains("(page 2)") ?? true)
        XCTAssertFalse(stories.first?.text.contains("Next Page") ?? true)
    }

    /// A line of zero-width spaces (with or without white space) is blank, not a sign-off.
    func testZeroWidthFillerLineIsBlank() throws {
        let classifier = try LineClassifier(config: CleaningFixtures.configs().0, learned: nil)
        let lines = classifier.classify([p1, "\u{200B}", " \u{200B}\u{00A0}", "\u{FEFF}\u{2060}", p2].joined(separator: "\n")).lines
        XCTAssertEqual(lines.map { $0.kind == .blank }, [false, true, true, true, false])
        // A zero-width space inside text keeps the line as written.
        let kept = classifier.classify("\u{200B}In their lame-duck session, Republicans passed it.").lines
        XCTAssertEqual(kept.first?.kind, .body)
    }
}
