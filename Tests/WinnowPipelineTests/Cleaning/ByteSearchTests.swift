import XCTest
@testable import WinnowPipeline

/// The byte-level search and class helpers the line checks share.
final class ByteSearchTests: XCTestCase {
    private func word(_ line: String, _ w: String) -> Bool {
        Array(line.utf8).withUnsafeBufferPointer { ByteSearch.containsWordFoldingASCII($0, Array(w.utf8)) }
    }

    func testWholeWordFoldsASCIICase() {
        XCTAssertTrue(word("The full text is printed below.", "below"))
        XCTAssertTrue(word("BELOW: the op-ed", "below"))
        XCTAssertTrue(word("Below", "below"))
        XCTAssertFalse(word("A belowground garage", "below"), "a longer word is not the word")
        XCTAssertFalse(word("subbelow", "below"), "a word must open after the start or a space")
        XCTAssertFalse(word("belo", "below"))
    }

    /// The search jumps from one space to the next (`memchr`): it answers what a test at every
    /// byte answers, on lines of spaces, letters and the word in any case, and for the empty word.
    func testWholeWordJumpAgreesWithEveryByteTest() {
        func reference(_ u: [UInt8], _ word: [UInt8]) -> Bool {
            var k = 0
            while k + word.count <= u.count {
                let end = k + word.count
                if (k == 0 || u[k - 1] == 0x20) && (end == u.count || !u[end].isASCIILetter)
                    && zip(word, u[k...]).allSatisfy({ w, b in (b.isASCIIUpper ? b | 0x20 : b) == w }) { return true }
                k += 1
            }
            return false
        }
        var rng = SeededGenerator()
        let pieces = ["below", "BELOW", "Below:", "belowground", " ", "  ", "a", "sub", ".", "bel"].map { Array($0.utf8) }
        for _ in 0..<3000 {
            var line: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &rng) { line += pieces.randomElement(using: &rng)! }
            for w in [Array("below".utf8), [], Array("a".utf8)] {
                let got = line.withUnsafeBufferPointer { ByteSearch.containsWordFoldingASCII($0, w) }
                XCTAssertEqual(got, reference(line, w), "\(String(decoding: line, as: UTF8.self)) / \(String(decoding: w, as: UTF8.self))")
            }
        }
    }

    func testASCIIClassesMatchTheirRanges() {
        for b in UInt8.min...UInt8.max {
            XCTAssertEqual(b.isASCIIUpper, (65...90).contains(b))
            XCTAssertEqual(b.isASCIILower, (97...122).contains(b))
            XCTAssertEqual(b.isASCIILetter, (65...90).contains(b) || (97...122).contains(b), "byte \(b)")
            XCTAssertEqual(b.isASCIIDigit, (48...57).contains(b))
        }
    }
}
