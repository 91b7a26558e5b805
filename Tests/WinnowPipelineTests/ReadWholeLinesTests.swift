import XCTest
@testable import WinnowPipeline

/// The read stage takes the complete lines in the reader's buffer in one piece
/// (`LineReader.bufferedLines`, `readText`'s `takeWhole`): its blocks, positions, repairs and
/// sniffer verdicts are those of reading line by line, whatever the line ends, bytes and block size.
final class ReadWholeLinesTests: XCTestCase {
    /// Blocks made line by line with `LineReader.next()`: the reference.
    private func lineByLine(_ path: String, blockBytes: Int) throws -> (blocks: [(String, Int, Int64)], repairs: Int) {
        let reader = LineReader(source: try FileByteSource(path: path), maxLineBytes: ReadConfig().maxLineBytes)
        var normalizer = TextNormalizer(), block: [UInt8] = [], start = (1, Int64(0))
        var blocks: [(String, Int, Int64)] = []
        while let line = try reader.next() {
            if block.isEmpty { start = (line.number, line.offset) }
            normalizer.append(line.bytes, atStart: line.number == 1, to: &block)
            block.append(0x0A)
            if block.count >= blockBytes {
                blocks.append((String(decoding: block, as: UTF8.self), start.0, start.1))
                block.removeAll()
            }
        }
        blocks.append((String(decoding: block, as: UTF8.self), start.0, start.1))
        return (blocks, normalizer.repairs)
    }

    private func read(_ path: String, blockBytes: Int) throws -> (blocks: [(String, Int, Int64)], repairs: Int) {
        var config = ReadConfig()
        config.blockBytes = blockBytes
        config.maxNulShare = 1   // NULs sprinkled in: text here (the sniffer's verdicts are tested below)
        var blocks: [(String, Int, Int64)] = [], repairs = 0
        let file = try XCTUnwrap(InputDiscovery.expand([path]).first)
        try ReadStage.decode(file, config: config) { event in
            switch event {
            case .block(let b): blocks.append((b.text, b.position.line, b.position.byteOffset))
            case .count("utf8_repairs", let n): repairs += n
            case .failed(let error, _): XCTFail("\(error)")
            default: break
            }
        }
        return (blocks, repairs)
    }

    func testBlocksEqualLineByLine() throws {
        let dir = try temporaryDirectory(self)
        var rng = SeededGenerator()
        // Line pieces with every case the normaliser and the line reader treat specially.
        let pieces: [[UInt8]] = [Array("Plain prose of a story, ".utf8), Array("“curly” — dashes ".utf8), [0xC2, 0xA0],
                                 [0xFF], [0xE2, 0x80], [0x0D], [0], Array("é".utf8), Array("x".utf8)]
        let ends: [[UInt8]] = [[0x0A], [0x0A], [0x0A], [0x0D, 0x0A], [0x0D, 0x0D, 0x0A], [0xE2, 0x0A], [0x0A, 0x0A]]
        for round in 0..<6 {
            var text: [UInt8] = round % 2 == 0 ? [0xEF, 0xBB, 0xBF] : []
            // Rounds 0-3 keep NUL and CR bytes out of the first 64 KiB (taken whole while the
            // sniffer still counts), 4-5 put some in early; round 3 has a line longer than the
            // 64 KiB taken at once.
            let target = 150_000 + round * 20_000
            while text.count < target {
                let early = text.count < 70_000 && round < 4
                for _ in 0..<Int.random(in: 0...12, using: &rng) {
                    var p = pieces[Int.random(in: 0..<pieces.count, using: &rng)]
                    if early { p = p.filter { $0 != 0 && $0 != 0x0D } }
                    text += p
                }
                if round == 3 && text.count > 90_000 && text.count < 100_000 { text += [UInt8](repeating: 0x61, count: 70_000) }
                var end = ends[Int.random(in: 0..<ends.count, using: &rng)]
                if early { end = end.filter { $0 != 0x0D } }
                text += end
            }
            if round == 5 { text += Array("no line end at the end".utf8) }
            let path = dir + "/t\(round).txt"
            write(text, to: path)
            for blockBytes in [1024, 5000, 1 << 22] {
                let want = try lineByLine(path, blockBytes: blockBytes), got = try read(path, blockBytes: blockBytes)
                XCTAssertEqual(got.repairs, want.repairs, "round \(round), block \(blockBytes)")
                XCTAssertEqual(got.blocks.count, want.blocks.count, "round \(round), block \(blockBytes)")
                for (g, w) in zip(got.blocks, want.blocks) {
                    XCTAssertEqual(g.0, w.0); XCTAssertEqual(g.1, w.1); XCTAssertEqual(g.2, w.2)
                }
            }
        }
    }

    func testSnifferVerdictUnchangedByWholeLines() throws {
        let dir = try temporaryDirectory(self)
        // NULs after a clean first line: binary once their share passes max_nul_share.
        let prose = Array(String(repeating: "clean text line\n", count: 200).utf8)
        write(Array("first\n".utf8) + prose + [UInt8](repeating: 0, count: 400) + Array("\nmore\n".utf8), to: dir + "/b.txt")
        var failed: InputError?
        let file = try XCTUnwrap(InputDiscovery.expand([dir + "/b.txt"]).first)
        try ReadStage.decode(file, config: ReadConfig()) { event in
            if case .failed(let error, _) = event { failed = error }
        }
        XCTAssertEqual(failed?.reason, "binary_file")
        XCTAssertEqual(failed?.position, "line 202, byte 3206")
    }
}
