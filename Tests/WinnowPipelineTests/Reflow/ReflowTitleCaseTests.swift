import XCTest
@testable import WinnowPipeline

/// Hard-wrapped copy: a Title Case headline as wide as the wrap width stays a line of its own
/// above its lede; prose naming people and places in capitals, and a Title Case headline wrapped
/// over two lines, still wrap. A stripped caption wider than the wrap width is no headline's tail.
final class ReflowTitleCaseTests: XCTestCase {
    static let paragraph = ReflowCapitalsTests.paragraph

    func testTitleCaseHeadlineDoesNotWrapOntoItsLede() throws {
        let headline = "The Harbour Authority Approves a Dredging Plan For The Northern Channel"
        let j = try reflowJoins(Self.paragraph + ["", headline] + Self.paragraph)
        XCTAssertTrue(j[0] && j[1] && j[2], "wrapped lines of a paragraph continue")
        XCTAssertFalse(j[5], "a Title Case headline does not wrap onto the lede")
        XCTAssertTrue(j[6], "the lede itself still wraps")
    }

    func testProseNamingPeopleStillWraps() throws {
        // Every long word capitalised, but `who` is no headline's word.
        let prose = ["Harbour Master Jonas Berg, who leads Rotterdam Pilots Association talks",
                     "with the shipping lines, said the dredging would begin in the spring."]
        let j = try reflowJoins(Self.paragraph + [""] + prose)
        XCTAssertTrue(j[5], "a line of prose in capitals goes on below")
    }

    func testNamesOverALowerCaseLineStillWrap() throws {
        let lede = ["Flanked by Harbour Master Jonas Berg and Mayor Anna Doe, Minister Tom Lee",
                    "unveiled the dredging plan on Wednesday, a scheme that aims to deepen"]
        let j = try reflowJoins(Self.paragraph + [""] + lede)
        XCTAssertTrue(j[5], "a sentence going on in lower case is one paragraph")
    }

    func testTitleCaseHeadlineWrappedOverTwoLinesStillWraps() throws {
        let headline = ["In A Bitterly Divided Harbour, Will The Dredging Plan Change The Minds",
                        "Of Fishermen Who Moor Their Trawlers Near The Channel?"]
        let j = try reflowJoins(Self.paragraph + [""] + headline + Self.paragraph)
        XCTAssertTrue(j[5], "the headline stays in Title Case across the wrap")
        XCTAssertFalse(j[6], "and ends on its question mark")
    }

    /// A Title Case question is a whole headline: the dek below it opens a sentence of its own even
    /// when it names people in capitals (4 of 8 long words here, over `proseMaxTitleShare`).
    func testTitleCaseQuestionDoesNotWrapOntoADekNamingPeople() throws {
        let headline = "In A Bitterly Divided Harbour, Will Berg's Testimony Change Any Minds?"
        let dek = ["Former harbour master Jonas Berg did what the Fishermen had wanted him",
                   "to do on Wednesday, and the question now is how much that will change."]
        let j = try reflowJoins(Self.paragraph + ["", headline] + dek)
        XCTAssertFalse(j[5], "the question does not wrap onto its dek")
        XCTAssertTrue(j[6], "the dek itself still wraps")
        // Without the question mark the headline shape alone does not part them (names below).
        let open = String(headline.dropLast())
        XCTAssertTrue(try reflowJoins(Self.paragraph + ["", open] + dek)[5])
    }

    func testEndsQuestionOrExclamation() {
        func check(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { Reflow.endsQuestionOrExclamation($0) } }
        XCTAssertTrue(check("Will It Change Any Minds?"))
        XCTAssertTrue(check("“Not Again!”"))
        XCTAssertTrue(check("Is It Over? (Analysis)?'"))
        XCTAssertFalse(check("Who Will Pay For It"))
        XCTAssertFalse(check("It Is Over."))
        XCTAssertFalse(check(""))
    }

    func testWideStrippedCaptionIsNoHeadlinesTail() throws {
        let headline = "Harbour authority approves its dredging plan for the northern channel"
        let caption = "Fishermen say the plan leaves them no room to moor their trawlers. (AP Photo/Jane Doe Smith)"
        let (j, lines) = try reflowed(Self.paragraph + ["", headline, caption] + Self.paragraph)
        XCTAssertNotNil(lines[6].strippedRule, "the caption is stripped")
        XCTAssertFalse(j[5], "a caption wider than the wrap width was not wrapped under the headline")
    }

    func testShortWordsOfTitle() {
        func check(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { Reflow.shortWordsOfTitle($0) } }
        XCTAssertTrue(check("Us vs Them: When Politics is Treated Like a Football Game, No One Wins"))
        XCTAssertFalse(check("State Sen. Kay Kirkpatrick, who won Judson Hill’s District 32 Senate"))
        XCTAssertFalse(check("Intelligence Policy Center of the RAND National Defense Research Institute, a"))
        XCTAssertFalse(check("Harbour Master Jonas Berg of the Rotterdam Pilots Association,"))
        XCTAssertFalse(check("ANALYSIS — Voters in Kentucky, Mississippi, and Virginia"), "a list of names")
        XCTAssertFalse(check("Harbour Pilots Profited From the Dredging Contracts Jansen &"), "stops on an ampersand")
    }
}
