import XCTest
@testable import WinnowPipeline

/// An editor's note or correction repeated word for word across many stories of many sites (a
/// desk's template) is counted by the learner like furniture, but stays in the text: it is the
/// story's own (`EditorsNote`). A promo repeated as often is still stripped.
final class LearnedEditorsNoteTests: XCTestCase {
    func testRepeatedCorrectionStaysAndAPromoIsStripped() throws {
        let config = LearnedConfig(minDocuments: 5, proseMinWords: 12, minSources: 2)
        let learner = BoilerplateLearner(config: config)
        let note = "Correction: A previous version of this story misstated a spokesperson’s title."
        let promo = "Get the Morning Wire in your mailbox, 7 days a week"
        for (i, w) in ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"].enumerated() {
            // At a story's end, over its page's buttons (between two paragraphs it reads as a
            // subhead, and under the same prose each time as a duplicated story's headline: the
            // learner leaves both alone).
            learner.observe(TextBlock.dump("\(promo)\nHeadline about \(w) today\nUnique body line on \(w) with its own facts.\n\(note)\nShare on \(w)\n",
                                  source: i / 3))
        }
        let learned = learner.finish()
        XCTAssertGreaterThanOrEqual(learned.documentCount(LineKey.hash(note)), 5, "the note is counted as often as the promo")
        let classifier = try LineClassifier(config: CleanConfig(learned: config), learned: learned)
        let out = classifier.classify("\(note)\n\(promo)")
        XCTAssertNil(out.lines[0].strippedRule, "an editor's note is the story's text")
        XCTAssertEqual(out.lines[1].strippedRule, "learned")
    }

    func testLabels() {
        func opens(_ s: String) -> Bool { let b = Array(s.utf8); return b.withUnsafeBufferPointer { EditorsNote.opens($0) } }
        XCTAssertTrue(opens("Correction: An earlier version of this article misspelled a name."))
        XCTAssertTrue(opens("Editor’s note: This story was updated."))
        XCTAssertTrue(opens("EDITOR'S NOTE: This story has been corrected."))
        XCTAssertFalse(opens("Corrections officers said the prison was understaffed."))
        XCTAssertFalse(opens("Editors noted the change in March."))
        XCTAssertFalse(opens("Correction:"))
    }

    /// A correction under a story's trailer is the story's last line, never a headline candidate
    /// (over the next page's furniture it scored as one: a story of its own, the page's headline
    /// under it lost); an editor's note, which opens stories too, and a headline stay candidates.
    func testACorrectionIsNoHeadlineCandidate() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let p1 = "The council voted on Tuesday to approve the budget after a long debate about road repairs, school funding and the pay of city workers, officials said."
        let correction = "Correction: A previous version of this story misstated the mayor's title."
        let note = "Editor's note: The following column first appeared in The Harbour Times."
        let headline = "Harbour Authority Weighs Second Dredging Contract"
        let text = ["Council Approves Budget After Long Debate", p1, "The Associated Press contributed to this report.",
                    correction, "Share via Email", "Print", note, "By Tom Conti", p1, headline, "By Anna Rossi", p1].joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let facts = scorer.facts(lines)
        let c = try XCTUnwrap(lines.firstIndex { $0.content == correction })
        XCTAssertNil(scorer.headline(c, in: lines, facts: facts))
        let n = try XCTUnwrap(lines.firstIndex { $0.content == note })
        XCTAssertNotNil(scorer.headline(n, in: lines, facts: facts))
        let h = try XCTUnwrap(lines.firstIndex { $0.content == headline })
        XCTAssertNotNil(scorer.headline(h, in: lines, facts: facts))
        func corr(_ s: String) -> Bool { let b = Array(s.utf8); return b.withUnsafeBufferPointer { EditorsNote.opensCorrection($0) } }
        XCTAssertTrue(corr("CORRECTION: This story has been corrected."))
        XCTAssertFalse(corr("Editor's note: The following column first appeared in The Hill."))
        XCTAssertFalse(corr("Correctional officers said the prison was understaffed."))
    }
}
