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
}
