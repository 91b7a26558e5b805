import Foundation
import XCTest
@testable import WinnowPipeline

/// `Cohesion` works on word ids and scratch marks; it must give exactly (bit for bit) what the
/// sorted-hash-array version it replaced gave, on every line of real dumps and on synthetic texts
/// with tiny vocabularies (many repeats, many overlaps).
final class CohesionMarksTests: XCTestCase {
    /// The previous implementation: per-line hash arrays, windows sorted and deduplicated, merged.
    private struct Reference {
        let words: [[UInt64]]
        let isBody: [Bool]
        let window: Int

        init(_ lines: [ClassifiedLine], window: Int) {
            self.window = window
            isBody = lines.map { $0.kind == .body }
            words = lines.map { $0.kind == .body ? Cohesion.contentWords($0.content) : [] }
        }

        func similarity(at i: Int) -> Double {
            var before: [UInt64] = [], after: [UInt64] = []
            var n = 0, j = i - 1
            while j >= 0 && n < window {
                if isBody[j] { before += words[j]; n += words[j].count }
                j -= 1
            }
            n = 0; j = i + 1
            while j < words.count && n < window {
                if isBody[j] { after += words[j]; n += words[j].count }
                j += 1
            }
            Cohesion.sortUnique(&before)
            Cohesion.sortUnique(&after)
            guard before.count >= 8, after.count >= 8 else { return -1 }
            return Cohesion.cosine(before, after)
        }

        func farSimilarity() -> Double {
            var chunks: [[UInt64]] = []
            var current: [UInt64] = []
            for (k, ws) in words.enumerated() where isBody[k] {
                for w in ws {
                    current.append(w)
                    if current.count == window { Cohesion.sortUnique(&current); chunks.append(current); current = [] }
                }
            }
            var sims: [Double] = []
            for a in chunks.indices {
                for b in stride(from: a + 4, to: min(chunks.count, a + 9), by: 1) {
                    sims.append(Cohesion.cosine(chunks[a], chunks[b]))
                }
            }
            guard sims.count >= 3 else { return -1 }
            sims.sort()
            return sims[sims.count / 2]
        }
    }

    private func assertSame(_ lines: [ClassifiedLine], window: Int, _ label: String) {
        let fast = Cohesion(lines, window: window)
        let ref = Reference(lines, window: window)
        XCTAssertEqual(fast.farSimilarity(), ref.farSimilarity(), "\(label) far, window \(window)")
        for i in lines.indices {
            let (a, b) = (fast.similarity(at: i), ref.similarity(at: i))
            if a != b { XCTFail("\(label) line \(i), window \(window): \(a) vs \(b)"); return }
        }
    }

