import XCTest
@testable import WinnowPipeline

/// Portal pages, round two: a section rail under a fixed opening (`More in Politics` over its
/// titles), a headline over the article's own title set as the first line of its copy (the same
/// words reworded), a header byline a contributor rule stripped (`Written by Jane Doe` over its
/// stamp) read as the short byline a kept `By Jane Doe` is, an ad over a captioned credit that is
/// no soft block, a lone `Read next` label, and a newsletter box of several lines set between an
/// article's paragraphs. Prose with the same words stays.
final class CleaningPortalPagesTwoTests: XCTestCase {
    private func kinds(_ text: String) throws -> [String?] {
        let (classifier, _) = try CleaningFixtures.stages()
        return classifier.classify(text).lines.map { $0.kind == .blank ? "" : $0.strippedRule }
    }

    // MARK: section rails

    func testSectionRailHeadingOpensALinkList() throws {
        let prose = "The council voted on Tuesday to approve the budget after a long debate about road repairs."
        for heading in ["More in Politics", "MORE IN WORLD NEWS", "More in Arts & Culture", "Latest in Business"] {
            let text = "\(prose)\n\n\(heading)\nSenate passes the farm bill after a late vote\nGovernor signs the school funding law\n3 Mayor names a new police chief\n\n\(prose)"
            XCTAssertEqual(try kinds(text), [nil, "", "link_list", "link_list", "link_list", "link_list", "", nil], heading)
        }
        // Prose opening with the same words, or a heading over a paragraph, stays.
        let sorrow = "More in sorrow than anger, the mayor said the budget would not pass."
        XCTAssertEqual(try kinds("\(prose)\n\n\(sorrow)\nGovernor signs the school funding law\n\n\(prose)"), [nil, "", nil, nil, "", nil])
        let paragraph = SplitStructureTests.harbour[0] + " " + SplitStructureTests.harbour[1]
        XCTAssertEqual(try kinds("\(prose)\n\nMore in Politics\n\(paragraph)\n\n\(paragraph)").filter { $0 == "link_list" }, [])
        let bytes: (String) -> Bool = { s in
            let u = Array(s.utf8)
            return u.withUnsafeBufferPointer { SectionRail.isHeading($0, prefixes: [Array("more in ".utf8)]) }
        }
        XCTAssertTrue(bytes("More in Politics"))
        XCTAssertFalse(bytes("More in politics"))
        XCTAssertFalse(bytes("More in Politics: the week ahead"))
        XCTAssertFalse(bytes("More in Politics And World Affairs"))
        XCTAssertFalse(bytes("More in"))
        // A site's name after `More from` (`More from The Verge`) heads its next story as often.
        XCTAssertNotEqual(try kinds("\(prose)\n\nMore from The Verge\nSenate passes the farm bill after a late vote\nGovernor signs the school funding law\n\n\(prose)")[2], "link_list")
    }

    // MARK: a headline over its article's own title

    static let pilots = [
        "Harbour pilots walked off the job on Monday over new night shifts, leaving container ships waiting at anchor outside the port for most of the day.",
        "The pilots' union said the night rota doubled the hours its members spend on the water, while the port authority said the shifts were needed for larger vessels.",
        "Shipping lines warned that further stoppages would push cargo to rival ports along the coast, and asked the authority to return to talks before the weekend.",
    ]

