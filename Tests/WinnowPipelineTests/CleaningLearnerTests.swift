import XCTest
@testable import WinnowPipeline

/// The CCNet-style learner: a line repeated across many documents is learned and stripped;
/// prose repeated as often is kept; counts are per document, not per occurrence.
final class CleaningLearnerTests: XCTestCase {
    private func block(_ text: String, source: Int) -> TextBlock {
        TextBlock(source: "f\(source).txt", sourceIndex: source, blockIndex: 0, isLastBlock: true,
                  position: InputPosition(line: 1, byteOffset: 0), text: text)
    }

    func testRepeatedLineIsLearnedAndStrippedButProseIsKept() throws {
        let config = LearnedConfig(minDocuments: 5, proseMinWords: 12, minSources: 2)
        let learner = BoilerplateLearner(config: config)
        let promo = "Get the Morning Wire in your mailbox, 7 days a week"
        let quote = "The president said the decision would be made in the coming weeks after a careful review of the evidence."
        let words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
        // Files 0, 0, 0, 1, 1, 1, 2, 2: blocks of one file arrive together, as in a run.
        for (i, w) in words.enumerated() {
            learner.observe(block("Headline about \(w) today\n\(promo)\n\(quote)\nUnique body line on \(w) with its own facts.\n\(promo)\n", source: i / 3))
        }
        let learned = learner.finish()
        XCTAssertEqual(learned.documentCount(LineKey.hash(promo)), 8, "counted once per document")
        XCTAssertTrue(learner.topLines.contains { $0.text == promo && $0.documents == 8 && $0.sources == 3 })
        let classifier = try LineClassifier(config: CleanConfig(learned: config), learned: learned)
        let out = classifier.classify("\(promo)\n\(quote)\nUnique body line on delta with its own facts.")
        XCTAssertEqual(out.lines[0].strippedRule, "learned")
        XCTAssertNil(out.lines[1].strippedRule, "prose is never stripped")
        XCTAssertNil(out.lines[2].strippedRule)
    }

    func testOneSourceAloneDoesNotMakeALineCommon() {
        let learner = BoilerplateLearner(config: LearnedConfig(minDocuments: 3, minSources: 2))
        for _ in 0..<10 { learner.observe(block("Only in one file\n", source: 0)) }
        XCTAssertEqual(learner.finish().documentCount(LineKey.hash("Only in one file")), 0)
    }

    func testBytesKeyMatchesStringKey() {
        for s in ["ADVERTISEMENT", "  Story continued below  ", "© 2024 Reuters — All rights reserved", "Ünïcode 12 lines"] {
            let bytes = Array(s.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer { LineKey.hash(bytes: $0) }, LineKey.hash(s))
        }
    }
}
