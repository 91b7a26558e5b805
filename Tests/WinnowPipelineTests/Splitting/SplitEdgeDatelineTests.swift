import XCTest
@testable import WinnowPipeline

/// A dateline lede under a page edge (`edge_datelines`, `BoundaryEdgeDateline.swift`): the harbour
/// story, a time stamp, then another port's dredging story from the same desk, which shares the
/// harbour story's words. Cohesion held the lede under the threshold; under the stamp it opens its
/// story. Under a photo credit alone (an inline photo) cohesion still decides, as it does for a
/// plain paragraph under the stamp, and a dateline lede under its own headline's teaser and stamp
/// stays that headline's.
final class SplitEdgeDatelineTests: XCTestCase {
    let h = SplitStructureTests.harbour
    static let lisbon = [
        "LISBON — City officials in Lisbon approved a plan on Wednesday to widen the quay where cruise ships berth, so that larger liners can moor near the old town.",
        "Construction will take a year, and the city expects more visitors in the summer months, which shopkeepers near the quay have welcomed.",
        "Restaurants along the river expect the busiest summer in a decade, the tourism office said, and hotels are hiring staff for the season.",
    ]

    func stages(_ on: Bool) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.edgeDatelines = on }
    }

    func text(between: [String], lede: [String] = lisbon) -> String {
        (h + between + lede).joined(separator: "\n\n")
    }

    func testDatelineLedeUnderATimeStampOpensItsStory() throws {
        let t = text(between: ["Updated 9:39 a.m. ET"])
        let (classifier, splitter) = try stages(true)
        let stories = splitter.split(classifier.classify(t))
        XCTAssertEqual(stories.count, 2, "\(splitter.explain(classifier.classify(t)).filter { $0.features.fired("cohesion", .negative) }.map { "\($0.kind) \($0.features)" })")
        XCTAssertTrue(stories.last?.text.hasPrefix("LISBON — ") == true)
        let (c0, s0) = try stages(false)
        XCTAssertEqual(s0.split(c0.classify(t)).count, 1, "cohesion vetoes the lede without the feature")
    }

    func testDatelineLedeUnderACreditAloneIsStillWeighedByCohesion() throws {
        let (classifier, splitter) = try stages(true)
        XCTAssertEqual(splitter.split(classifier.classify(text(between: ["Photo: Jane Doe/Reuters"]))).count, 1)
    }

    func testParagraphUnderATimeStampStaysInItsStory() throws {
        // The same paragraph without its dateline: prose under a stamp, the harbour story goes on.
        let plain = [String(Self.lisbon[0].dropFirst("LISBON — ".count))] + Self.lisbon.dropFirst()
        let (classifier, splitter) = try stages(true)
        XCTAssertEqual(splitter.split(classifier.classify(text(between: ["Updated 9:39 a.m. ET"], lede: plain))).count, 1)
    }

    func testDatelineLedeUnderItsOwnHeadlinesTeaserStaysWithIt() throws {
        let t = (["Lisbon approves dredging of its container channel", "The port will dredge its channel.", "Updated 9:39 a.m. ET"]
            + Self.lisbon).joined(separator: "\n\n")
        let (classifier, splitter) = try stages(true)
        let stories = splitter.split(classifier.classify(t))
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, "Lisbon approves dredging of its container channel")
    }
}
