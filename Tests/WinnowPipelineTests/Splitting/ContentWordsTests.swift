import Foundation
import XCTest
@testable import WinnowPipeline

/// `Cohesion.forEachContentWord` reads plain ASCII eight bytes at a time and hashes letter runs in
/// pieces; it must find exactly the words (and hashes) of the byte-by-byte definition, wherever
/// words fall against the 8-byte chunks.
final class ContentWordsTests: XCTestCase {
    /// The definition, one byte at a time: word bytes per `letterFold`, a typographic dash, curly
    /// quote or `…` (0xE2 0x80 0x90-0x9F / 0xA6) separates, words of 5+ bytes that are not stop words.
    private func reference(_ s: String) -> [UInt64] {
        let u = Array(s.utf8)
        var out: [UInt64] = []
        var w = WordHash()
        func end() {
            if w.length >= 5 && !Cohesion.isStopword(w.value) { out.append(w.value) }
            w = WordHash()
        }
        var i = 0
        while i < u.count {
            let f = Cohesion.letterFold[Int(u[i])]
            i += 1
            if f > 1 { w.append(f); continue }
            if f == 1 {
                if u.count - i >= 2 && u[i] == 0x80 && (u[i + 1] & 0xF0 == 0x90 || u[i + 1] == 0xA6) { i += 2 } else { w.append(0xE2); continue }
            }
            end()
        }
        end()
        return out
    }

    func testWordHashFromMemoryEqualsByteByByte() {
        var rng = SeededGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...40, using: &rng)).map { _ in letters.randomElement(using: &rng)! }
            let s = Int.random(in: 0..<text.count, using: &rng), e = Int.random(in: (s + 1)...text.count, using: &rng)
            var one = WordHash()
            for b in text[s..<e] { one.append(b | 0x20) }
            let fromMemory = text.withUnsafeBufferPointer { WordHash.ascii($0.baseAddress!, from: s, to: e) }
            XCTAssertEqual(one.value, fromMemory, "\(text) \(s)..<\(e)")
            XCTAssertEqual(one.length, e - s)
        }
        XCTAssertNotEqual(Cohesion.hash("senate"), Cohesion.hash("senates"))
        XCTAssertNotEqual(Cohesion.hash("abcdefgh"), Cohesion.hash("abcdefghi"))
        XCTAssertEqual(Cohesion.contentWords("SENATE Senate senate"), [Cohesion.hash("senate"), Cohesion.hash("senate"), Cohesion.hash("senate")])
    }

    func testScannerEqualsByteDefinitionOnRandomText() {
        var rng = SeededGenerator()
        let parts = ["a", "Senate", "ceasefire", " ", "  ", ",", ".", "-", "’", "‘", "—", "–", "…", "“", "é", "ÉLECTION",
                     "→", "™", "\u{2009}", "x", "Washington", "which", "about", "1999", "\t", "naïve", "ab", "abcdefgh",
                     "ABCDEFGHIJKLMNOP", "\u{E2}"]
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...30, using: &rng)).map { _ in parts[Int.random(in: 0..<parts.count, using: &rng)] }.joined()
            XCTAssertEqual(Cohesion.contentWords(s), reference(s), s)
        }
        // A truncated 0xE2 sequence at the end of the bytes.
        let truncated = String(decoding: Array("hornets and".utf8) + [0xE2, 0x80], as: UTF8.self)
        XCTAssertEqual(Cohesion.contentWords(truncated), reference(truncated))
    }

    func testScannerEqualsByteDefinitionOnSampleDumps() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let sample = CleaningFixtures.root.appendingPathComponent("Fixtures/devset/sample").path
        var words = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: sample).sorted() where name.contains(".txt") {
            for block in try ExplainSupport.readBlocks(path: sample + "/" + name, config: ReadConfig()) {
                for line in classifier.classify(block.text).lines {
                    let got = Cohesion.contentWords(line.content)
                    XCTAssertEqual(got, reference(String(line.content)), String(line.content))
                    words += got.count
                }
            }
        }
        XCTAssertGreaterThan(words, 1000)
    }
}
