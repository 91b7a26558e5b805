import XCTest
@testable import WinnowPipeline

/// The learned pass reads text dumps as bytes (`ReadStage.decode(textAsBytes:)`) and counts in a
/// `KeyMap`: both must give exactly what the String path and a `Dictionary` gave.
final class LearnedReadTests: XCTestCase {
    /// Blocks (as bytes) of every input, by `ReadStage.decode` as Strings and as bytes.
    private func blocks(_ dir: String, config: ReadConfig, head: (InputFile) -> Int64?) throws -> ([[UInt8]], [[UInt8]]) {
        var want: [[UInt8]] = [], got: [[UInt8]] = []
        for file in try InputDiscovery.expand([dir]) {
            try ReadStage.decode(file, config: config, headBytes: head(file)) { event in
                switch event {
                case .block(let b): want.append(Array(b.text.utf8) + [UInt8(truncatingIfNeeded: b.sourceIndex)])
                case .records(let r): for b in r { want.append(Array(b.text.utf8) + [UInt8(truncatingIfNeeded: b.sourceIndex)]) }
                default: break
                }
            }
            try ReadStage.decode(file, config: config, headBytes: head(file), textAsBytes: true) { event in
                switch event {
                case .block: XCTFail("a String block when bytes were asked for")
                case .textBytes(let b, let i): got.append(b + [UInt8(truncatingIfNeeded: i)])
                case .records(let r): for b in r { got.append(Array(b.text.utf8) + [UInt8(truncatingIfNeeded: b.sourceIndex)]) }
                default: break
                }
            }
        }
        return (want, got)
    }

    func testTextBlocksAreTheReadStagesBlocksAsBytes() throws {
        let dir = try temporaryDirectory(self)
        var text: [UInt8] = [0xEF, 0xBB, 0xBF]
        for i in 0..<3000 {
            text += Array("Line \(i) of a dump\r\n".utf8)
            if i % 97 == 0 { text += [0x41, 0xC2, 0xA0, 0x42, 0xFF, 0xE2, 0x82, 0x0A] }   // NBSP, invalid bytes
            if i % 501 == 0 { text += [UInt8](repeating: 0x78, count: 3000) + [0x0A] }     // over max_line_bytes
        }
        write(text, to: dir + "/a.txt")
        write(try gzipBytes(text), to: dir + "/b.txt.gz")
        let gz = try gzipBytes(text)
        write(Array(gz[0..<(gz.count * 2 / 3)]), to: dir + "/c.txt.gz")   // truncated: the text so far is kept
        write([], to: dir + "/d.txt")                                        // empty: rejected, no block
        write([UInt8](repeating: 0x79, count: 5000), to: dir + "/e.txt")     // only an oversized line
        write(Array("x\u{0}\u{0}\u{0}\u{0}\u{0}\n".utf8), to: dir + "/f.txt") // binary
        write(Array("{\"text\":\"A record\\r\\nline two\",\"source\":\"s\"}\n".utf8), to: dir + "/g.jsonl")
        var config = ReadConfig()
        config.blockBytes = 5000
        config.maxLineBytes = 2000
        for head: Int64? in [nil, 20_000] {
            let (want, got) = try blocks(dir, config: config, head: { _ in head })
            XCTAssertGreaterThan(want.count, 10)
            XCTAssertEqual(got, want, "head \(String(describing: head))")
        }
    }

    func testKeyMapHoldsWhatADictionaryHolds() {
        var rng = SeededGenerator()
        var map = KeyMap(blank: 0)
        var dict: [UInt64: Int] = [:]
        let pool = (0..<3000).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) } + [0, 1]
        for round in 0..<20_000 {
            let key = pool.randomElement(using: &rng)!
            let p = map.probe(key)
            if p.found { map[slot: p.slot] += 1 } else { map.insert(key, 1, at: p.slot) }
            dict[key, default: 0] += 1
            if round % 5000 == 4999 {
                map.filter { $0 > 2 }
                dict = dict.filter { $0.value > 2 }
            }
        }
        map.updateValues { $0 *= 3 }
        XCTAssertEqual(map.count, dict.count)
        XCTAssertEqual(map.dictionary, dict.mapValues { $0 * 3 })
        for key in pool { XCTAssertEqual(map[key], dict[key].map { $0 * 3 }) }
    }

    /// `updateOrInsert` (the learner's one call per counted line) holds what probe, get, set and
    /// insert held, and inserts nothing once `limit` keys are held (`full`: the learner evicts first).
    func testKeyMapUpdateOrInsertIsProbeThenSetOrInsert() {
        var rng = SeededGenerator()
        var map = KeyMap(blank: 0), reference = KeyMap(blank: 0)
        let pool = (0..<500).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) } + [0]
        for _ in 0..<5000 {
            let key = pool.randomElement(using: &rng)!, next = pool.randomElement(using: &rng)!
            let p = reference.probe(key)
            if p.found { reference[slot: p.slot] += 2 } else { reference.insert(key, 1, at: p.slot) }
            switch map.updateOrInsert(key, below: .max, prefetching: next, update: { $0 += 2 }, make: { 1 }) {
            case .updated(let v): XCTAssertTrue(p.found); XCTAssertEqual(v, reference[key])
            case .inserted: XCTAssertFalse(p.found)
            case .full: XCTFail("no limit")
            }
        }
        XCTAssertEqual(map.dictionary, reference.dictionary)
        let held = map.count, absent: UInt64 = 0x1234_5678_9ABC_DEF1
        XCTAssertNil(map[absent])
        guard case .full = map.updateOrInsert(absent, below: held, prefetching: nil, update: { $0 += 2 }, make: { 1 })
        else { return XCTFail("a new key past the limit must not go in") }
        XCTAssertEqual(map.count, held)
        XCTAssertNil(map[absent])
        guard case .updated(let v) = map.updateOrInsert(pool[0], below: held, prefetching: nil, update: { $0 += 2 }, make: { 1 })
        else { return XCTFail("a key held is updated at the limit") }
        XCTAssertEqual(v, reference[pool[0]]! + 2)
    }

    /// Key 0 marks an empty slot, so a real key 0 lives apart: it must survive growth and `filter`
    /// and be seen by `forEach` like any key.
    func testKeyMapKeepsKeyZeroThroughGrowth() {
        var map = KeyMap(blank: 0)
        let p0 = map.probe(0)
        XCTAssertFalse(p0.found)
        map.insert(0, 7, at: p0.slot)
        for k in 1...1000 as ClosedRange<UInt64> {
            let p = map.probe(k &* 0x9E37_79B9_7F4A_7C15)
            XCTAssertFalse(p.found)
            map.insert(k &* 0x9E37_79B9_7F4A_7C15, Int(k % 3), at: p.slot)
        }
        XCTAssertEqual(map.count, 1001)
        XCTAssertEqual(map[0], 7)
        map.filter { $0 != 1 }
        XCTAssertEqual(map[0], 7)
        XCTAssertNil(map[1 &* 0x9E37_79B9_7F4A_7C15])
        var zeros = 0
        map.forEach { key, value in if key == 0 { zeros += 1; XCTAssertEqual(value, 7) } }
        XCTAssertEqual(zeros, 1)
        map.filter { $0 == 2 }
        XCTAssertNil(map[0])
        XCTAssertFalse(map.probe(0).found)
    }
}
