import XCTest
@testable import WinnowPipeline

/// In a dump whose headlines carry header blocks (a photo credit under each), a bare headline
/// right over a prose dateline lede of its own (`LOS ANGELES, February 12 — …`) is a wire story's
/// headline, not an in-article subhead: the header-style vote (`unlike_dump_headlines`) leaves it
/// a start (`BoundaryDatelineHeadline.swift`). A bare subhead over plain prose is still demoted.
final class SplitDatelineHeadlineTests: XCTestCase {
    static let credited = [
        ("Harbour Authority Approves Plan To Dredge The Northern Channel", SplitStructureTests.harbour),
        ("City Orchestra Announces An Autumn Season Of Sibelius", SplitStructureTests.orchestra),
        ("City Library Opens A Reading Room For The Newspaper Archive", SplitLedeHeadlineTests.library),
    ]
    static let subhead = "What the dredging means for the fishing fleet"
    static let subheadBody = "Skippers at the quay said the deeper channel would let larger trawlers land their catch at high and low tide alike, and the harbour master expects more boats to moor there by the autumn."
    static let headline = "Time to hold the state legislature responsible for the water shortage it created"
    /// Two stories of one news day: the lede shares a few words with the library story above
    /// (cohesion ~0.10, no topic shift), so the lede alone (a dateline under an open line) stays
    /// under the threshold and only its headline can open the story.
    static let lede = "LOS ANGELES, February 12 — Reservoirs across the state fell to their lowest level in a decade this winter, and the city said its library would close the fountains in its reading room and on its third floor until the spring rains."
    static let rest = [
        "Farmers in the central valley said they had been told to expect half of last year's irrigation allotment, and several towns have asked residents to stop watering lawns on weekends.",
        "Lawmakers in Sacramento have debated a new storage bond for three sessions without bringing it to a vote, while the districts have drawn down their groundwater faster than the aquifers recharge.",
    ]

    static func text() -> String {
        var lines: [String] = []
        for (k, (h, paragraphs)) in credited.enumerated() {
            lines += [h, "", "Photo: Jane Doe/Reuters", ""]
            for p in paragraphs.prefix(4) { lines += [p, ""] }
            if k == 0 { lines += [subhead, "", subheadBody, ""] }
        }
        lines += [headline, lede, ""]
        for p in rest { lines += [p, ""] }
        return lines.joined(separator: "\n")
    }

    func testHeadlineOverDatelineLedeStarts() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text()))
        let titles = stories.map(\.title)
        XCTAssertTrue(titles.contains(Self.headline), "the wire headline starts its story: \(titles)")
        // Its lede is that story's body, not the library story's tail.
        let wire = try XCTUnwrap(stories.first { $0.title == Self.headline })
        XCTAssertTrue(wire.text.contains("Reservoirs across the state"))
        XCTAssertFalse(stories.contains { $0.title != Self.headline && $0.text.contains("Reservoirs across the state") })
    }

    /// Prose negative: the bare subhead over plain prose is still unlike the dump's headlines, and
    /// its paragraph stays in the harbour story.
    func testBareSubheadStaysInItsArticle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text()))
        XCTAssertFalse(stories.map(\.title).contains(Self.subhead))
        let harbour = try XCTUnwrap(stories.first { $0.title == Self.credited[0].0 })
        XCTAssertTrue(harbour.text.contains("Skippers at the quay"))
    }

    /// The predicate: a prose dateline lede below, and no sentence end on the line itself.
    func testPredicate() {
        func line(_ features: [SplitFeature]) -> ScoredLine {
            var s = ScoredLine()
            for f in features { s.fired.append(f) }
            return s
        }
        XCTAssertTrue(BoundaryPlanner.datelineAnchorsHeadline(line([.datelineAfter, .proseAfter])))
        XCTAssertFalse(BoundaryPlanner.datelineAnchorsHeadline(line([.datelineAfter])), "a place label over a short line is no lede")
        XCTAssertFalse(BoundaryPlanner.datelineAnchorsHeadline(line([.datelineAfter, .proseAfter, .sentenceEnding])), "an update note ends a sentence")
    }
}
