import XCTest
@testable import WinnowPipeline

/// The first physical line of a hard-wrapped paragraph can look like furniture on its own; the
/// reflow then strips the whole paragraph with it. The pipeline file's rules keep these lines
/// (each one a body line the blind, outsider or our own gold lost), and still strip the furniture
/// of the same shape.
final class CleaningWrappedProseTests: XCTestCase {
    private func rule(_ line: String) throws -> String? {
        let (classifier, _) = try CleaningFixtures.stages()
        return classifier.classify(line).lines[0].strippedRule
    }

    func testAnAgeOpeningASentenceIsNoTimeStamp() throws {
        XCTAssertNil(try rule("A week ago, Republicans, who control a majority on the"))
        XCTAssertNil(try rule("A month ago the president said that he would not sign"))
        XCTAssertEqual(try rule("Updated 5 hours ago"), "timestamp_relative")
        XCTAssertEqual(try rule("2 days ago"), "timestamp_relative")
    }

    func testAPublicationDateOpeningASentenceIsNoTimeStamp() throws {
        XCTAssertNil(try rule("Published on May 5 by the Knight Foundation in partnership with"))
        XCTAssertEqual(try rule("Published Nov. 3, 2024 5:12 p.m. ET"), "timestamp_published")
        XCTAssertEqual(try rule("Posted at 3:15 p.m. on Monday, March 4, 2024"), "timestamp_published")
    }

    func testAPollNamedForAnAgencyIsNoCredit() throws {
        XCTAssertNil(try rule("A Reuters/Ipsos poll released on Monday showed that nearly three"))
        XCTAssertNil(try rule("The Trump administration would not comment about the Reuters/Ipsos poll."))
        XCTAssertEqual(try rule("REUTERS/Joshua Roberts"), "photo_credit")
        XCTAssertEqual(try rule("Children play near damaged houses in Kobani, Syria April 3, 2019. REUTERS/Ali Hashisho"), "photo_credit")
        XCTAssertEqual(try rule("Photo illustration by REUTERS/Dado Ruvic"), "photo_credit")
    }

    func testAQuotedPolicyIsReportedSpeech() throws {
        XCTAssertNil(try rule("“Encouraging any kind of hacking is in direct violation of our Terms of Service,” the representative said."))
        XCTAssertEqual(try rule("Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy"), "promo")
        XCTAssertEqual(try rule("By continuing to browse you agree to our use of cookies and our Privacy Policy."), "promo")
    }

    /// A tail family's pattern reads the line's last `tail_chars` characters; a lookbehind at
    /// the tail's first word must still see the word before it.
    func testTailPatternLookbehindSeesTheWordBeforeTheTail() throws {
        // "picture: Candidates have criticized corporations before, but" is exactly 60 characters.
        XCTAssertNil(try rule("    The big picture: Candidates have criticized corporations before, but"))
        XCTAssertNil(try rule("The big picture: While the current pandemic has focused attention on"))
        XCTAssertEqual(try rule("Supporters of the governor gather outside the Statehouse. Picture: Jane Doe-Whitfield"), "caption_named_credit")
    }
}
