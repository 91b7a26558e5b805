import Foundation
import XCTest
@testable import WinnowPipeline

/// A pattern whose every match holds a digit (`PatternFacts.digit`) is not run on lines with no
/// ASCII digit and no non-ASCII byte (`mayHaveDigit`), and never skips a line its regex matches.
final class PrefilterDigitTests: XCTestCase {
    private let date = "^((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4})$"

    func testDigitIsReadOnlyWhereEveryMatchHasOne() {
        let needs = [date, "^\\d+:\\d+$", "x\\d{1,2}", "x[0-9]", "x(?:\\d|5)y", "(?:jan|feb) \\d{4}", "a5", "x(\\d)+", "[\\d]{2,}"]
        let free = ["^(?:a|\\d)", "x\\d?", "x\\d{0,2}", "x\\d*", "x[0-9a]", "x[^a-z]", "(?=.*\\d)x", "(?!\\d)x", "x(?:\\d|y)",
                    "[0-9ſ]", "x[\\d:]", "\\w", "\\p{N}", ".", "(?s)\\d", "x|\\d", "(?:|\\d)"]
        for p in needs { XCTAssertTrue(PatternPrefilter(pattern: p).requiresDigit, p) }
        for p in free { XCTAssertFalse(PatternPrefilter(pattern: p).requiresDigit, p) }
    }

    func testDigitTestNeverRejectsARegexMatch() throws {
        let patterns = [date, "^\\d+:\\d+$", "x\\d{1,2}", "x[0-9]", "(?:jan|feb) \\d{4}", "^(?:listen|watch)\\s*\\d+\\s*min\\b.*$",
                        "^(\\d{1,2}/\\d{1,2}/\\d{2,4})$", "\\(\\d+\\)"]
        let pieces = ["Jan", "feb", "x", "X", "1", "42", "2024", "٣", "٢٠٢٤", "３", "é", " ", ", ", ":", "/", "(", ")", "Listen", "min",
                      "Novice", "Trump,", "the", "Mon", "24", "Oct", "12:30", "ſ", "K"]
        var rng = SeededGenerator()
        var lines = ["Trump, the Novice Protectionist", "24 Oct 2024", "Oct 24, 2024", "٢٤ Oct ٢٠٢٤", "Oct ٢٤ ٢٠٢٤", "x٣", "x３", "Listen ٥ min",
                     "12:30", "١٢:٣٠", "(7)", "(٧)", "The market", "Jan 5 1999"]
        lines += PrefilterCheck.randomLines(4000, of: pieces, maxPieces: 7, rng: &rng)
        var rejectedByDigit = 0, matched = 0
        try PrefilterCheck.forEach(patterns, lines) { pattern, filter, line in
            let digitOK = line.mask.lo & PatternPrefilter.digitBits != 0 || PatternPrefilter.hasHighByte(line.bytes)
            let ok = filter.admits(line.bytes, isLineStart: true, lineMask: line.mask) && filter.mayHaveDigit(line.bytes, lineMask: line.mask)
            if line.hit { matched += 1; XCTAssertTrue(ok, "'\(pattern)' matches '\(line.text)' but the prefilter rejects it") }
            if !digitOK { rejectedByDigit += 1; XCTAssertFalse(ok, "'\(pattern)' on '\(line.text)': no digit, admitted") }
        }
        XCTAssertGreaterThan(matched, 50)
        XCTAssertGreaterThan(rejectedByDigit, 1000)
        // The line that passed the month-name needles before: no digit, so no regex call.
        let novice = Array("Trump, the Novice Protectionist".utf8)
        var folded: [UInt8] = []
        novice.withUnsafeBufferPointer { b in
            let mask = LineText.fold(bytes: b, into: &folded)
            XCTAssertFalse(PatternPrefilter(pattern: date).mayHaveDigit(b, lineMask: mask))
        }
    }
}
