import XCTest
@testable import WinnowPipeline

/// The eight-bytes-a-step scans of session 28 (line ends of a joined page, the high-byte test of a
/// pattern's digit condition, JSON string runs made without a second UTF-8 check) give what the
/// byte-by-byte forms they replaced give, with the special byte at every offset of a word and in
/// the tail after the last whole word.
final class WordScanEquivalenceTests: XCTestCase {
    /// Texts of 0–40 bytes with one or two special bytes at every place, over plain ASCII.
    private func texts(specials: [String]) -> [String] {
        var out: [String] = [""]
        let filler = Array("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMN")
        for n in 0...40 {
            let base = String(filler.prefix(n))
            out.append(base)
            for special in specials {
                for at in 0...n {
                    let chars = Array(base)
                    out.append(String(chars[..<at]) + special + String(chars[at...]))
                    out.append(String(chars[..<at]) + special + String(chars[at...]) + special)
                }
            }
        }
        return out
    }

    func testLineEndsCountsEveryNewline() {
        for s in texts(specials: ["\n", "\n\n", "é", "\u{0B}"]) {
            XCTAssertEqual(PageJoiner.lineEnds(s), s.utf8.filter { $0 == 0x0A }.count, s.debugDescription)
        }
    }

    func testHighByteMatchesByteTest() {
        for s in texts(specials: ["é", "\u{A0}", "’", "\u{7F}"]) {
            let bytes = Array(s.utf8)
            let fast = bytes.withUnsafeBufferPointer { PatternPrefilter.hasHighByte($0) }
            XCTAssertEqual(fast, bytes.contains { $0 >= 0x80 }, s.debugDescription)
        }
    }

    /// A record's strings: the same values (and the same errors) with and without the check.
    func testStringsWithoutSecondCheckMatch() throws {
        let pieces = ["\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "é", "\u{1}"]
        for body in texts(specials: pieces) {
            let record = Array("{\"text\": \"\(body)\", \"id\": \"x\"}".utf8)
            let checked = Result { try record.withUnsafeBufferPointer { try JSONParser.parse($0) } }
            let unchecked = Result { try record.withUnsafeBufferPointer { try JSONParser.parse($0, validUTF8: true) } }
            switch (checked, unchecked) {
            case let (.success(a), .success(b)):
                guard case .object(let o) = a, case .object(let p) = b else { return XCTFail("not objects") }
                XCTAssertEqual(o["text"], p["text"], body.debugDescription)
            case let (.failure(a), .failure(b)):
                XCTAssertEqual("\(a)", "\(b)", body.debugDescription)
            default:
                XCTFail("one parse failed, the other did not: \(body.debugDescription)")
            }
        }
    }
}
