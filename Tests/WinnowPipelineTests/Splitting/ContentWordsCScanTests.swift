import CWinnowScan
import XCTest
@testable import WinnowPipeline

/// `Cohesion.init` takes its word keys from the C scan (`winnow_content_word_keys`: 64-byte bit
/// masks); it must give exactly the keys of `Cohesion.forEachContentWord`, stop words included,
/// wherever words and typographic separators fall against the 64-byte blocks.
final class ContentWordsCScanTests: XCTestCase {
    private func cKeys(_ bytes: [UInt8]) -> [UInt64] {
        let n = bytes.count
        var keys = [UInt64](repeating: 0, count: n / 5 + 1)
        var masks = [UInt64](repeating: 0, count: winnow_content_word_masks(n))
        let count = bytes.withUnsafeBufferPointer { u -> Int in
            guard let base = u.baseAddress else { return 0 }
            return winnow_content_word_keys(base, n, &keys, &masks)
        }
        return Array(keys[..<count])
    }

    private func swiftKeys(_ bytes: [UInt8]) -> [UInt64] {
        var out: [UInt64] = []
        bytes.withUnsafeBufferPointer { Cohesion.forEachContentWord($0) { out.append($0) } }
        return out
    }

    func testCScanEqualsSwiftScanOnRandomText() {
        var rng = SeededGenerator()
        let parts = ["a", "Senate", "ceasefire", " ", "  ", ",", ".", "-", "’", "‘", "—", "–", "…", "“", "é", "ÉLECTION",
                     "→", "™", "\u{2009}", "x", "Washington", "which", "about", "1999", "\t", "naïve", "ab", "abcdefgh",
                     "ABCDEFGHIJKLMNOP", "abcde", "Zürich’s", "internationalization", "[", "@", "`", "{"]
        for _ in 0..<4000 {
            let s = (0..<Int.random(in: 0...90, using: &rng)).map { _ in parts[Int.random(in: 0..<parts.count, using: &rng)] }.joined()
            let u = Array(s.utf8)
            XCTAssertEqual(cKeys(u), swiftKeys(u), s)
        }
    }

    func testCScanAtBlockEdges() {
        // A long word, a separator or a truncated 0xE2 sequence at every offset around the
        // 64-byte block edges and the end of the bytes.
        let fillers: [[UInt8]] = [Array("’".utf8), Array("—".utf8), Array("…".utf8), [0xE2], [0xE2, 0x80], Array("é".utf8), [0x20]]
        for pad in 0..<140 {
            for f in fillers {
                for word in ["Senate", "abcde", "internationally", "Zürich"] {
                    let u = [UInt8](repeating: 0x61, count: pad) + f + Array(word.utf8) + f
                    XCTAssertEqual(cKeys(u), swiftKeys(u), "\(pad) \(f) \(word)")
                    let v = Array(word.utf8) + [UInt8](repeating: 0x20, count: pad) + f + Array(word.utf8)
                    XCTAssertEqual(cKeys(v), swiftKeys(v), "\(pad) \(f) \(word)")
                }
            }
        }
        XCTAssertEqual(cKeys([]), [])
        XCTAssertEqual(cKeys(Array("abcd".utf8)), [])
    }
    func testCScanKeysWordsOfEveryLength() {
        // Words of 5-20 bytes (9-15 take the inline one-block key), ASCII or with a non-ASCII
        // byte (keyed byte by byte), at every offset from the line's start.
        for length in 5...20 {
            let word = Array(String("ABCDEFGHIJKLMNOPQRSTU".prefix(length)).utf8)
            for pad in 0..<20 {
                for w in [word, Array("é".utf8) + word.dropFirst(2)] {
                    let u = [UInt8](repeating: 0x2C, count: pad) + w + [0x20] + w
                    let keys = cKeys(u)
                    XCTAssertEqual(keys, swiftKeys(u), "\(length) \(pad)")
                    XCTAssertEqual(keys.count, 2)
                    XCTAssertEqual(Set(keys).count, 1, "one word, one key")
                }
            }
        }
    }
}
