import XCTest
@testable import WinnowPipeline

/// Hard-wrapped copy: a headline set in capitals as wide as the wrap width stays a line of its
/// own above its lede; a lede whose first words run in capitals across the wrap still wraps.
final class ReflowCapitalsTests: XCTestCase {
    static let paragraph = [
        "The harbour authority approved a plan on Tuesday to dredge the northern",
        "shipping channel, allowing container vessels with deeper hulls to dock at",
        "the terminal. Dredging crews will remove sediment from the channel floor",
        "over eighteen months, and the authority expects more container traffic.",
    ]

    func testHeadlineInCapitalsDoesNotWrapOntoItsLede() throws {
        let headline = "WITH DREDGING PLAN, A LOT AT STAKE FOR THE HARBOUR'S SHELLFISH BEDS"
        let j = try reflowJoins(Self.paragraph + [headline] + Self.paragraph)
        XCTAssertTrue(j[0] && j[1] && j[2], "wrapped lines of a paragraph continue")
        XCTAssertFalse(j[4], "a headline in capitals does not wrap onto the mixed-case lede")
        XCTAssertTrue(j[5], "the lede itself still wraps")
    }

    func testCapitalsAcrossTheWrapStillWrap() throws {
        let lede = ["WHAT THE DREDGING PLAN REVEALS ABOUT SMALL-PORT POLITICS AND THE HARBOUR",
                    "AUTHORITY: There is no single story to the dredging. Unlike a new berth,",
                    "there is no ground to take, no points to score, only sediment to move."]
        let j = try reflowJoins(Self.paragraph + lede)
        XCTAssertTrue(j[4], "the words at the wrap are both in capitals")
    }

    /// A contact line ending on a phone number (no letters in its last word) over a headline in
    /// capitals: the line's other words are in mixed case, so the headline is no wrap of it.
    func testCapitalsUnderALastWordWithoutLetters() throws {
        let contact = "please contact the press office on jlittle@example.org (703)-683-5004"
        let headline = "THE LATE-NIGHT PULPIT FOR BANNING GUNS AFTER THE ORLANDO SHOOTING"
        let j = try reflowJoins(Self.paragraph + [contact, headline] + Self.paragraph)
        XCTAssertFalse(j[4], "the headline in capitals is no tail of the contact line")
        XCTAssertFalse(j[5], "the headline does not wrap onto the mixed-case lede")
        // A wrapped line in capitals under a number in a line of capitals still continues it.
        let caps = ["WHAT THE DREDGING PLAN OF 2016 MEANS FOR THE HARBOUR AND PORTS IN 2017",
                    "AND THE SHELLFISH BEDS NEAR THE MOUTH OF THE NORTHERN SHIPPING CHANNEL"]
        XCTAssertFalse(Reflow.changesCase(try CleaningFixtures.stages().0.classify(caps.joined(separator: "\n")).lines, 0))
    }

    func testAllCapitals() {
        XCTAssertTrue(SplitText.isAllCapitals("'50 DIRTIEST' US POWER PLANTS EMIT MORE GASES"))
        XCTAssertFalse(SplitText.isAllCapitals("NEW YORK (AP) — The numbers are staggering."))
        XCTAssertFalse(SplitText.isAllCapitals("N.Y. AP"), "too few letters: an abbreviation")
    }

    /// A printed headline in capitals broken after its comma, each half far shorter than the
    /// column's wrap: it still runs on (no headline ends with a comma). A line in capitals with no
    /// comma at its end, a short place alone, or capitals over mixed case stay apart.
    func testHeadlineInCapitalsBrokenAfterACommaRunsOn() throws {
        let head = ["THEIR BOSS STAYS ON THE SIDELINE,", "BUT HARBOUR AIDES TILT TO DREDGING"]
        let j = try reflowJoins(Self.paragraph + [""] + head + [""] + Self.paragraph)
        XCTAssertTrue(j[5], "the headline's first line runs on into its second")
        XCTAssertFalse(j[6], "the headline does not wrap onto the lede")
        let apart = try reflowJoins(Self.paragraph + ["", "THEIR BOSS STAYS ON THE SIDELINE", "BUT HARBOUR AIDES TILT"] + [""] + Self.paragraph)
        XCTAssertFalse(apart[5], "no comma: the width test decides, and the line is short")
        let place = try reflowJoins(Self.paragraph + ["", "WASHINGTON,", "THE HARBOUR AUTHORITY"] + [""] + Self.paragraph)
        XCTAssertFalse(place[5], "a place alone is too few words")
        let mixed = try reflowJoins(Self.paragraph + ["", "THEIR BOSS STAYS ON THE SIDELINE,", "but harbour aides tilt to dredging"] + [""] + Self.paragraph)
        XCTAssertFalse(mixed[5], "capitals over lower case is no run-on in capitals")
    }
}
