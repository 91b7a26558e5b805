import XCTest
@testable import WinnowPipeline

/// A kicker headline over its deks and its page's header is the story's title, not a dateline
/// lede (`BoundaryKickerDeks.swift`).
final class SplitKickerDeksTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let kicker = "OPINION: Should The Orchestra Raise Its Prices Again?"
    static let dek = ["Students are the audience of the next forty years.", "The board should listen to them."]

    static func text(deks: [String]) -> String {
        var parts = ["Harbour authority approves plan to dredge the northern channel", "By John Roe", "Published May 2, 2019 9:00 AM"]
        parts += harbour
        parts += [kicker] + deks + ["By Jane Doe", "Published May 3, 2019 10:00 AM", "Share this article"]
        parts += orchestra
        return parts.joined(separator: "\n\n")
    }

    func testKickerOverDeksAndHeaderIsTheTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(deks: Self.dek))
        // Scored as a headline (`kicker_headline`) where the line is scored, not as the dateline
        // lede it looks like, titled afterwards only if it happens to start (`started_kickers`).
        let fates = splitter.explain(lines)
        XCTAssertTrue(fates.contains { lines.lines[$0.line].content == Self.kicker && $0.features.contains { $0.hasPrefix("kicker_headline") }
                        && !$0.features.contains { $0.contains("started_kickers") } },
                      "\(fates.filter { $0.score != nil }.map { (lines.lines[$0.line].content.prefix(30), $0.features) })")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2, "\(splitter.explain(lines).filter { $0.score != nil }.map { (lines.lines[$0.line].content.prefix(30), $0.features) })")
        XCTAssertEqual(stories.last?.title, Self.kicker)
        // The orchestra's paragraphs stay in its story.
        XCTAssertTrue(stories.last?.text.contains(Self.orchestra[0]) ?? false)
    }

    func testOnlyShortSentencesOverAHeaderAreDeks() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        func over(_ deks: [String]) -> Bool {
            let lines = classifier.classify(Self.text(deks: deks)).lines
            return scorer.isKickerOverDeks(lines.firstIndex { $0.content == Self.kicker }!, in: lines, facts: scorer.facts(lines))
        }
        XCTAssertTrue(over(Self.dek))
        XCTAssertTrue(over([Self.dek[0]]))
        // No dek: `isKickerHeadline` reads the label line; a paragraph under it is its lede, not a dek.
        XCTAssertFalse(over([]))
        XCTAssertFalse(over([Self.orchestra[0] + " " + Self.orchestra[1]]))
        // A dek that does not end: no sentence over the header.
        XCTAssertFalse(over(["Students are the audience of the next forty years and"]))
        // A dateline lede whose own paragraphs run on under it, no header: no kicker.
        let lede = ["Harbour authority approves plan to dredge the northern channel", "By John Roe", "Published May 2, 2019 9:00 AM",
                    "LONDON: Shares in the port operator rose.", "Traders said the plan was priced in.", Self.harbour[0], Self.harbour[1]]
        let lines = classifier.classify(lede.joined(separator: "\n\n")).lines
        XCTAssertFalse(scorer.isKickerOverDeks(lines.firstIndex { $0.content.hasPrefix("LONDON:") }!, in: lines, facts: scorer.facts(lines)))
    }
}
