import XCTest
@testable import WinnowPipeline

/// Scrapes that kept a feed's or a page's syntax: a flattened RSS export (`title:` / `link:` /
/// `pubDate:` / `description:` fields), a reader's header (`Title:` / `URL Source:` / `Markdown
/// Content:`), markdown link and image lines, HTML debris. The title field's value titles the
/// story; the other fields and the debris go; prose that opens or mentions the same words stays.
final class CleaningReaderMarkupTests: XCTestCase {
    private let item1 = [
        "item 1",
        "title: Harbour authority approves dredging of the channel",
        "link: https://www.example-news.com/2024/harbour-authority-approves-dredging",
        "pubDate: Mon, 04 Mar 2024 10:31:00 +0000",
        "guid: example-news.com-223802",
        "category: Business",
        "description: The harbour authority voted on Monday to dredge the northern channel, ending a two-year dispute.",
        "content:encoded:",
        "The harbour authority voted on Monday to dredge the northern channel, ending a two-year dispute with fishermen who feared for their catch.",
        "The work will start in April and last about six months, the authority's chairman told reporters after the vote, adding that the cost would be shared with the port.",
        "Fishermen said they would watch the work closely and had asked for a study of the silt.",
    ]
    private let item2 = [
        "--- item ---",
        "title: City orchestra unveils its autumn season",
        "link: https://www.example-news.com/2024/city-orchestra-unveils-autumn-season",
        "pubDate: Tue, 05 Mar 2024 09:00:00 +0000",
        "category: Culture",
        "content:encoded:",
        "The city orchestra unveiled an autumn season on Tuesday that opens with a rarely heard symphony and closes with a new commission from a local composer.",
        "Tickets go on sale next month, and the orchestra said it would keep student prices at last year's level despite rising costs for the hall.",
        "The music director said the season was built around works the orchestra had never played.",
    ]

    func testTitleFieldKeepsItsValueAsTheLine() throws {
        let classifier = try CleaningFixtures.classifier()
        for line in ["title: Harbour authority approves dredging", "Title: Harbour authority approves dredging",
                     "dc:title: Harbour authority approves dredging"] {
            let l = classifier.classify(line).lines[0]
            XCTAssertEqual(l.kind, .body, line)
            XCTAssertEqual(String(l.content), "Harbour authority approves dredging", line)
        }
        // A sentence that names a title is not a field.
        let prose = classifier.classify("The title of the report, the mayor said, was chosen by the council.").lines[0]
        XCTAssertEqual(String(prose.content), "The title of the report, the mayor said, was chosen by the council.")
    }

