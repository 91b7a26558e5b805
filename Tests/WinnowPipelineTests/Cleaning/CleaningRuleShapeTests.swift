import Foundation
import XCTest
@testable import WinnowPipeline

/// The shipped rule families on the line shapes that decide where stories split: what is a credit,
/// a label or a call to action, and the prose lines that merely resemble one.
final class CleaningRuleShapeTests: XCTestCase {
    /// A slash-joined credit is a few names on each side; more words are prose citing a joint
    /// poll or a pair (often one hard-wrapped line of a paragraph, or a headline).
    func testSlashCreditIsNotProse() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "The big data points come from an ABC News/Washington Post poll."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "This is the first New York Times/CBS News poll of the election"))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "The Trump/Clinton race was an extended exercise in priming."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "How to Set Up Your Kid’s Virtual Work/Play Space"), "a headline")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Kin Cheung/Associated Press"), "photo_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Henry Gass and Jacob Turcotte/Staff"), "photo_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "MICHAEL BONFIGLI/SPECIAL TO THE CHRISTIAN SCIENCE MONITOR"), "photo_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Yonhap/Ana Bianchi"), "photo_credit")
        // Three lower-case words: a hard-wrapped line of prose, however short its sides.
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "A recurring question in UT/TT polling channels Goldilocks to"))
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Angelos Tzortzinis/dpa/Picture Alliance via Getty Images"), "photo_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Chip Somodevilla/Getty Images for the Harbour Gazette"), "photo_credit")
    }

    /// `NAME | OUTLET` is a byline of capitalised names; a headline over its site's name has a
    /// lower-case word or a contraction (`It’s`), and stays.
    func testBarBylineIsNotAHeadlineOverItsSite() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "NADIA NAKAMURA | The Lakeshore Bulletin"), "photo_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Conan O’Brien | The Harbour Gazette"), "photo_credit")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "It’s All Broken | The Northfield Courier"))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Turn-Around Time in America | The Lakeshore Tribune"))
        // Title Case capitalises every word of a headline: a function word or four words without
        // an initial is a headline over its site, a name with an initial a credit.
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "What Candidates Need | The Northfield Bulletin"))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Meet The Glocker Moms | The Ridge Dispatch"))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "America Wants Legal Immigrants | The Harbor Bulletin"))
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Omar J. Adeyemi | Alamy"), "photo_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Jose Luis Magana | AP"), "photo_credit")
    }

    /// "X reported from Y" is a contributor line when X is capitalised names; prose that reports
    /// something (`… has been reported in …`) and a correspondent's sentence stay.
    func testReportedFromNeedsNames() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Klepper reported from Providence, R.I."), "contributor")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Jane Doe and John Roe reported from Paris."), "contributor")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Renewed violence has been reported in Muslim populated areas such as Karawal Nagar"))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Reporting from Doha, Al Jazeera's Sohail Rahman said the talks had stalled."))
    }

    /// "Photo:" ends a caption after punctuation or opens a line; after a word it is the prose's
    /// own label (`The big picture: …`).
    func testPhotoLabelAfterAWordIsProse() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "    The big picture: Hundreds gathered outside Glynn County"))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "HANOI, October 29 (Kyodo) - The big picture: The resolution comes"))
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Activist and organizer Keedran Franklin. Photo: Andrea Morales for The Intercept"),
                       "caption_named_credit")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Ryan speaks in Janesville. Photo: Anthony Wahl"), "caption_named_credit")
    }

    /// A metadata label left without its value (the scrape dropped the link) is furniture.
    func testValuelessMetadataLabelIsFurniture() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Published in"), "widget")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Filed under:"), "widget")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Published in the spring, the book changed the debate on trade."))
    }

    /// A call to action pointing at a URL, whatever the verb a site uses (`Donate`, `Join`).
    func testCallToActionWithURLIsAPromo() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Donate today to PragerU! http://l.prageru.com/2ylo1Yt"), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Join the campaign at https://example.org/act"), "promo")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Donations poured in after the appeal, organisers said."))
    }

    /// An author's "Follow … on Twitter" closes an article: a trailer (the next line opens a story
    /// after it); a site's "Follow us on …" stays page furniture.
    func testAuthorFollowLineEndsAStory() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify("Follow Chuck on Twitter\nFollow @politico\nFollow us on Twitter").lines
        XCTAssertEqual(lines[0].kind, .stripped(rule: "sign_off", role: .trailer))
        XCTAssertEqual(lines[1].kind, .stripped(rule: "sign_off", role: .trailer))
        XCTAssertEqual(lines[2].kind, .stripped(rule: "widget", role: .widget))
    }

    /// The op-ed page's "Send letters to: …" and a syndicated copy's "Read or Share this story:
    /// <url>" close an article too.
    func testLetterAndShareFootersEndAStory() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Send letters to: letters@suntimes.com."), "sign_off")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Read or Share this story: http://dmreg.co/1RG0gkx"), "sign_off")
    }

    /// "Contributing: <names>" under a story is its contributor trailer (names to metadata).
    func testContributingLabelIsAContributorTrailer() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let line = classifier.classify("Contributing: Paul Singer, Nicole Gaudiano and Donovan Slack").lines[0]
        XCTAssertEqual(line.kind, .stripped(rule: "contributor", role: .trailer))
        XCTAssertEqual(line.metadata["contributors"], .array([.string("Contributing: Paul Singer, Nicole Gaudiano and Donovan Slack")]))
    }

    /// A CMS's tag list under a story is furniture, never a title.
    func testTagListIsFurniture() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "This article tagged under: Lowry Opinion"), "widget")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Tags: politics, congress"), "widget")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Tagged as a troublemaker, she ran anyway."))
    }

    /// A `contains` literal matches whole words at the ends where it has letters: "get the app" is
    /// not in "get the approval", "visit website" not in "visit websites".
    func testContainsLiteralMatchesWholeWords() throws {
        let config = CleanConfig(families: [RuleFamilyConfig(name: "promo", role: .widget, maxChars: 220,
                                                             contains: ["get the app", "as little as $"])])
        let classifier = try LineClassifier(config: config)
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "The ERA failed to get the approval needed from 38 states."))
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Get the app: breaking news alerts on your phone"), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "To keep reading, get the app."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Subscribe for as little as $2 a month"), "promo", "a literal ending in `$` has no word end")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Widgets to forget the apple pie"))
        let (shipped, _) = try CleaningFixtures.stages()
        XCTAssertNil(CleaningFixtures.strippedRule(shipped, "-- One percent of respondents said they visit websites with sexual content several times a day."))
        XCTAssertEqual(CleaningFixtures.strippedRule(shipped, "Never miss the latest: our newsletters bring you the top stories"), "promo")
    }

    /// Promo phrases a reporter's sentence also uses strip only as a call to action.
    func testPromoPhrasesInProseAreKept() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "The reporter asked Trump about having an American become a member of the British royal family:"))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Some of these candidates had as little as $65,000 on hand before the primary."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "The company said it would update and clarify its privacy policy."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Rep. Dave Reichert, R-Wash., got a tip from a friend who knew the whistle-blower."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "At least three out of four people who sign up for the exchanges will have been uninsured."))
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "To help keep this news free, become a member."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Got a tip for us? Use SecureDrop."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "( Sign up for the Morning Shift tipsheet)"), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Follow the Opinion section on Facebook, and sign up for the Opinion Today newsletter."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Support local news for as little as $1 a week and unlock every story"), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Sign up and you agree to our Terms of Service."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "• Sign up for the Morning Briefing for a daily look at what you need to know."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "( Also on POLITICO: Sign up for the Morning Education newsletter)"), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "To see the full episode, go to Fox Nation and sign up today."), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Top stories every day. This site is protected by recaptcha Privacy Policy | Terms of Service"), "promo")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "“If you are aiming to get coverage Jan. 1, you should try to sign up today,” an official said."))
    }

    /// "VIDEO: <title>" is an embedded video's title: a link to another page (stripped to
    /// metadata.links), not a photo credit.
    func testVideoLabelIsALinkNotACredit() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let line = classifier.classify("Video: Sally Yates and Preet Bharara On What Is and Isn’t Normal").lines[0]
        XCTAssertEqual(line.strippedRule, "related_link")
        XCTAssertEqual(line.metadata["links"], .array([.string("Video: Sally Yates and Preet Bharara On What Is and Isn’t Normal")]))
    }

    /// Cookie consent banners are promos; prose about tracking cookies is not one of their phrases.
    func testCookieBannerIsAPromo() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "This site uses cookies. Accept all cookies"), "promo")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "We use cookies to give you the best experience. By using this site you accept our Cookie Policy."), "promo")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Advertisers track readers with cookies stored in the browser."))
    }

    /// A rule of plus signs or tildes between stories is a separator like a row of dashes.
    func testPlusAndTildeRulesAreSeparators() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "+++"), "wire_signoff")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "~ ~ ~"), "wire_signoff")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "C++ is a language."))
    }

    /// "-30-" ends a story, but a number alone on a line (a hard-wrapped date's year) is prose:
    /// as a sign-off it was stripped and made the next line look like a story start.
    func testBareNumberIsNotTheThirtyEndMark() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "-30-"), "wire_signoff")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "- 30 -"), "wire_signoff")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "2014"))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "12"))
    }

    /// Line shapes of the credit, widget and promo families, one row each: the line, the rule that
    /// strips it (nil: prose, kept) and why.
    func testCreditWidgetAndPromoShapes() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let rows: [(line: String, rule: String?, why: String)] = [
            // A slash byline may name a channel by its number (`by Jane Doe / News 12 staff`): a word
            // of up to three digits after the slash, never its first word; a year there is a
            // campaign's slogan, not a credit.
            ("by Jane Doe / News 12 staff", "photo_credit", "slash byline with a channel number"),
            ("Jane Doe/Fox 5", "photo_credit", "slash credit with a channel number"),
            ("Biden/Harris 2020", nil, "a year after the slash is a slogan"),
            ("Jane Doe/12 News", nil, "a number is never the first word after the slash"),
            // Section names joined by slashes alone on a line are a page's kicker, as `Opinion` alone
            // is; a sentence that opens with one keeps its text.
            ("ANALYSIS/OPINION:", "widget", "slash-joined section kicker"),
            ("Opinion / Commentary:", "widget", "spaced slash-joined section kicker"),
            ("Analysis/opinion pieces were once rare on the front page.", nil, "a sentence opening with section names"),
            // A bare id of ten or more digits is scrape residue; a short number (a year, a count)
            // stays. A call to watch or read more of the site is a promo.
            ("190712081713100", "code_residue", "a bare id of ten or more digits"),
            ("2019", nil, "a year alone is no id"),
            ("Watch the latest video at video.example.com", "promo", "a call to watch"),
            ("More Great Stories from The Harbour Gazette", "promo", "a call to read more of the site"),
            ("See more videos", "promo", "a call to see more"),
            ("More top news from the Gazette", "promo", "a call to read more news"),
            ("More news from the front arrived on Tuesday after the ministry said the talks had ended.", nil,
             "a sentence opening with `More news`"),
            // A recommendation box's heading is a widget whatever else the dump holds (not only once
            // the learner has seen it repeat); a sentence that opens with the words stays.
            ("You might also like", "widget", "a recommendation heading"),
            ("You may be interested in:", "widget", "a recommendation heading with a colon"),
            ("You might also like to know that the vote was close.", nil, "a sentence opening with the heading's words"),
        ]
        for row in rows {
            XCTAssertEqual(CleaningFixtures.strippedRule(classifier, row.line), row.rule, "\(row.why): \(row.line)")
        }
    }
}
