import XCTest
@testable import WinnowPipeline

/// Another story's headline set in capitals between a story's paragraphs (Fox-style inline links)
/// leaves the text for `metadata.links` (`StorySplitter+CapsLink.swift`); a subhead in capitals, a
/// sentence in capitals and a wire headline in capitals that opens a story stay what they were.
final class SplitCapsLinkTests: XCTestCase {
    let link = "HARBOUR UNIONS VOW TO FIGHT DREDGING PLAN AS TERMINAL OPERATORS RAMP UP 'URGENT' LOBBYING"

    func testACapitalsHeadlineInsideAStoryLeavesForLinks() throws {
        let h = SplitStructureTests.harbour
        let subhead = "WHAT THE FISHERMEN FEAR"
        let shout = "WE WILL NOT LET THEM DREDGE OUR CHANNEL WITHOUT A FIGHT, THE BANNERS SAID."
        let stories = try CleaningFixtures.split(["Harbour authority approves dredging of the northern channel", "",
                                                  h[0], "", h[1], "", link, "", h[2], "", subhead, "", h[3], "", shout, "", h[4]])
        XCTAssertEqual(stories.count, 1)
        let s = try XCTUnwrap(stories.first)
        XCTAssertFalse(s.text.contains(link), "another story's headline leaves the text")
        XCTAssertEqual(s.metadata["links"], .array([.string(link)]))
        XCTAssertTrue(s.text.contains(subhead), "a short subhead in capitals is the story's own")
        XCTAssertTrue(s.text.contains(shout), "a sentence in capitals is prose")
        for p in h { XCTAssertTrue(s.text.contains(p), "prose stays") }
    }

    func testACapitalsWireHeadlineStillOpensItsStory() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let first = "HARBOUR AUTHORITY APPROVES PLAN TO DREDGE THE NORTHERN SHIPPING CHANNEL FOR DEEPER VESSELS"
        let second = "CITY ORCHESTRA UNVEILS AUTUMN SEASON WITH SIBELIUS CYCLE AND A NEW VIOLIN CONCERTO"
        let stories = try CleaningFixtures.split([first, "", h[0], "", h[1], "", h[2], "", h[3], "", h[4], "",
                                                  second, "", o[0], "", o[1], "", o[2], "", o[3], "", o[4]])
        XCTAssertEqual(stories.map(\.title), [first, second])
        XCTAssertNil(stories.last?.metadata["links"])
    }

    func testCopySetInCapitalsStays() throws {
        // An old wire's text in capitals, its lines hard-wrapped: no line of it is a link.
        let copy = ["THE HARBOUR AUTHORITY APPROVED A PLAN ON TUESDAY TO DREDGE THE NORTHERN SHIPPING",
                    "CHANNEL, ALLOWING CONTAINER VESSELS WITH DEEPER HULLS TO DOCK AT THE TERMINAL WHERE",
                    "FISHERMEN HAVE MOORED THEIR TRAWLERS FOR GENERATIONS AND SAY THE PLUMES WILL HARM",
                    "THE SHELLFISH BEDS NEAR THE HARBOUR MOUTH."]
        let h = SplitStructureTests.harbour
        let stories = try CleaningFixtures.split(["Harbour authority approves dredging of the northern channel", "",
                                                  h[0], "", h[1], ""] + copy + ["", h[2], "", h[3]])
        let text = try XCTUnwrap(stories.first?.text)
        XCTAssertTrue(text.contains("CHANNEL, ALLOWING CONTAINER VESSELS"), "copy in capitals stays")
        XCTAssertNil(stories.first?.metadata["links"])
    }
}
