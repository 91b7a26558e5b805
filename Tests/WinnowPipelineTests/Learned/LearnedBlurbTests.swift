import XCTest
@testable import WinnowPipeline

/// The learner's "embedded" test does not keep a one-sentence paragraph: a site's blurb set between
/// an article's paragraphs (`Columnists In-depth political coverage, … commentary.`) repeats across
/// outlets and contexts like any furniture. Subheads, questions and quotes between paragraphs stay.
final class LearnedBlurbTests: XCTestCase {
    private let topics = ["harbour", "railway", "library", "hospital", "bridge", "market"]

    /// The documents the learner counts `line` in, set between two paragraphs about each topic in
    /// six dumps of six sources.
    private func documents(of line: String) -> Int {
        let learner = BoilerplateLearner(config: LearnedConfig(minDocuments: 5, minSources: 2, minContexts: 3))
        for (i, t) in topics.enumerated() {
            learner.observe(TextBlock.dump("""
                Residents of the \(t) district gave their views on the plan at a long meeting on Tuesday.
                \(line)
                The \(t) project will go to a final vote in the spring after more public hearings.

                """, source: i))
        }
        return learner.finish().documentCount(LineKey.hash(line))
    }

    func testBlurbBetweenParagraphsIsLearned() {
        XCTAssertEqual(documents(of: "Columnists In-depth political coverage, sports analysis and cultural commentary."), 6)
    }

    func testSubheadBetweenParagraphsIsKept() {
        XCTAssertEqual(documents(of: "What the council decides next"), 0)
        XCTAssertEqual(documents(of: "Who pays for the new plan?"), 0)
    }

    /// A quote repeated in several stories between their paragraphs is reporting, not furniture.
    func testQuoteBetweenParagraphsIsKept() {
        XCTAssertEqual(documents(of: "“We will not stop until the work is done,” she said."), 0)
        XCTAssertEqual(documents(of: "\"We will not stop until the work is done,\" she said."), 0)
    }

    func testShape() {
        func para(_ s: String) -> Bool {
            let b = Array(s.utf8)
            return b.withUnsafeBufferPointer { BoilerplateLearner.isSentenceParagraph($0, words: s.split(separator: " ").count) }
        }
        XCTAssertTrue(para("Jack Shafer is Politico’s senior media writer."))
        XCTAssertFalse(para("Thank you all very much."), "five words: a short utterance, not a blurb")
        XCTAssertFalse(para("What happens to the plan after the vote?"), "a question reads as a subhead")
        XCTAssertFalse(para("« Nous irons jusqu’au bout de ce travail », a-t-elle dit."))
        XCTAssertFalse(para("What the council decides next"))
    }
}
