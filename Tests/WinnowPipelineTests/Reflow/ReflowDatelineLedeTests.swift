import XCTest
@testable import WinnowPipeline

/// A dateline lede opens a paragraph of its own in hard-wrapped text: neither a headline as wide
/// as the wrap width nor the full last line of the story above takes it as its tail.
final class ReflowDatelineLedeTests: XCTestCase {
    static let story = [
        "The harbour authority approved a plan on Tuesday to dredge the",
        "northern shipping channel, allowing container vessels with deeper",
        "hulls to dock at the terminal for the first time since the war.",
        "Dredging crews will remove sediment from the channel floor over",
        "eighteen months, and the authority expects container traffic at",
        "the terminal to grow by a third once the dredging work is done.",
    ]

    func testDatelineShapes() throws {
        let yes = ["MOSCOW — Mike Pompeo won a favorable vote", "(WASHINGTON) — After losing the nomination",
                   "MOSCOW, Nov. 13 (Reuters) - The recount in Florida", "NEW YORK (AP) — Stocks fell",
                   "BRUSSELS: The European Union said", "(Washington, D.C.) – Lawmakers met",
                   "JACKSON, MS -- Donald Trump seemed to back away"]
        let no = ["Mike Pompeo won a favorable vote — on Monday", "MOSCOW officials said on Monday",
                  "NATO Secretary General said", "The U.S. — and its allies — agreed", "A — B",
                  "ORCHESTRA NAMES A NEW CONDUCTOR", "(which was not) — said"]
        let datelines = try shippedDatelines()
        let matches = { (s: String) in Array(s.utf8).withUnsafeBufferPointer { datelines.matches(bytes: $0) } }
        for s in yes { XCTAssertTrue(matches(s), s) }
        for s in no { XCTAssertFalse(matches(s), s) }
        // `matches` is `place != nil`, the splitter's question, on every shape.
        for s in yes + no { XCTAssertEqual(matches(s), datelines.place(in: s) != nil, s) }
    }

    /// The reflow reads datelines through the splitter's matcher: a mixed-case place with a full
    /// date (the shipped third pattern) breaks too, and a config without dateline patterns
    /// reaches the reflow (the headline takes the lede as its tail, as the classic test says).
    func testReflowAsksThePipelinesDatelinePatterns() throws {
        let lede = ["New Delhi, June 23, 2020 — The harbour authority approved a",
                    "plan on Tuesday to dredge the northern channel, allowing ships"]
        // A headline as wide as the wrap: the lede's short first word (`New`) would fit on its line.
        let text = Self.story + ["Work starts in May."] + ["Harbour authority approves a plan to dredge the northern channel"] + lede + Self.story
        let lines = try reflowLines(text)
        XCTAssertFalse(Reflow.continuations(lines, datelines: try shippedDatelines())[7], "the dated lede opens its own paragraph")
        var bare = try CleaningFixtures.configs().1
        bare.datelinePatterns = []
        XCTAssertTrue(Reflow.continuations(lines, datelines: try DatelineMatcher(bare))[7], "no patterns: no dateline, the classic test joins")
    }

    /// A sentence-case headline as wide as the wrap width, over a dateline lede: the classic test
    /// would join them (the lede's first word does not fit on the headline's line).
    func testHeadlineOverDatelineLedeIsNoContinuation() throws {
        let lede = ["MOSCOW — The harbour authority approved a plan on Tuesday to",
                    "dredge the northern shipping channel, allowing container ships"]
        // The story above ends on a short line: its last word is no wrap (see the next test).
        let text = Self.story + ["Work starts in May."] + ["Harbour authority approves plan to dredge northern channel"] + lede + Self.story
        let j = try reflowJoins(text)
        XCTAssertTrue(j[0] && j[1], "the story's wrapped lines continue")
        XCTAssertFalse(j[7], "the headline does not take the dateline lede as its tail")
        XCTAssertTrue(j[8], "the lede's own wrapped lines join")
    }

    /// Two stories glued with no blank line: the last line of one ends a sentence, full to the
    /// wrap width, and the next opens with a dateline.
    func testStoryEndBeforeDatelineLedeIsNoContinuation() throws {
        let lede = ["(WASHINGTON) — Lawmakers approved a plan on Tuesday to dredge",
                    "the northern shipping channel, allowing container vessels in."]
        let text = Self.story + lede + Self.story
        let j = try reflowJoins(text)
        XCTAssertFalse(j[5], "the story's last line does not take the next story's dateline lede")
        XCTAssertTrue(j[6], "the lede's own wrapped lines join")
    }

    /// A lede whose opening words are set in capitals across the wrap goes on in capitals: a
    /// colon after a word in capitals is no dateline under a line in capitals.
    func testCapitalsRunOnIntoAColonLede() throws {
        let text = Self.story + ["", "WHAT DEMOLITION DERBY REVEALS ABOUT SMALL-TOWN POLITICS AND THE",
                                 "APOCALYPSE: There is no single storyline to demolition derby, and",
                                 "there is no ground to take in it, no points to score at the end."]
        let j = try reflowJoins(text)
        XCTAssertTrue(j[7], "the capitals go on across the wrap")
    }

    /// A place in capitals opening a wrapped line mid-sentence goes on from the line above.
    func testCapitalsMidSentenceStillContinue() throws {
        let text = ["The harbour authority approved a plan on Tuesday with the help of",
                    "NATO — which paid for half of it — to dredge the northern channel,",
                    "allowing container vessels with deeper hulls to dock at the pier."] + Self.story
        let j = try reflowJoins(text)
        XCTAssertTrue(j[0], "a line that stops on a function word goes on")
    }
}
