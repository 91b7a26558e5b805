import XCTest
import CWinnowScan
@testable import WinnowPipeline

/// A read block's `String`, copied without a second validation (`TextBlockString`), is exactly the
/// one `String(decoding:as:)` makes of the block; and the normaliser's output, which that copy
/// trusts, is valid UTF-8 whatever the input bytes.
final class TextBlockStringTests: XCTestCase {
    private func check(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let made = bytes.withUnsafeBufferPointer { TextBlockString.make($0) }
        let whole = String(decoding: bytes, as: UTF8.self)
        XCTAssertEqual(Array(made.utf8), Array(whole.utf8), file: file, line: line)
        XCTAssertEqual(made, whole, file: file, line: line)
        XCTAssertEqual(made.count, whole.count, file: file, line: line)
    }

    /// Curly quotes, dashes, accented letters and emoji between ASCII text; all-ASCII; empty.
    func testCopyIsTheDecodedString() {
        let prose = String(repeating: "The council met on Tuesday and voted to keep the library open. ", count: 6)
        check(Array("“\(prose)” — café \(prose)😀\(prose)é".utf8))
        check(Array(prose.utf8))
        check(Array("short “text”".utf8))
        check(Array("é".utf8))
        check([])
    }

    /// Random byte soup (invalid sequences, truncated ones, surrogates, overlongs, CR, NUL, NBSP)
    /// through the normaliser: its output validates, and the unchecked copy equals the decode.
    /// `build`: the bytes `fill` wrote (fewer than the capacity, or none) as the decoded String.
    func testBuildIsTheDecodedStringOfTheBytesWritten() {
        for text in ["“Quoted” — café", "plain ASCII line", "é", ""] {
            let bytes = Array(text.utf8)
            let built = TextBlockString.build(capacity: bytes.count + 5) { buf in
                for (k, b) in bytes.enumerated() { buf[k] = b }
                return bytes.count
            }
            XCTAssertEqual(built, text)
            XCTAssertEqual(Array(built.utf8), bytes)
        }
        XCTAssertEqual(TextBlockString.build(capacity: 0) { _ in 0 }, "")
    }

    func testNormalizerOutputIsValidUTF8() {
        var rng = SeededGenerator()
        let pieces: [[UInt8]] = [Array("news ".utf8), Array("é—“😀".utf8), [0xC2, 0xA0], [0x0D, 0x0A], [0],
                                 [0x80], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
                                 [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0xFF], [0xEF, 0xBB, 0xBF]]
        for _ in 0..<300 {
            var input: [UInt8] = []
            for _ in 0..<rng.below(40) { input += pieces[rng.below(pieces.count)] }
            var normalizer = TextNormalizer()
            var out: [UInt8] = []
            input.withUnsafeBufferPointer { normalizer.append($0, atStart: true, to: &out) }
            XCTAssertNotNil(out.withUnsafeBufferPointer { String._tryFromUTF8($0) }, "\(input)")
            check(out)
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
