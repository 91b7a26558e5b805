import XCTest
@testable import WinnowPipeline

/// Long structured articles: their own subheads, section heads in capitals and doubled gallery
/// paragraphs are no story starts (`BoundaryAnchoredStyle.swift`, `BoundaryMixedCase.swift`, the
/// doubled paragraph in `BoundaryScorer.after`, `BoundaryPlanner.styleDemoted`).
final class SplitStructuredArticleTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let ferry = SplitPageHeaderTests.ferry
    static let header = ["By Jane Doe", "Published May 3, 2019 10:00 AM"]
    static let trailer = "Reporting by Jane Doe; Editing by John Roe"

    /// Shape alone decides: topic (cohesion, headline affinity, story overlap) and the length
    /// priors are left out, so a subhead passes on its shape as in a one-topic text, and only the
    /// mechanism under test holds it back.
    static func shapeOnly(_ c: inout SplitConfig) {
        for f in [SplitFeature.cohesion, .sameTopic, .topicShift, .headlineAffinity, .storyOverlap] { c.weights[f] = 0 }
        c.shortStoryWords = 0
        c.minStoryWords = 0
    }

    /// A sentence printed twice in a row (a gallery's caption) with a credit below the pair is no
    /// page header: no `repeated_after`, no `header_repeat`, no start.
    func testDoubledParagraphIsNoPageHeader() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour
        let doubled = "Crews began work at dawn as the first dredger arrived from the south."
        let text = (["Harbour authority approves dredging of northern shipping channel"] + h[..<3]
            + [doubled, doubled, "Photo: Jane Doe/Reuters"] + h[3...]).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines)
        XCTAssertFalse(fates.contains { lines.lines[$0.line].content == doubled && $0.features.contains { $0.hasPrefix("repeated_after") || $0.hasPrefix("header_repeat") } },
                       "\(fates.filter { $0.score != nil }.map { (lines.lines[$0.line].content, $0.features) })")
        XCTAssertEqual(splitter.split(lines).count, 1)
    }

    /// A headline repeated under its header block still reads as a page header.
    func testHeadlineRepeatedUnderItsHeaderIsStillRepeated() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let headline = "Ferry fares to the islands will rise next month"
        let text = (Self.harbour + [headline, "Photo: Jane Doe/Reuters", headline] + Self.ferry).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains { lines.lines[$0.line].content == headline && $0.features.fired("header_repeat", .positive) })
        XCTAssertEqual(splitter.split(lines).count, 2)
    }

    /// Two stories under header blocks, one at the start of the text and one after a trailer, and
    /// three bare subheads inside them passing on shape (`shapeOnly`): the subheads outnumber the headlines in the vote of all starts, but the anchored
    /// headlines show the house style, and the subheads are demoted.
    func anchoredText() -> String {
        let h = Self.harbour, o = Self.orchestra
        var parts: [String] = ["Harbour authority approves plan to dredge the northern channel"]
        parts += Self.header
        parts += h[..<2]
        parts.append("Fishermen fear for their shellfish beds this season")
        parts += h[2..<4]
        parts.append("Terminal operators expect the largest vessels to call")
        parts += h[4...]
        parts += [Self.trailer, "City orchestra names a new conductor for its autumn season"]
        parts += Self.header
        parts += o[..<3]
        parts.append("A soloist from the Brussels competition joins the season")
        parts += o[3...]
        return parts.joined(separator: "\n\n")
    }

    func testBareSubheadsUnlikeAnchoredHeadlinesAreDemoted() throws {
        let (classifier, splitter) = try CleaningFixtures.stages(editing: Self.shapeOnly)
        let lines = classifier.classify(anchoredText())
        let fates = splitter.explain(lines)
        let demoted = fates.filter { $0.features.contains { $0.contains("after a trailer carry header blocks") } }
        XCTAssertEqual(demoted.count, 3, "\(fates.filter { $0.score != nil }.map { (lines.lines[$0.line].content, $0.features) })")
        XCTAssertEqual(splitter.split(lines).count, 2)
    }

    /// On the shipped config the anchored-style demotion outweighs what headline affinity can add
    /// at most (`headline_affinity` × (1 − `affinity_neutral`)): a bare subhead whose words come
    /// back below it and not above it (a structured article's new section) is not held up by its
    /// topic alone where the text's anchored headlines carry header blocks.
    func testAnchoredStyleOutweighsHeadlineAffinity() throws {
        let (_, c) = try CleaningFixtures.configs()
        let gain = (c.weights[.headlineAffinity] ?? 0) * (1 - c.affinityNeutral)
        XCTAssertGreaterThan(gain, 0)
        XCTAssertGreaterThan(-(c.weights[.unlikeAnchoredHeadlines] ?? 0), gain)
    }

    /// A title candidate right over another (blank or stripped lines between) is a label over the
    /// headline: it does not vote on the header style, and the vote leaves it alone.
    func testLabelOverTitleDoesNotVote() throws {
        func start(_ line: Int, _ f: [SplitFeature], title: Bool = true) -> BoundaryPlanner.Candidate {
            .init(line, BoundaryPlanner.Start(isTitle: title, scored: .fixture(6.0, f)))
        }
        var facts = LineFacts()
        // 0 label, 1 blank, 2 headline, 3 stripped credit, 4-5 body, 6 subhead, 7 body, 8 label, 9 widget, 10 headline, 11 body.
        facts.shape = [.body, .blank, .body, .credit, .body, .body, .body, .body, .body, .widget, .body, .body]
        let candidates = [start(0, [.openEnding, .tooFewWords]), start(2, [.openEnding, .creditAfter]), start(6, [.openEnding, .tooFewWords]),
                          start(8, [.openEnding, .tooFewWords]), start(10, [.openEnding, .widgetAfter])]
        let labels = BoundaryPlanner.labelsOverTitles(candidates, facts)
        XCTAssertEqual(labels, [true, false, false, true, false])
        XCTAssertEqual(BoundaryPlanner.styleVoters(candidates, labels, facts).map(\.line), [2, 6, 10])
        // A JSONL file's tally counts the same voters: five titles, the two labels left out of the vote.
        let lines = (0..<12).map { _ in ClassifiedLine(text: "Harbour plan", content: "Harbour plan", kind: .body, key: 1, words: 2) }
        let tally = try CleaningFixtures.planner().styleTally(candidates, labels: labels, lines, facts: facts)
        XCTAssertEqual(tally.titles, 5)
        XCTAssertEqual(tally.headerVoters, 3)
        XCTAssertEqual(tally.headerTitles, 2)
        // A dateline lede under the label is no title: the label is not set over a headline.
        let lede = [start(0, [.openEnding, .tooFewWords]), start(2, [.datelineStart], title: false)]
        XCTAssertEqual(BoundaryPlanner.labelsOverTitles(lede, facts), [false, false])
        // A headline with a header of its own over its repeat is no label: it votes.
        let repeated = [start(0, [.openEnding, .tooFewWords, .creditAfter]), start(2, [.openEnding, .creditAfter])]
        XCTAssertEqual(BoundaryPlanner.labelsOverTitles(repeated, facts), [false, false])
        // Nor is a longer bare line (a sign-off over the next headline): it votes as bare.
        let signOff = [start(0, [.openEnding, .headlineLength]), start(2, [.openEnding, .creditAfter])]
        XCTAssertEqual(BoundaryPlanner.labelsOverTitles(signOff, facts), [false, false])
    }

    /// Headline-less stories, each under a page's header (a byline and a time stamp after a
    /// paragraph that ended): their ledes vote for the header style, so a bare subhead inside one
    /// of them is unlike the dump's starts and demoted; the ledes still start their stories.
    func testPageHeaderLedesVoteForTheHeaderStyle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages(editing: Self.shapeOnly)
        let o = Self.orchestra
        var parts: [String] = Self.harbour
        parts += ["By Jane Doe", "Published May 3, 2019 10:00 AM"] + o[..<1]
        parts.append("A soloist from the Brussels competition joins the season")
        parts += o[1...]
        parts += ["By John Roe", "Published May 4, 2019 9:00 AM"] + Self.ferry
        let lines = classifier.classify(parts.joined(separator: "\n\n"))
        let fates = splitter.explain(lines)
        XCTAssertTrue(fates.contains { lines.lines[$0.line].content.hasPrefix("A soloist") && $0.features.contains { $0.contains("after a trailer carry header blocks") } },
                      "\(fates.filter { $0.score != nil }.map { (lines.lines[$0.line].content.prefix(30), $0.features) })")
        XCTAssertEqual(splitter.split(lines).count, 3)
        XCTAssertTrue(BoundaryPlanner.isPageHeaderLede(BoundaryPlanner.Start(isTitle: false, scored: .fixture(6.0, [.furnitureBlock, .pageHeader]))))
        XCTAssertFalse(BoundaryPlanner.isPageHeaderLede(BoundaryPlanner.Start(isTitle: false, scored: .fixture(6.0, [.furnitureBlock]))))
        XCTAssertFalse(BoundaryPlanner.isPageHeaderLede(BoundaryPlanner.Start(isTitle: true, scored: .fixture(6.0, [.furnitureBlock, .pageHeader]))))
    }

    /// Only one anchored headline: no vote, the subheads stay starts.
    func testOneAnchoredHeadlineDoesNotVote() throws {
        let (classifier, splitter) = try CleaningFixtures.stages(editing: Self.shapeOnly)
        let text = anchoredText().replacingOccurrences(of: Self.trailer + "\n\n", with: "")
        let fates = splitter.explain(classifier.classify(text))
        XCTAssertFalse(fates.contains { $0.features.contains { $0.contains("after a trailer carry header blocks") } })
    }

    /// Three stories under mixed-case headlines backed by the start of the text and by trailers (a
    /// header block under the first only: the vote of all starts shows no header style); a section
    /// head in capitals inside one passes on shape: it is demoted (`capitals_section_head`).
    func testCapitalsSectionHeadUnderMixedCaseHeadlinesIsDemoted() throws {
        let (classifier, splitter) = try CleaningFixtures.stages(editing: Self.shapeOnly)
        let o = Self.orchestra
        let section = "SOLOIST FROM THE BRUSSELS COMPETITION JOINS THE SEASON"
        var parts: [String] = ["Harbour authority approves plan to dredge the northern channel"]
        parts += Self.header
        parts += Self.harbour
        parts += [Self.trailer, "City orchestra names a new conductor for its autumn season"]
        parts += o[..<3]
        parts.append(section)
        parts += o[3...]
        parts += [Self.trailer, "Ferry fares to the islands will rise next month"]
        parts += Self.ferry
        let text = parts.joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines)
        XCTAssertTrue(fates.contains { lines.lines[$0.line].content == section && $0.features.contains { $0.contains("set in mixed case") } },
                      "\(fates.filter { $0.score != nil }.map { (lines.lines[$0.line].content, $0.features) })")
        XCTAssertEqual(splitter.split(lines).count, 3)
    }

    /// A headline under a page's header (`page_header`: furniture set above it) votes for the
    /// header style as one with a header block under it does; one kind of evidence does not. It is
    /// anchored, so the vote never demotes it as a bare subhead.
    func testPageHeaderHeadlineVotesForTheHeaderStyle() {
        func start(_ f: [SplitFeature]) -> BoundaryPlanner.Candidate {
            .init(0, BoundaryPlanner.Start(isTitle: true, scored: .fixture(6.0, f)))
        }
        XCTAssertTrue(BoundaryPlanner.showsHeaderStyle(start([.openEnding, .furnitureBlock, .pageHeader])))
        XCTAssertTrue(BoundaryPlanner.showsHeaderStyle(start([.openEnding, .creditAfter, .widgetAfter, .trailerBefore])))
        XCTAssertFalse(BoundaryPlanner.showsHeaderStyle(start([.openEnding, .creditAfter, .trailerBefore])))
        XCTAssertFalse(BoundaryPlanner.showsHeaderStyle(start([.openEnding, .datelineAfter, .trailerBefore])))
        XCTAssertFalse(BoundaryPlanner.isBare(start([.openEnding, .furnitureBlock, .pageHeader]).start))
        XCTAssertTrue(BoundaryPlanner.isBare(start([.openEnding, .titleCase, .proseAfter]).start))
    }

    /// The long-story prior takes back a headline held under the threshold by its shape, not one a
    /// dump-style vote demoted.
    func testStyleDemotedLinesAreNotTakenBackByTheLongStoryPrior() {
        XCTAssertTrue(BoundaryPlanner.styleDemoted(.fixture(4.0, [.openEnding, .unlikeAnchoredHeadlines])))
        XCTAssertTrue(BoundaryPlanner.styleDemoted(.fixture(4.0, [.openEnding, .capitalsSectionHead])))
        XCTAssertFalse(BoundaryPlanner.styleDemoted(.fixture(4.0, [.openEnding, .tooFewWords])))
        // The vote of all starts (`unlike_dump_headlines`) can be outvoted by subheads: the prior
        // still takes back a real headline it demoted.
        XCTAssertFalse(BoundaryPlanner.styleDemoted(.fixture(4.0, [.openEnding, .unlikeDumpHeadlines])))
    }

    func testEnumeratorOpensAListItem() {
        let yes = ["3. Implement implicit bias training for all officers", "10) Manafort notes are a nothing burger", "(2) The court ruled"]
        let no = ["2020. The year began badly", "1.5 million people voted", "3 things to know about the vote", "(AP) — The court ruled", "123. Too many digits"]
        for l in yes { XCTAssertTrue(SplitText.withBytes(l, BoundaryScorer.opensWithEnumerator), l) }
        for l in no { XCTAssertFalse(SplitText.withBytes(l, BoundaryScorer.opensWithEnumerator), l) }
    }

    /// A numbered recommendation between two paragraphs of a story, of headline shape: `list_item`
    /// keeps it in the story (on shape alone it passes without the feature).
    func testNumberedItemIsNoStart() throws {
        let h = Self.harbour
        let item = "2. Monitor the sediment plumes near the shellfish beds every day"
        let text = (["Harbour authority approves plan to dredge the northern channel"] + h[..<3] + [item] + h[3...]).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages(editing: Self.shapeOnly)
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("list_item", .negative) })
        XCTAssertEqual(splitter.split(lines).count, 1)
        let (c0, s0) = try CleaningFixtures.stages { Self.shapeOnly(&$0); $0.weights[.listItem] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text)).count, 2)
    }

    /// The harbour story, then the ferry story's headline, header block, `caption` printed twice,
    /// and its dateline lede.
    static func captionedPage(_ caption: String) -> String {
        var parts: [String] = ["Harbour authority approves plan to dredge the northern channel"]
        parts += harbour
        parts += [trailer, "Ferry fares to the islands will rise next month"]
        parts += header
        parts += [caption, caption, "LONDON (AP) — " + ferry[0]]
        parts += ferry[1...]
        return parts.joined(separator: "\n\n")
    }

    /// A headline with a header block, a photo caption printed twice, then the dateline lede: the
    /// caption sits between the page's header and its lede (`captionBetween`), one story.
    func testCaptionBetweenHeaderAndDatelineLedeIsOneStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let caption = "FILE - In this May 2, 2019, file photo, a ferry leaves the harbour for the islands at dawn."
        let lines = classifier.classify(Self.captionedPage(caption))
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("lede of the headline") } })
        XCTAssertEqual(splitter.split(lines).count, 2)
    }

    /// The same with a caption that ends with its photo's credit (read as a credit line, skipped
    /// as header furniture): still the caption between the header and its lede, one story.
    func testCreditedCaptionBetweenHeaderAndDatelineLedeIsOneStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let caption = "FILE - This May 2, 2019, file photo shows a ferry leaving the harbour for the islands at dawn. (Jane Doe/Harbour Gazette via AP)"
        let lines = classifier.classify(Self.captionedPage(caption))
        let fates = splitter.explain(lines)
        XCTAssertTrue(fates.contains { $0.features.contains { $0.hasPrefix("lede of the headline") } },
                      "\(fates.filter { $0.score != nil }.map { (lines.lines[$0.line].content, $0.features) })")
        XCTAssertEqual(splitter.split(lines).count, 2)
    }
}
