import XCTest
@testable import WinnowPipeline

/// A known dateline place in capitals opens a wire lede, never a label over a headline
/// (`StorySplitter+PlaceLabel.swift`): `ATLANTA — <sentence>` over a widget is no headline where
/// `OPINION: <sentence>` over the same widget is; nor is `TOKYO -- …` a kicker headline.
final class SplitPlaceLabelTests: XCTestCase {
    static let header = ["Continue Reading Below", "Share", "Save"]

    func reads(_ line: String) throws -> Bool {
        let (classifier, _) = try CleaningFixtures.stages()
        let (_, config) = try CleaningFixtures.configs()
        let scorer = try CleaningFixtures.scorer(config)
        let text = (SplitStructureTests.harbour + ["=====", line] + Self.header + SplitStructureTests.orchestra).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
        return StorySplitter.readsAsStartHeadline(i, in: lines, facts: scorer.facts(lines), config: config)
    }

    func testKnownPlaceInCapitalsIsNoLabel() throws {
        XCTAssertFalse(try reads("ATLANTA — The orchestra needs to think hard about who its new season is for."))
        XCTAssertFalse(try reads("DES MOINES, Iowa -- The orchestra needs to think hard about who its new season is for."))
    }

    /// Negative: a section label is one, as is a mixed-case place (`San Francisco: The City of Bans`).
    func testSectionLabelStaysALabel() throws {
        XCTAssertTrue(try reads("OPINION: The orchestra needs to think hard about who its new season is for."))
    }

    /// The planner's label (its kicker headlines): a known place in capitals is none.
    func testKnownPlaceOpensNoPlannerLabel() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let (_, config) = try CleaningFixtures.configs()
        let scorer = try CleaningFixtures.scorer(config)
        let tokyo = "TOKYO -- The orchestra is stuck in a fight over its season. Orchestra on defense over season"
        let opinion = "OPINION -- The orchestra is stuck in a fight over its season. Orchestra on defense over season"
        let lines = classifier.classify((SplitStructureTests.harbour + [tokyo, opinion]).joined(separator: "\n")).lines
        let facts = scorer.facts(lines)
        let t = try XCTUnwrap(lines.firstIndex { $0.content == tokyo }), o = try XCTUnwrap(lines.firstIndex { $0.content == opinion })
        XCTAssertFalse(scorer.opensWithLabel(t, in: lines, facts: facts))
        XCTAssertTrue(scorer.opensWithLabel(o, in: lines, facts: facts))
    }

    func testPlaceNameIsReadInCapitalsOnly() {
        XCTAssertEqual(StorySplitter.placeName("DES MOINES, Iowa"), Array("DES MOINES".utf8))
        XCTAssertEqual(StorySplitter.placeName("San Francisco"), [])
    }
}
