import Foundation
import XCTest

/// `winnow run` on twelve dumps from a fourth generator (`Fixtures/devset/make_wire.py`, session 17,
/// written without reading Winnow's code or the other generators): wire copy hard-wrapped at 58–76
/// columns, ALL-CAPS and absent headlines, kickers, many byline, dateline and credit forms, page
/// furniture between stories, and JSONL records that cut stories mid-way (`container=jsonl_pages`,
/// three dumps here: pages of one url are joined before splitting, `ReadStage+Pages.swift`).
/// Its gold counts more as boilerplate than the other generators' (ALL-CAPS 4+-word lines, lines
/// repeated across the corpus). The floors are the scores when the fixture was added, minus a
/// small margin: a regression guard for layouts the other fixtures do not have.
final class WireRunTests: XCTestCase {
    func testWireDumpsScoreAtOrAboveFloor() throws {
        let s = try CLI.runAndScore(fixture: "Fixtures/wire", self)
        print("wire fixture: \(s)")
        // Reached when added (session 17, 47 gold stories, 66 records): story_f1 0.6195,
        // retention 0.9808, removal 0.7787, title_accuracy 1.0. Session 19, pages of one url
        // joined: story_f1 0.8571 (44 records), retention 0.997, removal 0.8596, titles 1.0.
        CLI.assertScores(s, atLeast: ["story_f1": 0.83, "retention": 0.97, "removal": 0.75, "title_accuracy": 0.95])
    }
}
