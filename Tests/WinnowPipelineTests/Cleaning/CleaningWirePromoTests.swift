import Foundation
import XCTest
@testable import WinnowPipeline

/// Furniture the wire dumps still kept inside article bodies: a podcast's subscribe line, a
/// newsletter's blurb left from its sign-up box, an app's "on the go" promo and a video tag's
/// poster attribute. Each beside the prose it must not take.
final class CleaningWirePromoTests: XCTestCase {
    /// A call to subscribe that names a podcast app is a promo; a sentence about listeners, and a
    /// wrapped paragraph's last piece naming no app, are not.
    func testPodcastSubscribeLine() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(
            classifier, "Subscribe on Apple Podcasts, Spotify, Overcast, or wherever you listen to podcasts."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(
            classifier, "Listen to past episodes of “The Jane Doe Show” and subscribe to it in iTunes."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(
            classifier, "You can Subscribe and Listen to the Podcast on iTunes , and be sure to leave me a Rating!"), "promo")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Subscribe here or wherever you get your podcasts."),
                     "no app named: the last line of a wrapped paragraph")
        XCTAssertNil(CleaningFixtures.strippedRule(
            classifier, "Listeners who subscribe on Spotify doubled last year, the company said."),
                     "prose about subscribers")
    }

    /// A newsletter's one-clause blurb is a promo; a sentence about a roundup is prose.
    func testNewsletterBlurb() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "A daily roundup of terrorism and security issues."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "• A daily summary of global reports on security issues."), "promo")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "A daily roundup of the news went out on Monday."),
                     "a sentence with a verb")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "A weekly summary of the talks, she said, was never published."))
    }

    /// An app's "on the go" promo is a promo; a sentence about working on the go is not.
    func testOnTheGoAppPromo() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "GET FOX BUSINESS ON THE GO BY CLICKING HERE"), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Get Harbor News on the go"), "promo")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Get used to working on the go, the manager told new hires."))
    }

    /// A video tag's poster attribute alone on its line is markup; a line that goes on past it
    /// keeps its text.
    func testPosterAttributeAlone() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(
            classifier, "poster=\"http://v.example.com/images/201906/3320/1155968404-vs.jpg?pubId=1155968404\""), "markup_line")
        XCTAssertNil(CleaningFixtures.strippedRule(
            classifier, "The poster=\"x\" attribute sets the picture a video shows before it plays."))
    }
}
