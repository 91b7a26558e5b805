import Foundation
import XCTest
@testable import WinnowPipeline

/// A newsletter box left inside a story: its button alone on a line and the pitch printed with
/// an issue pasted as a story; an ad or player slot's cue naming its slot. Each beside the prose
/// that opens the same way and must stay.
final class CleaningSignUpBoxTests: XCTestCase {
    /// "Sign up" alone is the box's button; a line that goes on is prose.
    func testBareSignUpButton() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Sign up"), "widget")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Sign Up"), "widget")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "sign up."), "a wrapped paragraph's last piece")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Sign up came slowly, officials said, as the site kept crashing."),
                     "a sentence that opens with the words")
    }

    /// A newsletter's pitch in the second person is a promo; a story about a briefing is prose.
    func testNewsletterPitchToTheReader() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(
            classifier, "The US morning briefing is delivered by email every weekday. If you are not already receiving it, make sure to subscribe."),
            "promo_form")
        XCTAssertEqual(CleaningFixtures.strippedRule(
            classifier, "The Week in Review is a weekly roundup of the news. If you’re not already receiving it by email, make sure to sign up."),
            "promo_form")
        XCTAssertEqual(CleaningFixtures.strippedRule(
            classifier, "Good morning, I’m Jane Doe with today’s headlines. If you’d like to receive this briefing by email, sign up here."),
            "promo_form")
        XCTAssertNil(CleaningFixtures.strippedRule(
            classifier, "The morning briefing, which the campaign delivered by email to 40,000 donors, was never corrected."),
            "a sentence about a briefing")
        XCTAssertNil(CleaningFixtures.strippedRule(
            classifier, "Good morning, I’m Jane Doe with today’s headlines, and there are many of them."),
            "an issue's greeting without the pitch")
    }

    /// A slot's cue naming what it holds is a widget; prose that goes on past the noun is not.
    func testStoryContinuesBelowMedia() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Story continues below video."), "widget")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Article continues after the photo gallery"), "widget")
        XCTAssertNil(CleaningFixtures.strippedRule(
            classifier, "The story continues below the surface, where the video shows divers at work."),
            "prose that goes on past the noun")
    }
}
