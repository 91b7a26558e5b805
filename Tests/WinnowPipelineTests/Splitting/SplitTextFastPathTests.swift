import Foundation
import XCTest
@testable import WinnowPipeline

/// `SplitText`'s 8-byte skips must answer exactly as the byte-by-byte definitions, wherever marks
/// fall against the chunks.
final class SplitTextFastPathTests: XCTestCase {
    private let parts = ["I", "have", "OCD", ".", "?", "!", " ", "  ", "Here's", "Sen", "Army", "Dept", "U.S", "\"",
                         "“", "é", "Über", "the", "Quick", "2024", "—", "a", "Relief", "x.", "\t", "(", "Work"]

    private func randomLine(_ rng: inout SeededGenerator, ascii: Bool) -> String {
        let pool = ascii ? parts.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : parts
        return (0..<Int.random(in: 0...24, using: &rng)).map { _ in pool[Int.random(in: 0..<pool.count, using: &rng)] }.joined()
    }

    /// `hasInnerSentenceBreak` without the 8-byte skip: the break test at every byte.
    private func byteWalk(_ s: String) -> Bool {
        SplitText.withBytes(s) { u in
            let end = SplitText.sentenceEnd(u)
            var k = 3
            while k + 2 < end {
                if SplitText.isSentenceBreak(u, at: k) { return true }
                k += 1
            }
            return false
        }
    }

    func testInnerSentenceBreakSkipEqualsByteWalk() throws {
        var rng = SeededGenerator()
        for _ in 0..<5000 {
            let s = randomLine(&rng, ascii: Bool.random(using: &rng))
            XCTAssertEqual(SplitText.hasInnerSentenceBreak(s), byteWalk(s), s)
        }
        var lines = 0
        for s in try sampleLines() {
            XCTAssertEqual(SplitText.hasInnerSentenceBreak(s), byteWalk(s), s)
            lines += 1
        }
        XCTAssertGreaterThan(lines, 500)
    }

    func testTitleCaseShareEqualsScalars() throws {
        var rng = SeededGenerator()
        for _ in 0..<5000 {
            let s = randomLine(&rng, ascii: Bool.random(using: &rng))
            XCTAssertEqual(SplitText.titleCaseShare(s), SplitText.titleCaseShareOfScalars(s), s)
        }
        for s in try sampleLines() { XCTAssertEqual(SplitText.titleCaseShare(s), SplitText.titleCaseShareOfScalars(s), s) }
    }

    private func sampleLines() throws -> [String] {
        let sample = CleaningFixtures.root.appendingPathComponent("Fixtures/devset/sample").path
        var out: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: sample).sorted() where name.contains(".txt") {
            for block in try ExplainSupport.readBlocks(path: sample + "/" + name, config: ReadConfig()) {
                out += block.text.split(separator: "\n").map(String.init)
            }
        }
        return out
    }
}
