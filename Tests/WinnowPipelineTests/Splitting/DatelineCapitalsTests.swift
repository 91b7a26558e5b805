import XCTest
@testable import WinnowPipeline

/// A place in capitals with Latin-1 capitals in it (`DÜSSELDORF, Germany —`, `SÃO PAULO —`,
/// `(ÉVORA) —`) is a dateline as `BERLIN —` is (`DatelineCapitals.swift`): the matcher's gate asked
/// for two ASCII capitals, and its patterns for `A`-`Z`. Prose that opens with such a word and no
/// dash, or a capitalised word with lower-case letters after it, is none.
final class DatelineCapitalsTests: XCTestCase {
    func testAccentedCapitalsOpenADateline() throws {
        let (_, config) = try CleaningFixtures.configs()
        let m = try DatelineMatcher(config)
        for (line, place) in [("DÜSSELDORF, Germany — Before he received his license", "DÜSSELDORF, Germany"),
                              ("SÃO PAULO — Brazil’s central bank", "SÃO PAULO"), ("(ÉVORA) — The mayor said", "ÉVORA"),
                              ("ZÜRICH (Reuters) - The bank", "ZÜRICH")] {
            XCTAssertEqual(m.place(in: line), place, line)
        }
        for line in ["DÜSSELDORF officials said on Monday that the airport", "Düsseldorf is a city on the Rhine — and more",
                     "Ça ira — the song"] {
            XCTAssertNil(m.place(in: line), line)
        }
    }

    func testCapitalsAreNoMixedCasePlace() {
        XCTAssertFalse(BoundaryPlanner.isMixedCase("DÜSSELDORF, Germany"))
        XCTAssertTrue(BoundaryPlanner.isMixedCase("Düsseldorf"))
        XCTAssertTrue(BoundaryPlanner.isMixedCase("Dallas"))
    }

    func testDatelineLedeWithAccentedCapitalsOpensAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let o = SplitStructureTests.orchestra
        let t = (SplitStructureTests.harbour + ["DÜSSELDORF, Germany — " + o[0]] + o.dropFirst()).joined(separator: "\n\n")
        let stories = splitter.split(classifier.classify(t))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix("DÜSSELDORF, Germany — ") == true)
    }
}
