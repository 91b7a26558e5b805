import XCTest
@testable import WinnowPipeline

/// Sign-up, donation and syndication boxes flattened into one long line (`promo_form` in
/// Pipelines/news.yaml), and a picture gallery's bracketed link (`related_link`): stripped at any
/// length, while prose that mentions a newsletter or a nonprofit, an editor's note and other
/// bracketed labels stay.
final class CleaningPromoFormTests: XCTestCase {
    func testFlattenedSignUpAndSupportBoxesAreStripped() throws {
        let form = "Harbour Briefing newsletter Your guide to the port, weekday mornings, in your inbox. Email Sign Up "
            + "By signing up you agree to receive email newsletters or alerts from The Harbour Times. You can "
            + "unsubscribe at any time. This site is protected by reCAPTCHA and the Google Privacy Policy and "
            + "Terms of Service apply."
        XCTAssertGreaterThan(form.count, 220, "longer than promo's bound")
        for line in [form,
                     "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking "
                        + "the box. Invalid email address. Please re-enter. You must select a newsletter to subscribe to.",
                     "The Harbour Times is reader-supported: give $10 or more to help us "
                        + "keep covering the port and the council.",
                     "Content created by the Harbour News Foundation is available without charge to any eligible "
                        + "news publisher. For licensing opportunities of our original content, please contact us.",
                     "Harbour Watch is a nonprofit newsroom that investigates abuses of power at the port. Sign up to "
                        + "receive our biggest stories as soon as they are published."] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "promo_form", line)
        }
    }

    func testProseAboutNewslettersAndNonprofitsStays() throws {
        for line in ["Fishermen who sign up for the council's newsletter say it arrives weeks late, and many "
                        + "of them have stopped reading it altogether since the dredging began last spring.",
                     "Harbour Watch, a nonprofit newsroom, first reported the dredging contract in March.",
                     "Editor's note: This story was updated at 3 p.m. to include the council's vote.",
                     "Editor's note: As a public service, we have removed the paywall for all our harbour coverage.",
                     "If you have not already, please subscribe to your local papers."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    func testAGalleryLinkInBracketsIsStrippedOtherBracketedLabelsStay() throws {
        XCTAssertEqual(try CleaningFixtures.strippedRule("( PHOTOS: Fishermen react to the dredging ruling)"), "related_link")
        XCTAssertEqual(try CleaningFixtures.strippedRule("[Gallery: The harbour in winter]"), "related_link")
        XCTAssertNil(try CleaningFixtures.strippedRule("( WATCH: Timeline of the dredging dispute)"))
        XCTAssertNil(try CleaningFixtures.strippedRule("(The council, in a statement: it will appeal.)"))
    }
}
