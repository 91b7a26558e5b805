import CWinnowScan
import XCTest
@testable import WinnowPipeline

/// `winnow_collapse_blanks` (the caption search text's blank collapsing, in place) gives what the
/// byte-by-byte definition gives: trimmed, each run of spaces and tabs one space.
final class CollapseBlanksTests: XCTestCase {
    private func reference(_ u: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], blank = true
        for b in u {
            if b == 0x20 || b == 0x09 { blank = true; continue }
            if blank && !out.isEmpty { out.append(0x20) }
            blank = false
            out.append(b)
        }
        return out
    }

    func testCollapsesAsTheDefinition() {
        var rng = SeededGenerator()
        let alphabet: [UInt8] = Array("ab  \t“xyzQ.".utf8)
        var cases: [[UInt8]] = ["", " ", "\t\t", "a", " a ", "a  b", "a\tb", "The quick brown fox jumps over the lazy dog  ",
                                String(repeating: "word ", count: 40), String(repeating: "w  \t", count: 30)].map { Array($0.utf8) }
        for _ in 0..<20000 {
            let n = Int.random(in: 0...120, using: &rng)
            let prose = Bool.random(using: &rng)
            cases.append((0..<n).map { _ in
                prose ? (Int.random(in: 0..<7, using: &rng) == 0 ? 0x20 : UInt8.random(in: 0x61...0x7A, using: &rng))
                      : alphabet.randomElement(using: &rng)!
            })
        }
        for c in cases {
            var bytes = c
            let kept = bytes.withUnsafeMutableBufferPointer { winnow_collapse_blanks($0.baseAddress, $0.count) }
            XCTAssertEqual(Array(bytes.prefix(kept)), reference(c), String(decoding: c, as: UTF8.self))
        }
    }
}