    func testFeedItemsSplitUnderTheirTitleFields() throws {
        let stories = try CleaningFixtures.split(item1 + item2)
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves dredging of the channel",
                                              "City orchestra unveils its autumn season"])
        for s in stories {
            for field in ["link:", "pubDate:", "guid:", "category:", "description:", "content:encoded:", "item"] {
                XCTAssertFalse(s.text.contains(field), "\(field) in \(s.text)")
            }
        }
    }

    func testFeedAndReaderFieldsAreStripped() throws {
        for line in ["link: https://www.example-news.com/2024/harbour",
                     "guid: example-news.com-223802", "category: Business", "dc:creator: Jane Doe",
                     "description: <p>The harbour authority voted on Monday to dredge the channel.</p>",
                     "content:encoded:", "language: en",
                     "channel: example-news.com - Health", "URL Source: https://www.example-news.com/a/b",
                     "Markdown Content:"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "field_meta", line)
        }
        // Dates are the header's time stamps; an item separator ends the item above it.
        for line in ["pubDate: Mon, 04 Mar 2024 10:31:00 +0000", "lastBuildDate: Thu, 24 Aug 2017 12:00:00 +0000",
                     "dc:date: 2024-03-04T10:31:00Z"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "field_date", line)
        }
        for line in ["item 3", "--- item ---", "Item 12"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "field_item", line)
        }
        for line in ["Link between the two cases was never proven, the court said.",
                     "Description of the suspect was released on Tuesday by the police.",
                     "The category: business owners who lost money in the flood.",
                     "Items seized in the raid included two laptops and a phone.", "Item by item, the list grew.",
                     "item.", "item 3."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    func testLongTeaserFieldIsStripped() throws {
        let lede = String(repeating: "The harbour authority voted on Monday to dredge the northern channel. ", count: 12)
        XCTAssertGreaterThan(lede.count, 600)
        XCTAssertEqual(try CleaningFixtures.strippedRule("description: <p>" + lede + "</p>"), "field_teaser")
        XCTAssertEqual(try CleaningFixtures.strippedRule("summary: " + lede), "field_teaser")
        XCTAssertNil(try CleaningFixtures.strippedRule("Descriptions of the plan differ: " + lede))
    }

    func testMarkupDebrisLinesAreStripped() throws {
        for line in ["[Skip to content](https://www.example-news.com/a#main)", "*   [Home](https://www.example-news.com/)",
                     "- [Politics](https://www.example-news.com/politics)",
                     "![Voters wait in line](https://cdn.example-news.com/img/25845/x.jpg)",
                     "[Tweet](https://twitter.com/intent/tweet?url=https://x.com/a) [Share](https://www.facebook.com/sharer.php?u=https://x.com/a)",
                     "<br>", "<br />", "</p>", "<p>", "<!-- ad slot: top_leaderboard -->", "<!-- /ad slot -->",
                     "&nbsp;", "&nbsp; &nbsp;",
                     "window.dataLayer.push({'pageType': 'article'});", "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP",
                     "[]"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "markup_line", line)
        }
        // A template's directives are the page's frame around the article: the story ends there.
        for line in ["{{ site.header | render }}", "{% include \"partials/share.html\" %}", "{{ related_articles | limit: 3 }}"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "markup_template", line)
        }
        // A sentence with a link or a tag in it goes on past the markup and stays.
        for line in ["Read the [full report](https://www.example-news.com/report) before Tuesday's vote.",
                     "<p>At its core, the inquiry stems from the phone call in July, officials said.",
                     "Profits rose & costs fell, the company said on Monday.",
                     "The council's {budget} and [draft] plans were published on Friday."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    func testBlockTagsAtALinesEndsGoAndTheTextStays() throws {
        let classifier = try CleaningFixtures.classifier()
        let cases = ["<h1>Harbour authority approves dredging</h1>": "Harbour authority approves dredging",
                     "<p>The council voted on Tuesday to approve the budget.</p>": "The council voted on Tuesday to approve the budget.",
                     "<p class=\"lede\">The council voted on Tuesday.": "The council voted on Tuesday.",
                     "The council voted on Tuesday to approve the budget.<br>": "The council voted on Tuesday to approve the budget.",
                     "The council voted on Tuesday.</p>": "The council voted on Tuesday."]
        for (line, text) in cases {
            let l = classifier.classify(line).lines[0]
            XCTAssertEqual(l.kind, .body, line)
            XCTAssertEqual(String(l.content), text, line)
        }
        // Prose that mentions a tag, or holds one inside, is left as it is.
        for line in ["The <p> tag opens a paragraph in HTML, the instructor said.",
                     "Profits rose <b>sharply</b> in the third quarter, the company said."] {
            XCTAssertEqual(String(classifier.classify(line).lines[0].content), line)
        }
        // A line with markup inside is some page's code: left whole.
        let code = "MANILA (Xinhua) - <span data-mce-type=\"bookmark\" class=\"mce_SELRES_start\">x</span>"
        XCTAssertEqual(String(classifier.classify(code).lines[0].content), code)
        let tail = "0;\" class=\"mce_SELRES_start\">x</span>"
        XCTAssertEqual(String(classifier.classify(tail).lines[0].content), tail)
        // A feed's teaser field wrapped in tags is still the field.
        XCTAssertEqual(try CleaningFixtures.strippedRule("description: <p>The harbour authority voted on Monday.</p>"), "field_meta")
        // The heading titles the story under it.
        let stories = try CleaningFixtures.split(["<h1>Harbour authority approves dredging of the channel</h1>",
            "<p>The harbour authority voted on Monday to dredge the northern channel, ending a two-year dispute with fishermen who feared for their catch.</p>",
            "<p>The work will start in April and last about six months, the authority's chairman told reporters after the vote.</p>"])
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves dredging of the channel"])
        XCTAssertFalse(stories[0].text.contains("<p>"))
    }
}
