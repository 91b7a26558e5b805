import XCTest
@testable import WinnowPipeline

/// A bare title candidate stacked right under a headline with a header block (its dek, no prose
/// between) does not vote on the dump's header style (`BoundaryStackedDekVote.swift`): counted as a
/// bare headline, a portal page's dek tied the vote and an article's bare subhead split its story.
final class SplitStackedDekVoteTests: XCTestCase {
    typealias Start = BoundaryPlanner.Start
    typealias Candidate = BoundaryPlanner.Candidate

    static let headed = Start(isTitle: true, scored: .fixture(9.0, [.openEnding, .headlineLength, .creditAfter]))
    static let bare = Start(isTitle: true, scored: .fixture(5.0, [.openEnding, .headlineLength, .proseAfter]))

    /// Lines 0-29: body except the blanks and stripped lines listed.
    static func facts(stripped: Set<Int>) -> LineFacts {
        var f = LineFacts()
        f.shape = (0..<30).map { stripped.contains($0) ? .widget : .body }
        return f
    }

    /// Headline (header below) at 0, its dek at 1, a byline and credit stripped at 2-3; the next
    /// page's headline at 10 with its header; an article's bare subhead at 20 between paragraphs.
    func testDekUnderHeadedHeadlineDoesNotVote() {
        let facts = Self.facts(stripped: [2, 3, 11, 12])
        let candidates = [Candidate(0, Self.headed), Candidate(1, Self.bare), Candidate(10, Self.headed), Candidate(20, Self.bare)]
        let voters = BoundaryPlanner.leavingOutStackedDeks(candidates, facts)
        XCTAssertEqual(voters.map(\.line), [0, 10, 20])
        // Two of three carry a header: the dump's style, and the subhead at 20 is unlike it; with
        // the dek counted the vote ties (2 of 4) and abstains.
        XCTAssertTrue(BoundaryPlanner.votes(2, of: voters.count, share: 0.5, tiesAbstain: true))
        XCTAssertFalse(BoundaryPlanner.votes(2, of: candidates.count, share: 0.5, tiesAbstain: true))
    }

    /// Guards: a dek-shaped line with prose between it and the headline is a headline of its own;
    /// a bare line stacked over a headed one (a kicker, a promo feed's first title) votes; two
    /// headed heads stacked both vote; a bare line under a bare one (a promo feed) votes.
    func testOtherStacksStillVote() {
        let facts = Self.facts(stripped: [1, 2, 3, 6, 7])
        let spaced = [Candidate(0, Self.headed), Candidate(5, Self.bare)]
        XCTAssertEqual(BoundaryPlanner.leavingOutStackedDeks(spaced, facts).count, 2)
        let bareOverHeaded = [Candidate(5, Self.bare), Candidate(8, Self.headed)]
        XCTAssertEqual(BoundaryPlanner.leavingOutStackedDeks(bareOverHeaded, Self.facts(stripped: [6, 7])).count, 2)
        let headedPair = [Candidate(0, Self.headed), Candidate(4, Self.headed)]
        XCTAssertEqual(BoundaryPlanner.leavingOutStackedDeks(headedPair, facts).count, 2)
        let barePair = [Candidate(5, Self.bare), Candidate(8, Self.bare)]
        XCTAssertEqual(BoundaryPlanner.leavingOutStackedDeks(barePair, facts).count, 2)
    }

    /// The run stays headed past its dek: a second bare line under the dek is the head's too.
    func testSecondDekUnderHeadDoesNotVote() {
        let facts = Self.facts(stripped: [3, 4])
        let stack = [Candidate(0, Self.headed), Candidate(1, Self.bare), Candidate(2, Self.bare), Candidate(10, Self.bare)]
        XCTAssertEqual(BoundaryPlanner.leavingOutStackedDeks(stack, facts).map(\.line), [0, 10])
    }
}
