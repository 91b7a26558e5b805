import Foundation
import XCTest
@testable import WinnowPipeline

/// Page furniture the wire dumps still kept: a caption credited to a photo agency after a bar, an
/// author's follow line naming them in full, an app's promo, a call for feedback at an address,
/// and a "More On This..." link label before a title.
final class CleaningWireFurnitureTests: XCTestCase {
    /// A caption whose agency credit follows a bar is a caption, with or without the related-story
    /// box the scrape glued after it; a staff photographer's credit, a headline over its site's
    /// name and a dateline lede are not.
    func testBarCreditedCaptionIsACaption() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Sen. Jane Doe. | Alex Smith/AP Photo"), "caption_bar_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "A car drives through downtown in the county | AP Photo"), "caption_bar_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(
            classifier, "The senator spoke on Friday. | Mark Brown/Reuters Elections Senator vows to fight on"),
                       "caption_bar_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Rep. John Roe, center, on the Capitol steps. | Mary Ann Lee-Pool/AP Photo"), "caption_bar_credit")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "The panel met on Friday. | John Shinkle/POLITICO Panel OKs bill"),
                     "a staff credit")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Stocks slide as oil prices fall | Reuters"), "a headline over its site")
        XCTAssertNil(CleaningFixtures.strippedRule(
            classifier, "WASHINGTON, March 16 (Capitol) - The judge is widely admired. | AP Photo Judge nominated"),
                     "a dateline lede")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "(KYIV) — The vote is set for Monday, officials said. | AP Photo Vote set for Monday"),
                     "a dateline lede")
    }

    /// The captions go to the record's metadata, not away.
    func testBarCreditedCaptionKeepsItsText() throws {
        let classifier = try CleaningFixtures.classifier()
        let line = classifier.classify("Sen. Jane Doe. | Alex Smith/AP Photo").lines[0]
        XCTAssertEqual(line.metadata["captions"], .array([.string("Sen. Jane Doe. | Alex Smith/AP Photo")]))
    }

    /// "Follow <name> on Twitter" ends an article whatever the name's length (a middle initial, a
    /// site's possessive before a reporter's name); prose naming a platform does not.
    func testFollowLineWithAFullName() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Follow Laura S. Washington on Twitter @ldoe"), "sign_off")
        XCTAssertEqual(CleaningFixtures.strippedRule(
            classifier, "Follow Warner Todd Doe on Twitter @wdoe or email the author at wdoe@example.com."), "sign_off")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Follow Breitbart News’s Jane Doe on Twitter or on Facebook."),
                       "sign_off")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Follow the money and you will see the lobbyists on Twitter."))
        XCTAssertNotEqual(CleaningFixtures.strippedRule(classifier, "Follow the Opinion section on Facebook today."), "sign_off")
    }

    /// An app's promo and a call for feedback at an address are promos; a sentence about an app or
    /// a reader's letter is prose.
    func testAppPromoAndFeedbackCall() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "GET THE DAILY NEWS APP"), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "STAY UP TO DATE WITH THE FREE HARBOR NEWS APP"), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "STAY UP TO DATE WITH THE FREE HARBOR NEWS APP!"), "promo",
                       "a bang makes it a call, not a statement")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Get the free app."), "a sentence about an app ends with a full stop")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Let us know what you’re thinking at desk@example.com."), "promo")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Officials said the state built the app in a week."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Let us know, she said, if the rules change again."))
    }

    /// "More On This..." before a linked title is a link label.
    func testMoreOnThisBeforeATitle() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "More On This... Why the senate race is close"), "related_link")
    }

    /// A box's label left alone on its line is furniture; a sentence opening with the words is not.
    func testBoxLabelWithoutItsBox() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Go deeper:"), "widget")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Further reading"), "widget")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Go deeper into the data, the report urges lawmakers."))
    }
}