    func testEqualsSortedArraysOnSampleDumps() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let sample = CleaningFixtures.root.appendingPathComponent("Fixtures/devset/sample").path
        var checked = 0, farKnown = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: sample).sorted() where name.contains(".txt") {
            for block in try ExplainSupport.readBlocks(path: sample + "/" + name, config: ReadConfig()) {
                let lines = classifier.classify(block.text).lines
                for window in [60, 7, 150] { assertSame(lines, window: window, name) }
                if Cohesion(lines, window: 60).farSimilarity() >= 0 { farKnown += 1 }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 0)
        XCTAssertGreaterThan(farKnown, 0, "no sample dump long enough to compare far similarity")
    }

    func testEqualsSortedArraysOnSmallVocabularies() {
        var rng = SeededGenerator()
        let vocabulary = ["senate", "ceasefire", "harbour", "election", "budget", "weather", "football",
                          "pipeline", "minister", "vaccine", "tariffs", "wildfire", "Senate", "ÉLECTION",
                          "élection", "which", "about", "cat", "dog"]
        for _ in 0..<150 {
            let distinct = Int.random(in: 2...vocabulary.count, using: &rng)
            var lines: [ClassifiedLine] = []
            for _ in 0..<Int.random(in: 1...120, using: &rng) {
                let kindRoll = Int.random(in: 0..<10, using: &rng)
                let words = (0..<Int.random(in: 0...25, using: &rng)).map { _ in vocabulary[Int.random(in: 0..<distinct, using: &rng)] }
                let text = words.joined(separator: kindRoll == 0 ? ", " : " ")
                let kind: LineKind = kindRoll == 1 ? .blank : kindRoll == 2 ? .stripped(rule: "x", role: nil) : .body
                lines.append(ClassifiedLine(text: text, content: text, kind: kind, detail: "", metadata: [:],
                                            key: 0, words: words.count))
            }
            for window in [0, 1, 8, 20, 60] { assertSame(lines, window: window, "synthetic") }
        }
    }

    func testWordIDsAreDenseAndStableAcrossGrowth() {
        var table = WordIDs()
        defer { table.deallocate() }
        // Far more keys than the first table holds: ids survive every growth.
        let keys = (0..<5000).map { Cohesion.hash("word\($0)") }
        for (i, k) in keys.enumerated() { XCTAssertEqual(table.id(of: k), Int32(i)) }
        for (i, k) in keys.enumerated().reversed() { XCTAssertEqual(table.id(of: k), Int32(i)) }
        XCTAssertEqual(table.count, keys.count)
    }

    /// `appendIDs` (a line's words at once, the table in locals) writes the ids `id(of:)` gives
    /// the same keys one by one, stop words left out, across growth and across calls.
    func testAppendIDsWritesWhatIdOfGives() {
        var batch = WordIDs(expected: 4, stopwords: Cohesion.stopwords)
        var single = WordIDs(expected: 4, stopwords: Cohesion.stopwords)
        defer { batch.deallocate(); single.deallocate() }
        let words = (0..<3000).map { Cohesion.hash("word\($0 % 1700)") }
        var keys: [UInt64] = []
        for (i, w) in words.enumerated() {
            keys.append(w)
            if i % 7 == 0 { keys.append(Cohesion.stopwords[i % Cohesion.stopwords.count]) }
        }
        var got: [Int32] = [], expected: [Int32] = []
        // Lines of 0 to 40 keys.
        var k = 0, n = 0
        while k < keys.count {
            let line = Array(keys[k..<min(keys.count, k + n % 41)])
            var out = [Int32](repeating: 0, count: line.count)
            let written = line.withUnsafeBufferPointer { l in
                out.withUnsafeMutableBufferPointer { batch.appendIDs(of: l.baseAddress ?? UnsafePointer(bitPattern: 8)!, count: l.count, to: $0.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!) }
            }
            got += out.prefix(written)
            for key in line { let id = single.id(of: key); if id != WordIDs.stopword { expected.append(id) } }
            k += line.count; n += 1
        }
        XCTAssertEqual(got, expected)
        XCTAssertEqual(batch.count, single.count)
        XCTAssertEqual(batch.count, 1700)
    }

    /// Stop words entered up front take no id and stay stop words through every growth; the
    /// other words get the ids they get in a table without them.
    func testWordIDsAnswerStopwordsAcrossGrowth() {
        var table = WordIDs(expected: 4, stopwords: Cohesion.stopwords)
        defer { table.deallocate() }
        let keys = (0..<5000).map { Cohesion.hash("word\($0)") }
        for (i, k) in keys.enumerated() {
            XCTAssertEqual(table.id(of: k), Int32(i))
            if i % 500 == 0 { for h in Cohesion.stopwords { XCTAssertEqual(table.id(of: h), WordIDs.stopword) } }
        }
        for h in Cohesion.stopwords { XCTAssertEqual(table.id(of: h), WordIDs.stopword) }
        for (i, k) in keys.enumerated().reversed() { XCTAssertEqual(table.id(of: k), Int32(i)) }
        XCTAssertEqual(table.count, keys.count)
        XCTAssertTrue(Cohesion.stopwords.allSatisfy(Cohesion.isStopword))
    }
}
