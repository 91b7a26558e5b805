import XCTest
@testable import WinnowPipeline

/// Archive and syndication exports name the document's headline, or print other lines over it
/// that took the title: a news database's headline field (`HEADLINE: …`, `HD  …`, a lone `HD`
/// over its value: `StorySplitter+HeadlineField.swift`), a partner page's source line right over
/// the headline (`From The Harbor Gazette`: `StorySplitter+SourceLine.swift`), a wire page's
/// provider name under `News provided by` (`StorySplitter+ProviderValue.swift`).
final class SplitHeadlineFieldTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let harbourHead = "HARBOUR APPROVES DREDGING PLAN FOR THE NORTHERN CHANNEL"
    static let orchestraHead = "ORCHESTRA NAMES A NEW CONDUCTOR FOR ITS AUTUMN SEASON"

    /// `text` classified with the lines in `learned` stripped as learned boilerplate (what the
    /// learned pass does to an export's counter and publication lines over a whole dump).
    func split(_ text: [String], learned: Set<String>) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var lines = classifier.classify(text.joined(separator: "\n")).lines
        for k in lines.indices where learned.contains(String(lines[k].text)) { lines[k].kind = .stripped(rule: "learned", role: nil) }
        return splitter.split(ClassifiedText(lines: lines))
    }

    /// A Nexis-like document: counter, publication, date line, then the fields.
    static func nexis(_ n: Int, _ head: String, _ body: [String], date: String) -> [String] {
        ["\(n) of 2 DOCUMENTS", "", "", "Harbor Gazette", "", date, "", "Late Edition - Final", "", "HEADLINE: " + head, "",
         "LENGTH: 311 words", "", "BODY:", ""] + body.flatMap { [$0, ""] } + ["LANGUAGE: ENGLISH", "", ""]
    }
    static let nexisLearned: Set<String> = ["1 of 2 DOCUMENTS", "2 of 2 DOCUMENTS", "LENGTH: 311 words", "BODY:"]

    /// The publication's name opens the story (the counter above it learned), over the date line
    /// and the edition: without the field one of them was the title (x501: `Newsmax`, `Late
    /// Edition - Final`, `August 2, 2013 Friday`).
    func testHeadlineFieldTakesTheTitleFromTheDateLine() throws {
        let text = Self.nexis(1, Self.harbourHead, Self.h, date: "August 2, 2013 Friday")
            + Self.nexis(2, Self.orchestraHead, Self.o, date: "March 3, 2014 Monday")
        let stories = try split(text, learned: Self.nexisLearned)
        XCTAssertEqual(stories.map(\.title), [Self.harbourHead, Self.orchestraHead])
        XCTAssertFalse(stories.contains { $0.text.contains("HEADLINE") })
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
    }

    /// The clean rule cuts the label, in capitals only: an article quoting a headline keeps its
    /// line whole (`Headline: Snapchat is quickly running out of money.`, a3/b1/b4 body), and a
    /// tag needs its tag column (two spaces).
    func testHeadlineFieldLabelIsCutInExportFormOnly() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(["HEADLINE: " + Self.harbourHead, "HD  Harbour Approves Dredging Plan",
                                         "Headline: Snapchat is quickly running out of money.", "HD Supply said on Tuesday it would cut jobs."]
            .joined(separator: "\n")).lines
        XCTAssertEqual(lines.map { String($0.content) }, [Self.harbourHead, "Harbour Approves Dredging Plan",
                                                           "Headline: Snapchat is quickly running out of money.",
                                                           "HD Supply said on Tuesday it would cut jobs."])
        XCTAssertTrue(StorySplitter.isHeadlineField(0, in: lines))
        XCTAssertFalse(StorySplitter.isHeadlineField(2, in: lines))
    }

    /// A tagged export's lone `HD` over its value: the value is the field.
    func testLoneTagMakesTheNextLineAField() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(["HD", "Harbour Approves Dredging Plan", "", "Hd", "Harbour Approves Dredging Plan"]
            .joined(separator: "\n")).lines
        XCTAssertTrue(StorySplitter.isHeadlineField(1, in: lines))
        XCTAssertFalse(StorySplitter.isHeadlineField(4, in: lines))
    }

    /// A Flipboard-like item: `From <Outlet>` right over the headline, `Flipped into …` under it.
    func testSourceLineGivesTheTitleToTheHeadlineUnderIt() throws {
        let head = "Harbour Approves Dredging Plan for the Northern Channel"
        let text = ["From The Harbor Gazette", head, "", "Flipped into News Desk", ""] + Self.h.flatMap { [$0, ""] }
        let stories = try split(text, learned: [])
        XCTAssertEqual(stories.first?.title, head)
        XCTAssertEqual(stories.first?.metadata["kicker"], .string("From The Harbor Gazette"))
        // Prose opening `From` is no source line.
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(["From Here to Eternity", "From there, the channel runs north", "From The Harbor Gazette"]
            .joined(separator: "\n")).lines
        var facts = LineFacts()
        facts.ending = [.open, .open, .open]
        facts.byline = [false, false, false]
        XCTAssertTrue(StorySplitter.isSourceLine(2, in: lines, facts: facts))
        XCTAssertFalse(StorySplitter.isSourceLine(1, in: lines, facts: facts))
    }

    /// A wire page: `News provided by` (learned), the company's name, the date, the headline.
    func testProviderNameGivesTheTitleToTheRelease() throws {
        let head = "Harbour Approves Dredging Plan for the Northern Channel"
        let text = ["News provided by", "Atlas Union Credit Cooperative", "Aug 31, 2017, 09:00 ET", "", head, "",
                    "BOSTON, Aug. 31, 2017 /PRNewswire/ -- " + Self.h[0], ""] + Self.h.dropFirst().flatMap { [$0, ""] }
        let stories = try split(text, learned: ["News provided by"])
        XCTAssertEqual(stories.first?.title, head)
        XCTAssertEqual(stories.first?.metadata["provider"], .string("Atlas Union Credit Cooperative"))
        XCTAssertFalse(stories.first?.text.contains("Atlas Union") ?? true)
    }

    /// The newer Nexis-like layout: the headline first, then the publication's name (learned),
    /// the date line, the copyright and a run of fields (learned). Walking up from a start planned
    /// under the fields (the headline dropped by the story-length prior, x501), the header lift
    /// took a field for a learned headline, then the publication's name.
    static let newerHeader = ["Harbour Approves Dredging Plan for the Northern Channel", "", "Harbor Gazette",
                              "May 12, 2016 Thursday", "Copyright 2016 Harbor Gazette", "All Rights Reserved", "",
                              "Section: Metropolitan Desk; Pg. 25", "Length: 1024 words", "Byline: Kevin Lindqvist", ""]

    /// The header over the harbour story's text, the lines in `learned` stripped as learned.
    func newerLayout(learned: Set<String>) throws -> (BoundaryPlanner, [ClassifiedLine], BoundaryPlanner.Plan) {
        let (classifier, _) = try CleaningFixtures.stages()
        let (_, config) = try CleaningFixtures.configs()
        let scorer = try CleaningFixtures.scorer(config)
        var lines = classifier.classify((Self.newerHeader + Self.h.flatMap { [$0, ""] }).joined(separator: "\n")).lines
        for k in lines.indices where learned.contains(String(lines[k].text)) { lines[k].kind = .stripped(rule: "learned", role: nil) }
        var plan = BoundaryPlanner.Plan()
        plan.facts = scorer.facts(lines)
        return (BoundaryPlanner(scorer: scorer), lines, plan)
    }

    /// A field in a run of fields is no learned headline; the same line standing alone is one.
    func testFieldInARunIsNoLearnedHeadline() throws {
        let section = "Section: Metropolitan Desk; Pg. 25"
        let (planner, lines, _) = try newerLayout(learned: [section, "Length: 1024 words"])
        XCTAssertFalse(planner.isLearnedHeadline(7, lines))
        let (classifier, _) = try CleaningFixtures.stages()
        var alone = classifier.classify([Self.h[0], "", section, "", "By Jane Doe"].joined(separator: "\n")).lines
        alone[2].kind = .stripped(rule: "learned", role: nil)
        XCTAssertTrue(planner.isLearnedHeadline(2, alone))
        XCTAssertTrue(BoundaryPlanner.inFieldRun(7, lines))
    }

    /// The headline right above the learned publication name is the page's: the lift takes it.
    func testHeadlineOverLearnedPublication() throws {
        let (planner, lines, plan) = try newerLayout(learned: ["Harbor Gazette", "Section: Metropolitan Desk; Pg. 25", "Length: 1024 words"])
        let untitled = BoundaryPlanner.Start(isTitle: false, scored: ScoredLine(), titleLine: nil)
        XCTAssertEqual(planner.headlineOverLearned(2, floor: -1, start: untitled, lines, plan), 0)
        // Under a paragraph (the story above's last line), the line is no page's headline.
        let (classifier, _) = try CleaningFixtures.stages()
        var under = classifier.classify(([Self.o[4], ""] + Self.newerHeader + Self.h.flatMap { [$0, ""] }).joined(separator: "\n")).lines
        under[4].kind = .stripped(rule: "learned", role: nil)
        var plan2 = BoundaryPlanner.Plan()
        plan2.facts = try CleaningFixtures.scorer(try CleaningFixtures.configs().1).facts(under)
        XCTAssertNil(planner.headlineOverLearned(4, floor: -1, start: untitled, under, plan2))
    }

    /// A record header's fields, one under another: no headline the rules stripped.
    func testFieldRun() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(["Section: Metropolitan Desk; Pg. 25", "Length: 1024 words", "", Self.h[0], "",
                                         "Exclusive: Kushner Firm Built the Website", "", "By Jane Doe"].joined(separator: "\n")).lines
        XCTAssertTrue(BoundaryPlanner.inFieldRun(0, lines))
        XCTAssertFalse(BoundaryPlanner.inFieldRun(5, lines))
    }

    /// A tagged export's documents one after another: the last one's trailer fields, then the
    /// next one's lone `HD` over its headline. With no start planned there, the headline field
    /// opens the next document; over a few short lines only it takes the title instead.
    func testHeadlineFieldOpensTheNextDocument() throws {
        func doc(_ head: String, _ body: [String]) -> [String] {
            ["HD", head, "", "WC", "796 words", "", "LP", ""] + body.flatMap { [$0, ""] }
                + ["CO", "harb : Harbor Gazette", "", "PUB", "Harbor Gazette Company", "", "AN", "Document HARB000020130206e92", "", ""]
        }
        // The second headline set as a sentence: the line scores plan no start there.
        let heads = ["Harbour Approves Dredging Plan for the Northern Channel", "The orchestra has named a new conductor for its season."]
        let text = doc(heads[0], Self.h) + doc(heads[1], Self.o)
        // The tags repeat over the dump: learned.
        let stories = try split(text, learned: ["HD", "WC", "LP", "CO", "AN"])
        XCTAssertEqual(stories.map(\.title), heads)
        XCTAssertTrue(stories.last?.text.contains(Self.o[0]) ?? false)
        XCTAssertFalse(stories.first?.text.contains(Self.o[0]) ?? true)
    }

    /// A partner page's items one after another: the source line right over the next item's
    /// headline opens it, though the line scores plan no start there (a headline in the words of
    /// the story above: `story_overlap`), and the story above keeps neither line.
    func testSourceLineOpensTheNextItem() throws {
        let heads = ["Harbour Approves Dredging Plan for the Northern Channel", "Terminal Dredging Crews Worry Harbour Fishermen"]
        let text = ["From The Harbor Gazette", heads[0], "", "Flipped into News Desk", ""] + Self.h.flatMap { [$0, ""] }
            + ["From Daily Music Review", heads[1], "", "Flipped into News Desk", ""] + Self.o.flatMap { [$0, ""] }
        let stories = try split(text, learned: [])
        XCTAssertEqual(stories.map(\.title), heads)
        XCTAssertFalse(stories.first?.text.contains("Daily Music Review") ?? true)
        XCTAssertEqual(stories.last?.metadata["kicker"], .string("From Daily Music Review"))
    }
}
