import XCTest
@testable import WinnowPipeline

/// What an article announces on a colon and a recurring speaker's quoted claims stay in the
/// article (`BoundaryAfterColon.swift`: `after_colon`, `label_turn`).
final class SplitAfterColonTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour

    /// A paragraph closing on a colon, then a chart's title printed twice: the title reads
    /// as a repeated headline on shape (`repeated_after`), but the colon announced it.
    func testChartTitleAfterColonIsNoStart() throws {
        let h = Self.harbour
        let intro = ["The first map below shows how far the sediment plumes drifted in each month of the trial,",
                     "and the second how many shellfish beds they reached:"]
        let title = ["Dredging, Sediment and the Shellfish Beds: How the Northern Channel Will Change"]
        let text = (["Harbour authority approves plan to dredge the northern channel"] + h[..<3]
            + [intro.joined(separator: "\n"), title.joined(separator: "\n"), title.joined(separator: "\n")] + h[3...]).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains { lines.lines[$0.line].content == title[0] && $0.features.fired("after_colon", .negative) })
        XCTAssertEqual(splitter.split(lines).count, 1, "\(splitter.explain(lines).filter { $0.score != nil }.map { (lines.lines[$0.line].content, $0.features) })")
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.afterColon] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text)).count, 2)
    }

    /// A short colon line standing alone (`Dear readers:`) introduces a lede; a colon inside a line
    /// or a paragraph ending on a full stop is no announcement.
    func testOnlyAParagraphClosingOnAColonAnnounces() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        let text = ["Dear readers:", "", "The harbour authority said:", "a wrapped line that ends here:", "",
                    "One line of a paragraph that is long enough to close it on a colon:", "", "Ends: on a full stop."].joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let facts = scorer.facts(lines)
        let at = { (s: String) in lines.firstIndex { $0.content == s }! }
        XCTAssertFalse(scorer.endsParagraphOnColon(at("Dear readers:"), in: lines, facts: facts))
        XCTAssertTrue(scorer.endsParagraphOnColon(at("a wrapped line that ends here:"), in: lines, facts: facts))
        XCTAssertTrue(scorer.endsParagraphOnColon(at("One line of a paragraph that is long enough to close it on a colon:"), in: lines, facts: facts))
        XCTAssertFalse(scorer.endsParagraphOnColon(at("Ends: on a full stop."), in: lines, facts: facts))
    }

    /// A fact check: the same speaker's quoted claims, each under a rule and checked below. Every
    /// claim gets `label_turn` (the label opens three lines); the whole check is one story. (Here
    /// the claims do not pass without it; in the dev sets a stripped rule and section label above
    /// a claim read as a page's furniture block, `furniture_block`.)
    func testRecurringSpeakerQuotesAreTurns() throws {
        let claims = [("TRUMP: “The harbour will be the deepest in the world.” — tweet Monday.",
                       "THE FACTS: It will not. The channel is to be dredged to fourteen metres, less than the rival ports along the coast already reach."),
                      ("TRUMP: “Shellfish are doing better than ever.” — tweet Tuesday.",
                       "THE FACTS: The fishermen who moor near the channel say catches fell by a third last season, and the authority has no count of its own."),
                      ("TRUMP: “Nobody has ever dredged a channel this fast.” — remarks Wednesday.",
                       "THE FACTS: The authority expects the work to take eighteen months, about as long as the last dredging of the southern channel took.")]
        var parts = ["Harbour authority approves plan to dredge the northern channel"] + Self.harbour[..<2]
        for (c, f) in claims { parts += ["___", c, f] }
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(parts.joined(separator: "\n\n"))
        let fates = splitter.explain(lines)
        XCTAssertTrue(fates.contains { lines.lines[$0.line].content == claims[1].0 && $0.features.fired("label_turn", .negative) },
                      "\(fates.filter { $0.score != nil }.map { (lines.lines[$0.line].content, $0.features) })")
        XCTAssertEqual(splitter.split(lines).count, 1)
    }
}
