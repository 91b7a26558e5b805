import XCTest
@testable import WinnowPipeline

/// An editor's note or correction repeated word for word across many stories of many sites (a
/// desk's template) is counted by the learner like furniture, but stays in the text: it is the
/// story's own (`EditorsNote`). A promo repeated as often is still stripped.
final class LearnedEditorsNoteTests: XCTestCase {
    private func block(_ text: String, source: Int) -> TextBlock {
        TextBlock(source: "f\(source).txt", sourceIndex: source, blockIndex: 0, isLastBlock: true,
                  position: InputPosition(line: 1, byteOffset: 0), text: text)
    }

    func testRepeatedCorrectionStaysAndAPromoIsStripped() throws {
        let config = LearnedConfig(minDocuments: 5, proseMinWords: 12, minSources: 2)
        let learner = BoilerplateLearner(config: config)
        let note = "Correction: A previous version of this story misstated a spokesperson’s title."
        let promo = "Get the Morning Wire in your mailbox, 7 days a week"
        for (i, w) in ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"].enumerated() {
            // At a story's end, over its page's buttons (between two paragraphs it reads as a
            // subhead, and under the same prose each time as a duplicated story's headline: the
            // learner leaves both alone).
            learner.observe(block("\(promo)\nHeadline about \(w) today\nUnique body line on \(w) with its own facts.\n\(note)\nShare on \(w)\n",
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
}
