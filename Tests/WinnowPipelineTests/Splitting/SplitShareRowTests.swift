import XCTest
@testable import WinnowPipeline

/// Headline-less stories glued at a row of share or follow buttons alone (`share_row_edge`,
/// `BoundaryShareRow.swift`): `Share`, `Tweet` / `Email`, `Short Url` between a paragraph that ended
/// and a prose lede on another topic start a story; the same row between two paragraphs of one
/// story does not, nor does an ad slot or an article's own sentence asking readers to share.
final class SplitShareRowTests: XCTestCase {
    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let w = weight { $0.weights[.shareRowEdge] = w } }
    }

    func text(_ between: [String]) -> String {
        (SplitStructureTests.harbour + [""] + between + [""] + SplitStructureTests.orchestra).joined(separator: "\n")
    }

    func testShareRowOverAnotherTopicStartsAStory() throws {
        for row in [["Share"], ["Tweet", "Share", "Email"], ["Short Url"], ["Follow us on Twitter @harbourtimes and like us on Facebook"],
                    ["Home | World | Politics | Business | Opinion", "Back to top"]] {
            let (classifier, splitter) = try stages(nil)
            let lines = classifier.classify(text(row))
            let stories = splitter.split(lines)
            XCTAssertEqual(stories.count, 2, "\(row)")
            XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false, "\(row)")
            XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("share_row_edge", .positive) }, "\(row)")
            // Off, the orchestra story runs on under the harbour story's share row.
            let (c0, s0) = try stages(0)
            XCTAssertEqual(s0.split(c0.classify(text(row))).count, 1, "\(row)")
        }
    }

    /// A strike at the same harbour: a story of one beat that shares words with the dredging
    /// story above (cohesion ~0.09, over `topic_shift_below`); its own paragraphs stay off the
    /// dredging story, so `share_row_topic_shift` makes the start.
    static let strike = [
        "Dock workers at the harbour walked off the job on Friday after talks over overtime pay collapsed, leaving ships waiting at anchor outside the port.",
        "The union said its members would stay out until the port company restored the weekend rates it cut in the spring, which workers say halved their earnings.",
        "Managers at the port company said they had offered a bonus for night shifts and accused the union of refusing to put the offer to a vote of its members.",
        "Shipping agents warned that perishable cargo would spoil within days if the strike continued, and some lines began diverting vessels to rival ports up the coast.",
        "Local shopkeepers said the walkout had already emptied the cafes along the quay, where dock workers usually eat lunch between the morning and afternoon shifts.",
    ]

    func testShareRowBetweenStoriesOfOneBeatStartsAStory() throws {
        let text = (SplitStructureTests.harbour + ["", "Share", ""] + Self.strike).joined(separator: "\n")
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(text)
        XCTAssertEqual(splitter.split(lines).count, 2)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("share_row_topic_shift", .positive) })
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.shareRowTopicShift] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text)).count, 1)
    }

    /// A share row a site sets between two paragraphs of one story: cohesion holds it together,
    /// and the paragraph under it stays in the story.
    func testShareRowInsideOneStoryIsNoStart() throws {
        let h = SplitStructureTests.harbour
        let text = (Array(h[0...2]) + ["", "Share", ""] + Array(h[3...]) + SplitTrailerEdgeTests.harbourMore).joined(separator: "\n")
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains(h[3]) ?? false)
    }

    /// An ad slot is no share row: it sits between an article's paragraphs. Nor is `Back to top`
    /// alone, which a portal sets between an article's sections.
    func testAdSlotIsNoShareRow() throws {
        for row in [["Advertisement"], ["Back to top"], ["Advertisement", "Share"]] {
            let (classifier, splitter) = try stages(nil)
            let lines = classifier.classify(text(row))
            XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("share_row_edge", .positive) }, "\(row)")
        }
    }

    /// Buttons by their words; not a sentence asking readers to share, nor prose opening on a
    /// longer word (`Shares of …`, `Printing …`).
    func testShareButtonWords() {
        func button(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryScorer.isShareButton) }
        for s in ["Share", "SHARE", "Share this:", "Tweet", "Email", "Short Url", "Copy link", "Link copied!",
                  "Comments (31)", "Follow us on Twitter @x and like us on Facebook", "Facebook"] {
            XCTAssertTrue(button(s), s)
        }
        for s in ["Share this quiz on social media to see how your score compares with your friend group.",
                  "Shares of the company fell", "Printing presses", "Saved by the bell", "Advertisement", "Sign up for our newsletter",
                  "Back to top"] {
            XCTAssertFalse(button(s), s)
        }
        XCTAssertTrue(button("Home | World | Politics | Business | Opinion"))
        XCTAssertFalse(button("Jane Doe | The Harbour Times"))
        XCTAssertFalse(button("Harbour authority approves dredging plan | Shipping lines welcome the decision | Analysis"))
    }

    /// A body line opening on a button's word stays body: the check reads stripped widgets only.
    func testProseOpeningOnAButtonWordStays() throws {
        let prose = "Share prices at the harbour operator rose sharply after the authority approved the dredging plan for the northern channel."
        let body = (SplitStructureTests.harbour + ["", prose, ""] + SplitTrailerEdgeTests.harbourMore).joined(separator: "\n")
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(body))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains(prose) ?? false)
    }
}
