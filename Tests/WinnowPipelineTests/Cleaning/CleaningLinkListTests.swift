import XCTest
@testable import WinnowPipeline

/// A page's links to other stories and its navigation, flattened into the text: labelled links
/// (`RELATED: <title>`, `» <title>`), tag lists, breadcrumbs, sharing bars (line rules of
/// Pipelines/news.yaml), and link lists under a heading (`ListContext`).
final class CleaningLinkListTests: XCTestCase {
    func testLabelledAndArrowLinksAreStrippedToLinks() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        for line in ["RELATED: Harbour authority weighs a second dredging contract", "See also: Why the tram line is late",
                     "» Dredging contract goes to a Dutch firm", "› The harbour's century in pictures"] {
            let l = classifier.classify(line).lines[0]
            XCTAssertEqual(l.strippedRule, "related_link", line)
            XCTAssertEqual(l.metadata["links"], .array([.string(line)]), line)
        }
        // Guillemets quoting a phrase, and a list bullet, are no link marks.
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "»Nie wieder« was the slogan painted on the harbour wall."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "• The authority will publish the tender in March."))
    }

    func testTagListsBreadcrumbsAndSharingBarsAreWidgets() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        for line in ["Filed under: Harbour, Dredging, Fishing", "Categories: Politics, Europe",
                     "Home › World › Europe", "News > White House", "Home » Business",
                     "LISTEN TO ARTICLE 5:02 SHARE THIS ARTICLE Share Tweet Post Email", "Share | Tweet | Email"] {
            XCTAssertEqual(CleaningFixtures.strippedRule(classifier, line), "widget", line)
        }
        // Prose with a comparison sign, and a headline that mentions sharing, are not.
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Turnout > 60% in every district, officials said."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Share prices fall as the harbour strike enters its second week"))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Email shows the mayor knew of the dredging delay"))
    }

    private func kinds(_ text: String) throws -> [String?] {
        let (classifier, _) = try CleaningFixtures.stages()
        return classifier.classify(text).lines.map { $0.kind == .blank ? "" : $0.strippedRule }
    }

    /// A numbered list under its heading: every item, up to the first line numbered otherwise.
    func testNumberedListUnderAHeading() throws {
        let text = """
        Most Read
        1. City orchestra unveils autumn season
        2. Mayor opens the new library wing

        3. Tram line extension delayed again
        City orchestra unveils autumn season with a Sibelius cycle
        """
        XCTAssertEqual(try kinds(text), ["widget", "link_list", "link_list", "", "link_list", nil])
        let (classifier, _) = try CleaningFixtures.stages()
        let item = classifier.classify(text).lines[1]
        XCTAssertEqual(item.metadata["links"], .array([.string("1. City orchestra unveils autumn season")]))
    }

    /// An unnumbered block is a list where a blank line closes it. Running on into a long
    /// paragraph, its end is not known: its last title may be the next story's headline or the
    /// box's last item, so the titles above it are the items and the last stays
    /// (`ListContext+OpenRun.swift`).
    func testUnnumberedListNeedsABlankLineAfterIt() throws {
        let titles = ["Trending Now", "City orchestra unveils autumn season", "Mayor opens the new library wing"]
        // (The heading alone is a widget line of its own: `Trending now` with no list under it.)
        XCTAssertEqual(try kinds((titles + ["", "Harbour authority approves dredging"]).joined(separator: "\n")),
                       ["widget", "link_list", "link_list", "", nil])
        let runOn = titles + ["Harbour authority approves dredging of the northern channel",
                              "The harbour authority voted on Tuesday to dredge the northern channel, ending a two-year "
                                + "dispute with the fishing cooperative over the silt that closed the southern berths."]
        XCTAssertEqual(try kinds(runOn.joined(separator: "\n")), ["widget", "link_list", "link_list", nil, nil])
    }

    /// A list no blank line closes ends at the next story's headline when a header's furniture (a
    /// stamp, a credit, a sharing bar) stands right under that headline: the titles above it are the
    /// list's; the headline and its story stay.
    func testRunOnListEndsAtAHeadlineOverItsFurniture() throws {
        let lede = "The harbour authority voted on Tuesday to dredge the northern channel, ending a two-year "
            + "dispute with the fishing cooperative over the silt that closed the southern berths."
        let text = ["You might also like", "City orchestra unveils autumn season", "Mayor opens the new library wing",
                    "Harbour authority approves dredging of the northern channel", "March 3, 2024", lede]
        XCTAssertEqual(try kinds(text.joined(separator: "\n")),
                       ["widget", "link_list", "link_list", nil, "timestamp_date", nil])
        // The line over the stamp ends a sentence: a dek under its headline, so where the list ends
        // is not known and nothing is taken.
        var dek = text
        dek[3] = "The authority approves dredging of the northern channel."
        XCTAssertEqual(try kinds(dek.joined(separator: "\n")), ["widget", nil, nil, nil, "timestamp_date", nil])
        // A byline under the headline is its furniture too; a byline is never taken for the headline.
        var byline = text
        byline.insert("By Jane Doe", at: 4)
        XCTAssertEqual(try kinds(byline.joined(separator: "\n")).prefix(4), ["widget", "link_list", "link_list", nil])
        // A byline right under the second title: that title is the headline, the one above it the
        // box's one item (`ListContext+OneItem.swift`).
        var bylineOnly = text
        bylineOnly[3] = "By Jane Doe"
        XCTAssertEqual(try kinds(bylineOnly.joined(separator: "\n")).prefix(4), ["widget", "link_list", nil, nil])
        // An author's bio (a trailer) under the titles ends their story: it closes the list, and the
        // headline under it stays.
        let trailer = ["Read more", "City orchestra unveils autumn season", "Mayor opens the new library wing",
                       "— Jane Doe is a contributing editor at the Harbour Review.",
                       "Harbour authority approves dredging of the northern channel", lede]
        XCTAssertEqual(try kinds(trailer.joined(separator: "\n")), ["widget", "link_list", "link_list", "author_bio", nil, nil])
        // Lines ending a sentence over the trailer are a paragraph's (a promo, a note), no titles.
        var sentences = trailer
        sentences[2] = "The mayor opened the new library wing on Monday."
        XCTAssertEqual(try kinds(sentences.joined(separator: "\n")).prefix(3), ["widget", nil, nil])
        // One title above the headline over its stamp is the box's one item (`ListContext+OneItem.swift`);
        // the headline stays.
        let one = ["You might also like", "City orchestra unveils autumn season"] + text.suffix(3)
        XCTAssertEqual(try kinds(one.joined(separator: "\n")), ["widget", "link_list", nil, "timestamp_date", nil])
    }

    /// A box's item under its section's label (`OPINION: <its dek, a sentence>.`) is a title all
    /// the same (`ListContext+LabelledItem.swift`); a sentence without the label is a paragraph's,
    /// and a spaced list does not take the labelled sentence.
    func testALabelledSentenceIsAnItemOfARunOnList() throws {
        let lede = "The harbour authority voted on Tuesday to dredge the northern channel, ending a two-year "
            + "dispute with the fishing cooperative over the silt that closed the southern berths."
        let opinion = "OPINION: The city should stop pretending its harbour can be dredged forever."
        let text = ["You might also like", "City orchestra unveils autumn season", opinion,
                    "Harbour authority approves dredging of the northern channel", "March 3, 2024", lede]
        XCTAssertEqual(try kinds(text.joined(separator: "\n")),
                       ["widget", "link_list", "link_list", nil, "timestamp_date", nil])
        var bare = text
        bare[2] = "The city should stop pretending its harbour can be dredged forever."
        XCTAssertEqual(try kinds(bare.joined(separator: "\n")), ["widget", nil, nil, nil, "timestamp_date", nil])
        // Closed by a trailer, as a headline closes it.
        let trailer = ["Related stories", opinion, "City orchestra unveils autumn season",
                       "— Jane Doe is a contributing editor at the Harbour Review.", lede]
        XCTAssertEqual(try kinds(trailer.joined(separator: "\n")), ["widget", "link_list", "link_list", "author_bio", nil])
        let spaced = ["Related stories", "", "City orchestra unveils autumn season", "", opinion, "", "", lede]
        XCTAssertEqual(try kinds(spaced.joined(separator: "\n"))[4], nil)
    }

    /// A prompt to the reader under a run-on list's title (`Available on the App Store and Google
    /// Play`, an app or sign-up box) closes the list as a blank line would: pages set such prompts
    /// between articles, never under a headline, so the title over it is the box's last item, not
    /// the next story's headline (p1's portal rails: the last item titled the story below, or the
    /// list was left in the text). The headline over its byline below stays, as does a lone title
    /// or two over a prompt (no list).
    func testAPromptUnderATitleClosesTheList() throws {
        let lede = "The harbour authority voted on Tuesday to dredge the northern channel, ending a two-year "
            + "dispute with the fishing cooperative over the silt that closed the southern berths."
        let prompt = "Available on the App Store and Google Play"
        let text = ["You might also like", "City orchestra unveils autumn season", "Mayor opens the new library wing",
                    "Tram line extension delayed again", prompt, "Get unlimited access for just $1",
                    "Harbour authority approves dredging of the northern channel", "By Jane Doe", lede]
        XCTAssertEqual(try kinds(text.joined(separator: "\n")),
                       ["widget", "link_list", "link_list", "link_list", "chrome_prompt", "chrome_prompt", nil, nil, nil])
        // Two titles over the prompt: too few to tell a box from a headline and its dek.
        let two = ["You might also like", "City orchestra unveils autumn season", "Mayor opens the new library wing", prompt, lede]
        XCTAssertEqual(try kinds(two.joined(separator: "\n")).prefix(3), ["widget", nil, nil])
    }

    /// A rail whose items carry their own bylines: a byline is an item line, not a title. The list
    /// runs over both titles and their bylines to the headline over its stamp; one title and its
    /// byline above the headline are one title, no list.
    func testBylinesUnderARailsItemsAreNoTitles() throws {
        let lede = "The harbour authority voted on Tuesday to dredge the northern channel, ending a two-year "
            + "dispute with the fishing cooperative over the silt that closed the southern berths."
        let rail = ["You might also like", "City orchestra unveils autumn season", "By Jane Doe",
                    "Mayor opens the new library wing", "By John Roe",
                    "Harbour authority approves dredging of the northern channel", "March 3, 2024", lede]
        XCTAssertEqual(try kinds(rail.joined(separator: "\n")),
                       ["widget", "link_list", "link_list", "link_list", "link_list", nil, "timestamp_date", nil])
        let one = ["You might also like", "City orchestra unveils autumn season", "By Jane Doe"] + rail.suffix(3)
        XCTAssertEqual(try kinds(one.joined(separator: "\n")), ["widget", nil, nil, nil, "timestamp_date", nil])
    }

    /// Under a heading-shaped button, a hard-wrapped paragraph's short lines are no list: some of
    /// them go on in lower case. A heading with one title under it is no list either.
    func testWrappedProseAndSingleLinesAreNoList() throws {
        let wrapped = """
        Read more
            Despite the emphatic nature of the lower-court findings, onlookers remain
        concerned that the supreme court will overturn the judgments. It is not clear
        whether the documents will be admitted.

        """
        XCTAssertEqual(try kinds(wrapped).prefix(4), ["widget", nil, nil, nil])
        XCTAssertEqual(try kinds("Most popular\nCity orchestra unveils autumn season\n\nThe harbour voted."),
                       ["widget", nil, "", nil])
    }

    /// Bulleted titles under a heading: the bullets tell where the list stops, so no blank line
    /// need close it (the next story's headline follows right under the last one), and one blank
    /// line between two items is still the list.
    func testBulletedListUnderAHeadingStopsAtTheFirstUnbulletedLine() throws {
        let text = """
        Related:
        • Harbour Authority Names New Dredging Chief

        • Federal Grant Tops $24 Million for First Time
        • The Eight Berths That the Fishing Fleet Lost
        Tram line extension delayed again by a missing permit
        The tram line's extension will open a year late, the city said on Tuesday.
        """
        XCTAssertEqual(try kinds(text), ["widget", "link_list", "", "link_list", "link_list", nil, nil])
        // Without a heading, bulleted key points are the story's.
        let points = """
        The plan in brief:
        • The authority will publish the tender in March.
        • Dredging starts in the autumn.
        """
        XCTAssertEqual(try kinds(points), [nil, nil, nil])
    }
    /// The list's bullets are the learner's (`BoilerplateLearner.opensList`, one test for both):
    /// an arrow or a shape opens a bulleted link list as `•` does, and so does an en dash; an
    /// en dash without its blank is no bullet.
    func testLinkListBulletsAreTheLearnersBullets() throws {
        for bullet in ["▸", "►", "–", "■", "-"] {
            let text = ["Related:", "\(bullet) Harbour Authority Names New Dredging Chief",
                        "\(bullet) Federal Grant Tops $24 Million for First Time",
                        "Tram line extension delayed again by a missing permit"].joined(separator: "\n")
            XCTAssertEqual(try kinds(text), ["widget", "link_list", "link_list", nil], bullet)
        }
        let bytes = { (s: String) in Array(s.utf8).withUnsafeBufferPointer { BoilerplateLearner.opensList($0) } }
        XCTAssertTrue(bytes("– Harbour authority names new chief"))
        XCTAssertTrue(bytes("  ▸ Harbour authority names new chief"))
        XCTAssertFalse(bytes("–Harbour authority names new chief"))
        XCTAssertFalse(bytes("-30 degrees in the harbour"))
        XCTAssertFalse(bytes("Harbour authority – new chief"))
    }
    /// Titles set apart by blank lines, as the page sets its paragraphs (`ListContext.spacedItems`):
    /// a list where a wider gap or the end of the text closes it; where the run stops at a
    /// paragraph after its own gap, its last title may be the next story's headline, so none is
    /// stripped; one-line paragraphs that end a sentence are no titles.
    func testSpacedTitlesUnderAHeading() throws {
        let titles = ["RELATED STORIES", "", "City Orchestra Unveils Autumn Season", "",
                      "Mayor opens the new library wing", "", "Why the tram line is late again"]
        XCTAssertEqual(try kinds((titles + ["", "", "Harbour authority approves dredging"]).joined(separator: "\n")),
                       ["widget", "", "link_list", "", "link_list", "", "link_list", "", "", nil])
        XCTAssertEqual(try kinds(titles.joined(separator: "\n")),
                       ["widget", "", "link_list", "", "link_list", "", "link_list"], "closed by the end of the text")
        let lede = "The harbour authority voted on Tuesday to dredge the northern channel, ending a two-year "
            + "dispute with the fishing cooperative over the silt that closed the southern berths."
        XCTAssertEqual(try kinds((titles + ["", lede]).joined(separator: "\n")),
                       ["widget", "", nil, "", nil, "", nil, "", nil], "run into a lede: its end is not known")
        let sentences = ["Related", "", "The authority will publish the tender in March.", "",
                         "Dredging starts in the autumn."]
        XCTAssertEqual(try kinds(sentences.joined(separator: "\n")), ["widget", "", nil, "", nil])
        // A title-cased title may end with a full stop.
        let stop = ["Related", "", "Mayor Tried to Avoid His Voters With a Virtual Town Hall. It Did Not Go Well.", "",
                    "Mayor opens the new library wing"]
        XCTAssertEqual(try kinds(stop.joined(separator: "\n")), ["widget", "", "link_list", "", "link_list"])
    }
    /// A page that sets its paragraphs two blank lines apart sets its list so: two blank lines
    /// after the heading and between bulleted or spaced titles are still the list; three are not.
    func testListsTwoBlankLinesApart() throws {
        let bulleted = ["Related:", "", "", "• Harbour Authority Names New Dredging Chief", "", "",
                        "• Federal grant tops $24 million for first time"]
        XCTAssertEqual(try kinds(bulleted.joined(separator: "\n")), ["widget", "", "", "link_list", "", "", "link_list"])
        let spaced = ["RELATED STORIES", "", "", "City Orchestra Unveils Autumn Season", "", "",
                      "Mayor opens the new library wing"]
        XCTAssertEqual(try kinds(spaced.joined(separator: "\n")), ["widget", "", "", "link_list", "", "", "link_list"])
        let far = ["Related:", "", "", "", "• Harbour Authority Names New Dredging Chief",
                   "• Federal grant tops $24 million for first time"]
        XCTAssertEqual(try kinds(far.joined(separator: "\n")), ["widget", "", "", "", nil, nil])
    }
}
