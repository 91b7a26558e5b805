import XCTest
@testable import WinnowPipeline

/// A forum thread's replies are no stories (`BoundaryThreadReply.swift`): a reply's text under a
/// stripped `Re: …` header starts nothing, and the header lift does not walk past a reader's
/// comment or a reply header to take a learned line (a signature, a reply repeated across
/// threads) as the next story's headline.
final class SplitThreadReplyTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let harbourTitle = "Harbour authority approves dredging of the northern channel"
    static let orchestraTitle = "City orchestra cuts student tickets to five pounds"
    static let signature = "Rig: Ryzen 5 / 16GB / too many browser tabs"
    static let reply = "The headline is a bit misleading if you read all the way down."

    /// Two threads, each a reposted story; the first with two replies, the last one signed.
    static let thread = [
        "Topic: " + harbourTitle, "Post by ann_k » Mon Jan 14, 2019 12:34 pm", "",
        h[0], "", h[1], "", h[2], "", h[3], "", h[4], "",
        "Re: " + harbourTitle, "Post by bob77 » 45 min", "Lol at the comments already. Did anyone read past the first paragraph?",
        "permalink embed save report reply", signature, "",
        "Re: " + harbourTitle, "Post by carl_b » 5 min", reply, "Reply  Quote  Like 53", "",
        "Topic: " + orchestraTitle, "Post by dana » Fri Nov 27, 2015 10:43 pm", "",
        o[0], "", o[1], "", o[2], "", o[3], "", o[4]]

    /// The lines the corpus learned: the signature and the button row, on every thread.
    static func learned(_ text: [String], _ learned: [String]) throws -> ClassifiedText {
        let (classifier, _) = try CleaningFixtures.stages()
        var lines = classifier.classify(text.joined(separator: "\n")).lines
        for k in lines.indices where learned.contains(String(lines[k].text)) { lines[k].kind = .stripped(rule: "learned", role: nil) }
        return ClassifiedText(lines: lines)
    }

    /// A reply read as a lede under its reply header takes no title from above the header: the
    /// learned signature over `Re:` is the thread's, not a headline the rules stripped.
    func testReplyTakesNoSignatureAsTitle() throws {
        let (_, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(try Self.learned(Self.thread, [Self.signature, "Reply  Quote  Like 53"]))
        XCTAssertFalse(stories.contains { $0.title == Self.signature }, "\(stories.map(\.title))")
        // Prose negative: the first thread's story keeps its title and text.
        XCTAssertEqual(stories.first?.title, Self.harbourTitle)
    }

    func testHeaderLiftStopsAtAComment() throws {
        let (_, splitter) = try CleaningFixtures.stages()
        let question = "Anyone have the actual report this is based on?"
        let title = "Why People Fly from Facts"
        let text = [Self.harbourTitle, "671 points by ann_k 13 hours ago | hide | past | favorite | 363 comments", "",
                    Self.h[0], "", Self.h[1], "", Self.h[2], "", Self.h[3], "", Self.h[4], "",
                    "readerOfThings 9 hours ago [–]", question, "Like 19", "",
                    "civicnerd 9 hours ago [–]", Self.reply, "Like 28", "-- Proud member since 2009 --", "",
                    title, "634 points by dana 10 hours ago | hide | past | favorite | 289 comments", "",
                    Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3], "", Self.o[4]]
        let stories = splitter.split(try Self.learned(text, [question, "-- Proud member since 2009 --"]))
        XCTAssertEqual(stories.last?.title, title, "a comment's learned line is no headline")
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
    }

    func testReplyHeaderOpensWithRe() {
        func reply(_ s: String) -> Bool { SplitText.withBytes(s) { BoundaryPlanner.opensReply($0) } }
        XCTAssertTrue(reply("Re: Harbour authority approves dredging"))
        XCTAssertTrue(reply("RE: budget"))
        XCTAssertFalse(reply("Re:"))
        XCTAssertFalse(reply("Reeves said the channel would reopen in May."), "a sentence opening with `Re`")
        XCTAssertFalse(reply("Regarding: the budget"))
    }
}
