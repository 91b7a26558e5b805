import Foundation
import XCTest
@testable import WinnowPipeline

/// Seeded random inputs through reader → normaliser → JSON parser → cleaner → splitter.
///
/// The default run tries a few thousand inputs; `WINNOW_FUZZ_ITERATIONS=1000000 swift test -c release
/// --filter FuzzTests` is the long run. Every input must come out without a crash, within a time
/// bound (no hang), with valid output, and memory must not grow with the number of inputs.
final class FuzzTests: XCTestCase {
    /// Bytes from memory, in chunks of a random size (so line ends fall everywhere).
    final class MemorySource: ByteSource {
        let bytes: [UInt8]
        var at = 0
        let chunk: Int
        var fileBytesRead: Int64 { Int64(at) }
        init(_ bytes: [UInt8], chunk: Int) { self.bytes = bytes; self.chunk = max(1, chunk) }
        func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
            let n = min(capacity, chunk, bytes.count - at)
            guard n > 0 else { return 0 }
            bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + at, count: n) }
            at += n
            return n
        }
        func close() {}
    }

    static let root = URL(fileURLWithPath: packageRoot())

    /// Real material to mutate: the seed dumps' lines and some hostile pieces.
    static let corpusLines: [[UInt8]] = {
        let dir = root.appendingPathComponent("Fixtures/seeds").path
        var lines: [[UInt8]] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir).sorted()) ?? [] where name.hasSuffix(".txt") {
            let text = (try? String(contentsOfFile: dir + "/" + name, encoding: .utf8)) ?? ""
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        }
        let hostile = ["", "   ", "\u{FEFF}", "Follow", "Short Url", "(LONDON) —", "BRUSSELS:", "•", "©", "\u{00A0}",
                       "Updated 5 sec ago", "date 2024-10-28", "Source: x", "@a/Twitter", "{\"text\": 1}", "\"\\u", "\\ud800"]
        return lines + hostile.map { Array($0.utf8) }
    }()

    func makeInput(_ rng: inout SeededGenerator) -> [UInt8] {
        var out: [UInt8] = []
        let pieces = 1 + rng.below(40)
        for _ in 0..<pieces {
            switch rng.below(10) {
            case 0: out += (0..<rng.below(64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }   // raw bytes
            case 1: out += [0xC3, 0x28, 0xE2, 0x82, 0xF0, 0x9F, 0x98][...rng.below(7)]           // broken UTF-8
            case 2: out += [0x0D]                                                                  // lone CR
            case 3: out += Array(repeating: UInt8(ascii: "a") + UInt8(rng.below(3)), count: rng.below(3000))
            case 4: out += Array(#"{"id": "x", "text": "a\nb \u00e9 \ud83d\ude00", "n": [1, {"k": null}]}"#.utf8)
            default: out += Self.corpusLines[rng.below(Self.corpusLines.count)]
            }
            out.append(rng.below(4) == 0 ? 0x20 : 0x0A)
        }
        return out
    }

    func testRandomInputsNeverCrashHangOrGrowMemory() throws {
        let iterations = Int(ProcessInfo.processInfo.environment["WINNOW_FUZZ_ITERATIONS"] ?? "") ?? 1000
        let config = try PipelineConfig.load(path: Self.root.appendingPathComponent("Pipelines/news.yaml").path)
        let classifier = try LineClassifier(config: XCTUnwrap(config.clean))
        let splitter = try StorySplitter(config: XCTUnwrap(config.split))
        var rng = SeededGenerator(seed: UInt64(ProcessInfo.processInfo.environment["WINNOW_FUZZ_SEED"] ?? "") ?? 20261121)
        var slowest = 0.0
        var rssAtQuarter = 0
        let started = Date()
        for i in 0..<iterations {
            let input = makeInput(&rng)
            let t0 = Date()
            let reader = LineReader(source: MemorySource(input, chunk: 1 + rng.below(700)), maxLineBytes: 2048, chunkBytes: 4096)
            var normalizer = TextNormalizer()
            var text: [UInt8] = []
            var lines = 0
            while let line = try reader.next() {
                lines += 1
                if line.oversizedLength == nil { normalizer.append(line.bytes, atStart: lines == 1, to: &text) }
                text.append(0x0A)
                _ = try? JSONParser.parse(line.bytes)
            }
            let string = String(decoding: text, as: UTF8.self)
            XCTAssertTrue(string.utf8.elementsEqual(text), "normalised text is valid UTF-8")
            let classified = classifier.classify(string)
            XCTAssertEqual(classified.lines.count, string.split(separator: "\n", omittingEmptySubsequences: false).count)
            for story in splitter.split(classified) {
                XCTAssertFalse(story.text.contains("\r"))
                XCTAssertLessThanOrEqual(story.firstLine, classified.lines.count)
            }
            _ = splitter.explain(classified)
            slowest = max(slowest, Date().timeIntervalSince(t0))
            if i == iterations / 4 { rssAtQuarter = residentKilobytes() }
        }
        let rssAtEnd = residentKilobytes()
        print("fuzz: \(iterations) inputs in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; slowest \(String(format: "%.1f", slowest * 1000)) ms; RSS \(rssAtQuarter) → \(rssAtEnd) kB")
        XCTAssertLessThan(slowest, 2.0, "an input took \(slowest) s: a hang or a quadratic path")
        if iterations >= 1000 {
            XCTAssertLessThan(rssAtEnd, rssAtQuarter + 64 * 1024, "memory grew with the number of inputs")
        }
    }

    /// Damaged gzip (flipped bytes, cut short, members glued, garbage appended) through the gzip
    /// reader and the line reader: every file ends or fails with an `InputError`, nothing else.
    /// A tenth of WINNOW_FUZZ_ITERATIONS (each input is a real file).
    func testDamagedGzipEndsOrFailsCleanly() throws {
        let iterations = max(100, (Int(ProcessInfo.processInfo.environment["WINNOW_FUZZ_ITERATIONS"] ?? "") ?? 1000) / 10)
        var rng = SeededGenerator(seed: UInt64(ProcessInfo.processInfo.environment["WINNOW_FUZZ_SEED"] ?? "") ?? 20261121)
        let path = NSTemporaryDirectory() + "winnow-fuzz-\(getpid()).txt.gz"
        defer { unlink(path) }
        let text = Self.corpusLines.prefix(400).joined(separator: [0x0A])
        let member = try gzipBytes(Array(text))   // the system's gzip: an independent writer
        var failures = 0
        let started = Date()
        for _ in 0..<iterations {
            var bytes = member
            if rng.below(3) == 0 { bytes += member }
            for _ in 0..<rng.below(6) { bytes[rng.below(bytes.count)] ^= UInt8(1 + rng.below(255)) }
            if rng.below(3) == 0 { bytes.removeLast(rng.below(bytes.count)) }
            if rng.below(5) == 0 { bytes += (0..<rng.below(40)).map { _ in UInt8(truncatingIfNeeded: rng.next()) } }
            write(bytes, to: path)
            do {
                let reader = LineReader(source: try GzipByteSource(path: path), maxLineBytes: 4096, chunkBytes: 4096)
                var lines = 0
                while try reader.next() != nil { lines += 1; XCTAssertLessThan(lines, 1 << 20) }
            } catch is InputError {
                failures += 1
            }
        }
        print("fuzz gzip: \(iterations) damaged files in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; \(failures) rejected with InputError")
        XCTAssertGreaterThan(failures, 0, "damage was detected at least once")
    }

    private func residentKilobytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
