import XCTest
@testable import WinnowPipeline

/// An embedded post's attribution line (`… — Jane Doe (@janedoe) July 12, 2019`) quotes a post:
/// it is never a headline candidate.
final class SplitPostAttributionTests: XCTestCase {
    func testHandleInBracketsShapes() {
        let posts = ["The council just passed the budget. — Jane Doe (@jane_doe99) July 12, 2019",
                     "“Kids act like leaders.” pic.example.com/x — Ann Lee (@AnnLee)"]
        let others = ["Harbour plan (@ the council) approved", "Email us @newsdesk (tips welcome)",
                      "City orchestra names a new conductor (updated)", "Reach (@) the desk"]
        for s in posts { XCTAssertTrue(BoundaryScorer.hasHandleInBrackets(s), s) }
        for s in others { XCTAssertFalse(BoundaryScorer.hasHandleInBrackets(s), s) }
    }

    func testPostAttributionIsNoHeadline() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let post = "The orchestra has a new conductor — Jane Doe (@janedoe) July 12, 2019"
        let plain = "City orchestra names a new conductor for its winter season"
        for (line, isHeadline) in [(post, false), (plain, true)] {
            let lines = classifier.classify([h[0], h[1], "", line, "", o[0], o[1]].joined(separator: "\n")).lines
            let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
            XCTAssertEqual(scorer.headline(i, in: lines, facts: scorer.facts(lines)) != nil, isHeadline, line)
        }
    }
}
