import Foundation
import XCTest
@testable import WinnowPipeline

/// The reflow byte shortcuts (`SplitText`) must give what the Character/scalar definitions they stand for give.
final class ReflowBytesTests: XCTestCase {
    private let cases = ["", " ", "\t", "a", "A", " a", "\tb", " \u{0301}x", "\u{2003}em", "é", "Éa", "\r\n", "\rx", "z\u{0301}",
                         "  word  ", "\tTab led\t", "\u{00A0}nbsp\u{00A0}", " Zürich café ", "🙂 emoji 🙂 ", "x \u{3000}", "ab \u{0301}"]

    func testTrimmedBlanksEqualsScalarTrim() {
        for s in cases {
            let r = SplitText.trimmedBlankBytes(s)
            XCTAssertEqual(String(decoding: Array(s.utf8)[r], as: UTF8.self), String(SplitText.trimmingBlanks(s)), s.debugDescription)
        }
    }

    func testFirstCharacterTestsEqualCharacterVersions() {
        for s in cases {
            XCTAssertEqual(SplitText.startsIndented(s), s.first == " " || s.first == "\t", s.debugDescription)
            XCTAssertEqual(SplitText.startsLowercase(s), s.first?.isLowercase ?? false, s.debugDescription)
        }
    }

    func testWiderThanCountsScalars() {
        var rng = SeededGenerator()
        let pieces = ["a", " ", "é", "—", "🙂", "\u{0301}", "Z"]
        for _ in 0..<400 {
            let s = (0..<Int.random(in: 0...160, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            for limit in [0, 7, 8, 50, 100] {
                let wider = Array(s.utf8).withUnsafeBufferPointer { LineScan.widerThan(limit, $0) }
                XCTAssertEqual(wider, s.unicodeScalars.count > limit, "\(limit) \(s.debugDescription)")
            }
        }
    }
}

extension ReflowBytesTests {
    func testScalarCountIsWidth() {
        var rng = SeededGenerator()
        let pieces = ["a", " ", "é", "—", "🙂", "\u{0301}", "Z", "\t"]
        for _ in 0..<400 {
            let s = (0..<Int.random(in: 0...90, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            XCTAssertEqual(Array(s.utf8).withUnsafeBufferPointer { SplitText.scalarCount($0) }, s.unicodeScalars.count, s.debugDescription)
            XCTAssertEqual(SplitText.width(s), s.unicodeScalars.count, s.debugDescription)
        }
    }
}

extension ReflowBytesTests {
    func testSameBytesComparesARangeWithAString() {
        XCTAssertTrue(SplitText.sameBytes("", 0..<0, ""))
        XCTAssertTrue(SplitText.sameBytes("abc", 1..<1, ""))
        XCTAssertTrue(SplitText.sameBytes("Zürich — x", 0..<13, "Zürich — x"))
        XCTAssertTrue(SplitText.sameBytes(" ab ", 1..<3, "ab"))
        XCTAssertTrue(SplitText.sameBytes("  Zürich", 2..<9, "Zürich"))
        XCTAssertFalse(SplitText.sameBytes("abc", 0..<3, "abd"))
        XCTAssertFalse(SplitText.sameBytes("abc", 0..<2, "abc"))
        XCTAssertFalse(SplitText.sameBytes("abc", 1..<3, "ab"))
        // Canonically equal, different bytes: not the same bytes.
        XCTAssertFalse(SplitText.sameBytes("é", 0..<2, "e\u{0301}"))
        XCTAssertFalse(SplitText.sameBytes("xe\u{0301}", 1..<4, "é"))
    }
}

extension ReflowBytesTests {
    func testFirstWordWidthCountsTheFirstWordsScalars() {
        for s in cases + ["  Zürich café", "\t\tétude x", "word", "🙂🙂 x"] {
            let word = s.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" }).prefix(while: { $0 != " " && $0 != "\t" })
            XCTAssertEqual(SplitText.firstWordWidth(s), word.count, s.debugDescription)
        }
    }
}
