import Foundation
import Logging
import XCTest
import WinnowCore
@testable import WinnowPipeline

/// Dedup spools each story's shingle digest (the 32-bit form the index stores), not its 64-bit
/// shingle set, and confirms pairs within a batch on it: one exact Jaccard for within- and
/// cross-batch pairs, at half the spooled bytes.
final class DedupDigestSpoolTests: XCTestCase {
    func testPieceSpoolHoldsSignatureThenDigestAndPairsAreMeasuredOnIt() throws {
        let dir = try temporaryDirectory(self)
        let context = RunContext(logger: Logger(label: "test"), threads: 1,
                                 rejected: try RecordFile(path: dir + "/rejected.jsonl.gz", level: 1))
        let stage = try DedupStage(config: DedupConfig(), context: context, spoolDirectory: dir,
                                   duplicates: try RecordFile(path: dir + "/duplicates.jsonl.gz", level: 1), batchName: nil)
        let base = (0..<300).map { "word\($0 % 170)" }.joined(separator: " ")
        let texts = [base, base + " and then one more clause at the end", "a different story told here", base]
        let docs = texts.enumerated().map { i, text in
            Document(id: "doc-\(i)", text: text, title: nil, source: "s.txt", metadata: [:], sourceIndex: 0, storyIndex: i,
                     position: InputPosition(line: i, byteOffset: 0))
        }
        try stage.process(docs) { _ in }
        try stage.pieceSpool.finishWriting()
        try stage.slotSpool.finishWriting()
        stage.slots = try stage.slotSpool.readPacked(DedupStage.Slot.self)
        let hasher = MinHasher(parameters: stage.parameters)
        let k = stage.parameters.permutations
        var expectedBytes = 0
        for (i, text) in texts.enumerated() {
            let digest = ShingleDigest.make(hasher.shingleSet(text))
            var spooled: [UInt32] = []
            try stage.readDigest(i, into: &spooled)
            XCTAssertEqual(spooled, digest, "doc \(i)")
            XCTAssertEqual(try stage.shingleDigest(i), digest)
            XCTAssertEqual(try stage.signature(i), hasher.signature(text))
            expectedBytes += 4 * (k + digest.count)
        }
        let size = try FileManager.default.attributesOfItem(atPath: stage.pieceSpool.path)[.size] as? Int
        XCTAssertEqual(size, expectedBytes, "per story its signature and its 32-bit digest, nothing else")
        let exact = try PairReader(stage: stage).measure(0, 1).exact
        XCTAssertEqual(exact, Jaccard.exact(ShingleDigest.make(hasher.shingleSet(texts[0])),
                                            ShingleDigest.make(hasher.shingleSet(texts[1]))))
    }
}