    private func titles(_ header: [String]) throws -> [String?] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (["Harbour Authority Approves Dredging of the Northern Shipping Channel"] + SplitStructureTests.harbour
                    + ["Home / Business"] + header + Self.pilots).joined(separator: "\n\n")
        return splitter.split(classifier.classify(text)).map(\.title)
    }

    func testHeadlineOverItsRewordedTitleTitlesTheStory() throws {
        let headline = "Harbour pilots strike over new night shifts at the port"
        let own = "Port pilots strike over night shifts"
        let got = try titles([headline, own, "BY JANE DOE", "Published March 10, 2014", "7 min read", own])
        XCTAssertEqual(got.last, headline)
    }

    func testRestatedTitleNeedsAllItsWords() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify("Harbour pilots strike over new night shifts at the port\nPort pilots strike over night shifts\nPilots walk out as the mayor praises the union\nNight shifts").lines
        XCTAssertTrue(BoundaryPlanner.restatesTitle(0, over: 1, lines))
        // A longer line that says other things (a bio, the last story's tail) restates nothing;
        // a title of too few words restates too easily.
        XCTAssertFalse(BoundaryPlanner.restatesTitle(2, over: 1, lines))
        XCTAssertFalse(BoundaryPlanner.restatesTitle(0, over: 3, lines))
    }

    // MARK: a header byline is a short byline

    func testHeaderBylineCountsAsAShortBylineAfterItsHeadline() throws {
        let b = SplitHeaderBylineTests.self
        for on in [true, false] {
            let (classifier, _) = try CleaningFixtures.stages { $0.headerBylines = on }
            let scorer = try CleaningFixtures.scorer { $0.headerBylines = on }
            let text = (["Harbour Authority Approves Dredging of the Northern Shipping Channel"] + SplitStructureTests.harbour
                        + [b.headline, b.writtenBy, b.stamp] + SplitStructureTests.orchestra).joined(separator: "\n\n")
            let lines = classifier.classify(text).lines
            let i = try XCTUnwrap(lines.firstIndex { $0.content == b.headline })
            let facts = scorer.facts(lines)
            let f = try XCTUnwrap(scorer.headline(i, in: lines, facts: facts, inArticle: scorer.inArticleWidgets(lines, facts: facts))).fired
            // Off, the line is a trailer: the headline sees no header under it.
            XCTAssertEqual(f.contains(.shortBylineAfter), on)
        }
    }

    // MARK: an ad over a captioned credit, a `Read next` label

    /// An ad over an inline photo's caption with its credit on the same line is the article's own
    /// furniture between its paragraphs: no soft block, whatever the topic below. A bare credit
    /// under the label still is one.
    func testAdOverACaptionWithItsCreditIsNoSoftBlock() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        func softBlock(_ credit: String) -> Bool {
            let text = (SplitStructureTests.harbour + ["", "Advertisement", credit, ""] + SplitStructureTests.orchestra).joined(separator: "\n")
            return splitter.explain(classifier.classify(text)).contains { $0.features.contains { $0.hasPrefix("soft_block=") } }
        }
        XCTAssertFalse(softBlock("People walk by the harbour terminal in Rotterdam, Netherlands, February 8, 2018. REUTERS/Leah Millis"))
        XCTAssertTrue(softBlock("Photo: Jane Doe/Reuters"))
    }

    func testReadNextLabelIsAWidget() throws {
        XCTAssertEqual(try CleaningFixtures.strippedRule("Read next"), "widget")
        XCTAssertNil(try CleaningFixtures.strippedRule("Read next to the budget, the report shows how far the council has to go."))
    }

    // MARK: a newsletter box between paragraphs

    static let question = "What will the fishermen do next?"

    private func fired(_ paragraphs: [String]) throws -> FiredFeatures {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let lines = classifier.classify(paragraphs.joined(separator: "\n\n")).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == Self.question })
        let facts = scorer.facts(lines)
        return try XCTUnwrap(scorer.headline(i, in: lines, facts: facts, inArticle: scorer.inArticleWidgets(lines, facts: facts))).fired
    }

    /// A box of several widget lines the text sets between two paragraphs elsewhere: the whole
    /// box under a subhead is the article's, no header furniture.
    func testNewsletterBoxBetweenParagraphsIsInArticle() throws {
        let h = SplitStructureTests.harbour
        let box = ["Sign up for our Daily newsletter", "Enter your email address"]
        let f = try fired([h[0]] + box + [h[1], Self.question] + box + [h[2], h[3], h[4]])
        XCTAssertTrue(f.contains(.inArticleWidgetAfter))
        XCTAssertFalse(f.contains(.widgetAfter))
        // The box only under the question is header furniture, as is a time stamp under the box.
        XCTAssertTrue(try fired([h[0], h[1], Self.question] + box + [h[2], h[3], h[4]]).contains(.widgetAfter))
        let stamp = "Published March 3, 2019 8:05am EST"
        XCTAssertTrue(try fired([h[0]] + box + [h[1], Self.question] + box + [stamp, h[2], h[3], h[4]]).contains(.widgetAfter))
    }
}
