import XCTest
@testable import WinnowPipeline

/// The first physical line of a hard-wrapped paragraph can look like furniture on its own; the
/// reflow then strips the whole paragraph with it. The pipeline file's rules keep these lines
/// (each one a body line the blind, outsider or our own gold lost), and still strip the furniture
/// of the same shape.
final class CleaningWrappedProseTests: XCTestCase {
    func testAnAgeOpeningASentenceIsNoTimeStamp() throws {
        XCTAssertNil(try CleaningFixtures.strippedRule("A week ago, Republicans, who control a majority on the"))
        XCTAssertNil(try CleaningFixtures.strippedRule("A month ago the president said that he would not sign"))
        XCTAssertEqual(try CleaningFixtures.strippedRule("Updated 5 hours ago"), "timestamp_relative")
        XCTAssertEqual(try CleaningFixtures.strippedRule("2 days ago"), "timestamp_relative")
    }

    func testAPublicationDateOpeningASentenceIsNoTimeStamp() throws {
        XCTAssertNil(try CleaningFixtures.strippedRule("Published on May 5 by the Knight Foundation in partnership with"))
        XCTAssertEqual(try CleaningFixtures.strippedRule("Published Nov. 3, 2024 5:12 p.m. ET"), "timestamp_published")
        XCTAssertEqual(try CleaningFixtures.strippedRule("Posted at 3:15 p.m. on Monday, March 4, 2024"), "timestamp_published")
    }

    func testAPollNamedForAnAgencyIsNoCredit() throws {
        XCTAssertNil(try CleaningFixtures.strippedRule("A Reuters/Ipsos poll released on Monday showed that nearly three"))
        XCTAssertNil(try CleaningFixtures.strippedRule("The Trump administration would not comment about the Reuters/Ipsos poll."))
        XCTAssertEqual(try CleaningFixtures.strippedRule("REUTERS/Joshua Roberts"), "photo_credit")
        XCTAssertEqual(try CleaningFixtures.strippedRule("Children play near damaged houses in Kobani, Syria April 3, 2019. REUTERS/Ali Hashisho"), "photo_credit")
        XCTAssertEqual(try CleaningFixtures.strippedRule("Photo illustration by REUTERS/Dado Ruvic"), "photo_credit")
    }

    func testAQuotedPolicyIsReportedSpeech() throws {
        XCTAssertNil(try CleaningFixtures.strippedRule("“Encouraging any kind of hacking is in direct violation of our Terms of Service,” the representative said."))
        XCTAssertEqual(try CleaningFixtures.strippedRule("Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy"), "promo")
        XCTAssertEqual(try CleaningFixtures.strippedRule("By continuing to browse you agree to our use of cookies and our Privacy Policy."), "promo")
    }

    /// A tail family's pattern reads the line's last `tail_chars` characters; a lookbehind at
    /// the tail's first word must still see the word before it.
    func testTailPatternLookbehindSeesTheWordBeforeTheTail() throws {
        // "picture: Candidates have criticized corporations before, but" is exactly 60 characters.
        XCTAssertNil(try CleaningFixtures.strippedRule("    The big picture: Candidates have criticized corporations before, but"))
        XCTAssertNil(try CleaningFixtures.strippedRule("The big picture: While the current pandemic has focused attention on"))
        XCTAssertEqual(try CleaningFixtures.strippedRule("Supporters of the governor gather outside the Statehouse. Picture: Jane Doe-Whitfield"), "caption_named_credit")
    }
}
