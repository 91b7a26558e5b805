import XCTest
@testable import WinnowPipeline

/// The read stage's NUL sniffer counts NUL bytes with `memchr` (`BinarySniffer.nulCount`): the same
/// count as a loop over every byte, and the same verdict on text and on binary data.
final class BinarySnifferTests: XCTestCase {
    func testNulCountEqualsTheByteLoop() {
        var rng = SeededGenerator()
        for round in 0..<2000 {
            let n = Int.random(in: 0...90, using: &rng)
            // Rounds alternate between text with a few NULs and mostly-NUL binary data.
            let share = round % 2 == 0 ? 20 : 2
            let bytes: [UInt8] = (0..<n).map { _ in
                Int.random(in: 0..<share, using: &rng) == 0 ? 0 : UInt8.random(in: 1...255, using: &rng)
            }
            let want = bytes.filter { $0 == 0 }.count
            XCTAssertEqual(bytes.withUnsafeBufferPointer { BinarySniffer.nulCount($0) }, want, "\(bytes)")
        }
        XCTAssertEqual(BinarySniffer.nulCount(UnsafeBufferPointer(start: nil, count: 0)), 0)
    }

    func testTextPassesAndNulHeavyDataIsBinary() throws {
        func check(_ lines: [[UInt8]]) throws {
            var sniffer = BinarySniffer(maxNulShare: 0.01)
            for (k, bytes) in lines.enumerated() {
                try bytes.withUnsafeBufferPointer { b in
                    try sniffer.check(LineReader.Line(bytes: b, number: k + 1, offset: 0), file: "f")
                }
            }
        }
        // One stray NUL in 300 bytes of text is under the 1% share.
        XCTAssertNoThrow(try check([Array(String(repeating: "plain text ", count: 30).utf8) + [0]]))
        XCTAssertThrowsError(try check([Array("ab".utf8), [0, 0, 0, 1, 0, 0]])) { error in
            XCTAssertEqual((error as? InputError)?.reason, "binary_file")
        }
    }
}
