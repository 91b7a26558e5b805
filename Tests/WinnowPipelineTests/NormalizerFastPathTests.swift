import XCTest
@testable import WinnowPipeline

/// The word-at-a-time normaliser and the open-addressing key tables give exactly what the plain
/// forms they replace give.
final class NormalizerFastPathTests: XCTestCase {
    /// The byte-at-a-time normaliser (the form before the 8-byte fast path), as the reference.
    private func reference(_ input: [UInt8], atStart: Bool) -> (out: [UInt8], repairs: Int, nuls: Int) {
        var out: [UInt8] = [], repairs = 0, nuls = 0
        input.withUnsafeBufferPointer { s in
            var i = 0
            let n = s.count
            if atStart && n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF { i = 3 }
            while i < n {
                let b = s[i]
                if b == 0x0D { out.append(0x0A); i += (i + 1 < n && s[i + 1] == 0x0A) ? 2 : 1; continue }
                if b == 0 { nuls += 1; out.append(0x20); i += 1; continue }
                if b < 0x80 { out.append(b); i += 1; continue }
                let len = TextNormalizer.sequenceLength(s, at: i)
                if len == 0 { repairs += 1; out += [0xEF, 0xBF, 0xBD]; i += 1 }
                else if len == 2 && b == 0xC2 && s[i + 1] == 0xA0 { out.append(0x20); i += 2 }
                else { out += s[i..<(i + len)]; i += len }
            }
        }
        return (out, repairs, nuls)
    }

    func testFastNormaliserEqualsTheByteLoop() {
        var rng = SeededGenerator()
        // Mostly prose bytes, with every special case sprinkled in at random places.
        let pieces: [[UInt8]] = [Array("plain ascii text ".utf8), [0x0D], [0x0D, 0x0A], [0], [0xC2, 0xA0],
                                 Array("é—“”".utf8), [0xEF, 0xBB, 0xBF], [0xFF], [0xE2, 0x80], [0xC3], [0xF0, 0x9F, 0x98, 0x80],
                                 [0xED, 0xA0, 0x80], [0x80], [0x7F], Array("x".utf8)]
        for round in 0..<3000 {
            var input: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &rng) { input += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
            if round % 3 == 0 { input = (0..<Int.random(in: 0...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) } }
            let atStart = round % 2 == 0
            let want = reference(input, atStart: atStart)
            var normalizer = TextNormalizer()
            var out: [UInt8] = Array("kept ".utf8)   // appends to what is there
            input.withUnsafeBufferPointer { normalizer.append($0, atStart: atStart, to: &out) }
            XCTAssertEqual(out, Array("kept ".utf8) + want.out, "input \(input)")
            XCTAssertEqual(normalizer.repairs, want.repairs)
            XCTAssertEqual(normalizer.nulBytes, want.nuls)
        }
    }

    func testLearnedKeyTableAndBlockKeySetEqualTheStandardCollections() {
        var rng = SeededGenerator()
        for size in [0, 1, 7, 100, 3000] {
            var counts: [UInt64: Int] = [:]
            for _ in 0..<size { counts[UInt64.random(in: 0...UInt64.max, using: &rng)] = Int.random(in: 0...50, using: &rng) }
            counts[0] = size   // key 0 is a valid key
            let table = LearnedKeyTable(counts)
            for (k, v) in counts { XCTAssertEqual(table.count(of: k), v) }
            for _ in 0..<200 {
                let k = UInt64.random(in: 0...UInt64.max, using: &rng)
                XCTAssertEqual(table.count(of: k), counts[k] ?? 0)
            }
            // Few distinct keys drawn many times, 0 among them.
            let keys = (0..<size).map { _ in UInt64.random(in: 0...UInt64(size / 2 + 1), using: &rng) }
            var set = BlockKeySet(capacity: keys.count)
            var reference = Set<UInt64>()
            for k in keys { XCTAssertEqual(set.insert(k), reference.insert(k).inserted) }
        }
    }

    /// Pair slots are stamped, not cleared: a slot marked for an earlier line (even 65,535 lines
    /// back, when the stamp wraps) never reads as the current line's.
    func testPairTableForgetsEarlierLines() {
        let table = PairTable()
        let a = Array("all rights reserved".utf8), b = Array("photo by".utf8)
        let literal = LineBigrams.indices(Array("rights".utf8))
        for round in 0..<70_000 {
            let line = round % 2 == 0 ? a : b
            line.withUnsafeBufferPointer { table.fill(from: $0) }
            let has = literal.withUnsafeBufferPointer { table.bigrams.containsAll($0) }
            XCTAssertEqual(has, round % 2 == 0)
            if round % 9_999 == 0 {
                XCTAssertEqual(table.marked, Set(LineBigrams.indices(line).map(Int.init)).sorted())
            }
        }
    }
}
