import XCTest
@testable import WinnowPipeline

/// Sign-off lines the rules keep as body (`SignOff`): contact addresses, wire credits, social
/// pointers and author bios end a story.
final class SplitSignOffTests: XCTestCase {
    func testSignOffShapes() {
        let signOffs = ["Email the newsroom at tips@example-news.org.",
                        "Reach him at j.doe@paper.co.uk or on Twitter @jdoe.",
                        "The Associated Press contributed to this report.",
                        "Material from two wire services was used in this report",
                        "Follow Jane on Twitter", "Twitter: JaneDoeWrites",
                        "Jane Q. Doe is a columnist for The Daily Planet.",
                        "Nathan Ellis is an elections analyst for a weekly.",
                        "Brenda V. Duke is a Policy Analyst for the Middle-Out project.",
                        "Hiroshi Okafor is a washington bureau chief at The Harbor Ledger covering national.",
                        "Maya Lund is a political commentator for a Sunday paper."]
        let prose = ["The mayor said the harbour would reopen in May.",
                     "Reporters asked @ the briefing about it.",
                     "The report was delayed by a month, officials said.",
                     "Follow the money, the senator said of the report.",
                     "Biden is a candidate who rarely speaks to reporters.",
                     "The Harbour Board is a body of eleven members appointed by the council.",
                     "Tim Cook is the chief executive of Apple and sets its course.",
                     "Police Chief Ann Roe is a veteran of the force."]
        for s in signOffs { XCTAssertTrue(SignOff.matches(s, words: s.split(separator: " ").count), s) }
        for s in prose { XCTAssertFalse(SignOff.matches(s, words: s.split(separator: " ").count), s) }
        let long = "Write to us at desk@example.org " + String(repeating: "and more words ", count: 20)
        XCTAssertFalse(SignOff.matches(long, words: long.split(separator: " ").count), "a paragraph, not a sign-off")
    }

    /// A sign-off before a headline-shaped line adds `sign_off_before` in place of `after_sentence`.
    func testSignOffBeforeAHeadlineFires() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = ([h[0], h[1], h[2], "Write to Anna Berg at anna.berg@example.org.",
                     "City orchestra names a new conductor for its winter season", o[0], o[1], o[2]])
            .joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content.hasPrefix("City orchestra names") })
        let s = try XCTUnwrap(scorer.headline(i, in: lines, facts: scorer.facts(lines)))
        XCTAssertTrue(s.fired.contains(.signOffBefore))
        XCTAssertFalse(s.fired.contains(.afterSentence))
    }
    func testInnerSentenceBreakShapes() {
        let two = ["I have a plan. Here's how it works.", "Relief or Bailout? The choice for cities.",
                   "The Sanders Plan Can Succeed. Warren's Can't.", "Shocking, maybe. Looming? No.",
                   "The Town Plan Can Work. Theirs Can't."]
        let one = ["Sen. Bernie Sanders released a bill on Wednesday.", "Mr. Smith goes to Washington.",
                   "The U.S. Economy Grew Faster Than Expected.", "Jane V. Doe wins the seat.",
                   "As Commerce Dept. Starts Regulating Exports", "Capt. Jane Doe leads a Tenn. Rally",
                   "Two Sens. Roe and Doe Back the Plan"]
        for s in two { XCTAssertTrue(SplitText.hasInnerSentenceBreak(s), s) }
        for s in one { XCTAssertFalse(SplitText.hasInnerSentenceBreak(s), s) }
    }
    /// A two-sentence headline whose words come back below it starts a story; a two-sentence
    /// closing remark whose words echo the story above does not.
    func testTwoSentenceHeadlineNeedsAffinity() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let headline = "The Orchestra Picks a Conductor. Sibelius Opens the Autumn Season."
        let text = ([h[0], h[1], h[2], h[3], headline] + o).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), [nil, headline])
        let remark = "Dredging the Harbour Channel Takes Months. The Shellfish Beds Suffer."
        let echo = ([h[0], h[1], h[2], h[3], remark] + o).joined(separator: "\n")
        XCTAssertFalse(splitter.split(classifier.classify(echo)).contains { $0.title == remark })
    }
}
