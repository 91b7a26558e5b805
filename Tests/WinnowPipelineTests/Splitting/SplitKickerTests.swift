import XCTest
@testable import WinnowPipeline

/// A label in capitals before a headline (`OPINION: …`, `ANALYSIS — …`) has a dateline's shape;
/// the line is still its story's headline. A real dateline opens a sentence and stays a lede.
final class SplitKickerTests: XCTestCase {
    func testKickerHeadlineIsTheTitleNotALede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (["(ROTTERDAM) — " + h[0], h[1], h[2], h[3], h[4],
                     "Anna Berg contributed to this report.",
                     "OPINION: The orchestra's cheap seats are a gift to the city", o[0], o[1], o[2], o[3], o[4]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.map(\.title), [nil, "OPINION: The orchestra's cheap seats are a gift to the city"])
        XCTAssertEqual(stories.last?.metadata["dateline"], nil, "a kicker is not a place")
        XCTAssertTrue(stories.last?.text.hasPrefix(o[0]) ?? false, "the headline is not in the body")
    }

    func testDatelineLedesStayLedes() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        // A question after the place, and a wire dateline with a date and agency: both ledes.
        let text = (["HELSINKI: Will the harbour plan survive the fishermen's protest?", h[0], h[1], h[2], h[3], h[4],
                     "Anna Berg contributed to this report.",
                     "HELSINKI, May 24 (Reuters) - " + o[0], o[1], o[2], o[3], o[4]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.map(\.title), [nil, nil])
        XCTAssertEqual(stories.map { $0.metadata["dateline"] }, ["HELSINKI", "HELSINKI"])
    }
}

/// A headline whose credit the rules read as a trailer (`© Jane Doe/AFP`) scores low on its own;
/// when the next story starts at the dateline lede below it, the headline is that story's title.
final class SplitOrphanHeadlineTests: XCTestCase {
    func testHeadlineAboveACopyrightCreditTitlesTheLedeBelow() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (["(ROTTERDAM) — " + h[0], "", h[1], "", h[2], "", h[3], "", h[4], "",
                     "Writing by Anna Berg; Editing by Tom Lee", "", "",
                     "City orchestra cuts student tickets to five pounds", "", "© Jane Doe/AFP", "",
                     "(HELSINKI) — " + o[0], "", o[1], "", o[2], "", o[3], "", o[4]])
            .joined(separator: "\n")
        // Whatever the rules make of the credit, read it as a trailer (a copyright line).
        var lines = classifier.classify(text).lines
        let credit = try XCTUnwrap(lines.firstIndex { $0.text == "© Jane Doe/AFP" })
        lines[credit].kind = .stripped(rule: "copyright", role: .trailer)
        let classified = ClassifiedText(lines: lines)
        let stories = splitter.split(classified)
        XCTAssertEqual(stories.map(\.title), [nil, "City orchestra cuts student tickets to five pounds"])
        XCTAssertEqual(stories.last?.metadata["dateline"], "HELSINKI")
        XCTAssertFalse(stories.first?.text.contains("City orchestra") ?? true, "the headline left the previous story")
        // The headline alone would start a story of no words (the length prior drops it): adopted.
        let fates = splitter.explain(classified)
        XCTAssertTrue(fates.contains { $0.kind == .title && $0.features.contains { $0.hasPrefix("headline of the lede") } })
    }
}
