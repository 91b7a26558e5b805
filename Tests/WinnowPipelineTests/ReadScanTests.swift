import XCTest
import CWinnowScan
@testable import WinnowPipeline

/// The read path's byte scans (32 bytes a test with AVX2, 16 with SSE2, then 8, then 1) find
/// exactly what a byte-by-byte loop finds, from every start, for hits at every place of a block.
final class ReadScanTests: XCTestCase {
    func testScansEqualTheByteLoops() {
        var rng = SeededGenerator()
        let specials: [UInt8] = [0x0A, 0x0D, 0x00, 0x80, 0xE2, 0xFF]
        var checks = 0
        for _ in 0..<1500 {
            let n = Int.random(in: 0..<200, using: &rng)
            let density = Int.random(in: 1...150, using: &rng)
            let bytes: [UInt8] = (0..<n).map { _ in
                Int.random(in: 0..<density, using: &rng) == 0 ? specials.randomElement(using: &rng)!
                    : UInt8.random(in: 0x20...0x7E, using: &rng)
            }
            bytes.withUnsafeBufferPointer { b in
                let p = b.baseAddress ?? UnsafePointer(bitPattern: 1)!
                for from in 0...n {
                    // `winnow_plain_run_end`: the first byte >= 0x80, NUL, CR or `&`.
                    let plain = b[from...].firstIndex { $0 >= 0x80 || $0 == 0 || $0 == 0x0D || $0 == 0x26 } ?? n
                    XCTAssertEqual(winnow_plain_run_end(p, from, n), plain)
                    // `winnow_ascii_run_end`: the first byte >= 0x80.
                    XCTAssertEqual(winnow_ascii_run_end(p, from, n), b[from...].firstIndex { $0 >= 0x80 } ?? n)
                    checks += 1
                }
                // `winnow_complete_lines`: past the last `\n`, and the `\n`s before it.
                var lines = 0
                let end = winnow_complete_lines(p, n, &lines)
                let last = b.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                XCTAssertEqual(end, last)
                XCTAssertEqual(lines, b.filter { $0 == 0x0A }.count)
            }
        }
        XCTAssertGreaterThan(checks, 100_000)
    }

    /// `winnow_unchanged_run_end` steps over valid multi-byte sequences but NBSP, and stops where
    /// `TextNormalizer` has work: NUL, CR, `&`, NBSP, or a byte opening no valid sequence (cut
    /// off at the end too). Fails if C's validity differs from `TextNormalizer.sequenceLength`.
    func testUnchangedRunEndStepsOverValidSequencesOnly() {
        var rng = SeededGenerator()
        // Valid and invalid sequences of every lead class (overlong, surrogate, past U+10FFFF).
        let pieces: [[UInt8]] = [[0xE2, 0x80, 0x99], [0xC3, 0xA9], [0xC2, 0xA0], [0xF0, 0x9F, 0x98, 0x80],
                                 [0xE0, 0xA4, 0x85], [0xE0, 0x80, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
                                 [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0x80], [0xF1, 0x80, 0x80, 0x80],
                                 [0xEF, 0xBB, 0xBF], [0x80], [0xFF], [0xE2, 0x80], [0x0D], [0x00], [0x26]]
        var checks = 0
        for _ in 0..<1500 {
            var bytes: [UInt8] = []
            let n = Int.random(in: 0..<200, using: &rng), density = Int.random(in: 1...40, using: &rng)
            while bytes.count < n {
                if Int.random(in: 0..<density, using: &rng) == 0 { bytes += pieces.randomElement(using: &rng)! }
                else { bytes.append(UInt8.random(in: 0x20...0x7E, using: &rng)) }
            }
            let count = bytes.count
            bytes.withUnsafeBufferPointer { b in
                let p = b.baseAddress ?? UnsafePointer(bitPattern: 1)!
                for from in 0...count {
                    var want = from
                    while want < count {
                        let c = b[want]
                        if c == 0 || c == 0x0D || c == 0x26 { break }
                        if c < 0x80 { want += 1; continue }
                        let len = TextNormalizer.sequenceLength(b, at: want)
                        if len == 0 || (c == 0xC2 && b[want + 1] == 0xA0) { break }
                        want += len
                    }
                    XCTAssertEqual(winnow_unchanged_run_end(p, from, count), want)
                    checks += 1
                }
            }
        }
        XCTAssertGreaterThan(checks, 100_000)
    }
}
