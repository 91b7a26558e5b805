import XCTest
import CWinnowScan
@testable import WinnowPipeline

/// A read block's `String`, built from pieces (`TextBlockString`), is exactly the one
/// `String(decoding:as:)` makes of the whole block.
final class TextBlockStringTests: XCTestCase {
    private func check(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let made = bytes.withUnsafeBufferPointer { TextBlockString.make($0) }
        let whole = String(decoding: bytes, as: UTF8.self)
        XCTAssertEqual(Array(made.utf8), Array(whole.utf8), file: file, line: line)
        XCTAssertEqual(made, whole, file: file, line: line)
    }

    /// Long ASCII runs between curly quotes, dashes, accented letters and emoji: every cut falls
    /// on a character boundary.
    func testPiecesJoinToTheWholeString() {
        let prose = String(repeating: "The council met on Tuesday and voted to keep the library open. ", count: 6)
        let text = "“\(prose)” — café \(prose)😀\(prose)é"
        check(Array(text.utf8))
        check(Array(prose.utf8))                             // all ASCII: one piece
        check(Array(("é" + prose).utf8))                     // a long ASCII run to the end after a lead
        check(Array((prose + "é").utf8))
        check(Array("short “text”".utf8))                    // under `minimumRun`: one piece
    }

    /// Invalid bytes (the read stage never hands them on, but a cut must not change a repair):
    /// the same U+FFFDs as decoding the whole buffer.
    func testRepairsMatchTheWholeDecode() {
        let run = Array(String(repeating: "a", count: 300).utf8)
        check(run + [0xE2, 0x80] + run + [0xFF, 0xC3] + run + [0xF0, 0x9F, 0x98])
        check([0x80, 0x80] + run + [0xE2] + run)
    }

    /// Random mixes of ASCII runs of every length around `minimumRun` and multi-byte characters.
    func testRandomMixes() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let others = ["é", "—", "“", "”", "😀", "\u{00A0}"]
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<next(12) {
                text += String(repeating: "x", count: next(2 * TextBlockString.minimumRun + 2))
                text += others[next(others.count)]
            }
            check(Array(text.utf8))
        }
    }

    func testASCIIRunEnd() {
        let bytes: [UInt8] = Array(String(repeating: "a", count: 40).utf8) + [0xC3, 0xA9] + [0x61]
        bytes.withUnsafeBufferPointer { b in
            XCTAssertEqual(winnow_ascii_run_end(b.baseAddress!, 0, b.count), 40)
            XCTAssertEqual(winnow_ascii_run_end(b.baseAddress!, 3, 10), 10)
            XCTAssertEqual(winnow_ascii_run_end(b.baseAddress!, 42, b.count), 43)
            XCTAssertEqual(winnow_ascii_run_end(b.baseAddress!, 40, b.count), 40)
        }
    }
}
