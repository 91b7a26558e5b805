import Foundation
import XCTest
@testable import WinnowPipeline

/// The conditions `mayMatch` asks just before a regex runs: a pattern whose every match holds a
/// digit (`PatternFacts.digit`) is not run on lines with no ASCII digit and no non-ASCII byte, one
/// anchored at both ends not on lines with an ASCII byte outside its `alphabet`; neither ever
/// skips a line its regex matches.
final class PrefilterDigitTests: XCTestCase {
    private let date = "^((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4})$"

    func testDigitIsReadOnlyWhereEveryMatchHasOne() {
        let needs = [date, "^\\d+:\\d+$", "x\\d{1,2}", "x[0-9]", "x(?:\\d|5)y", "(?:jan|feb) \\d{4}", "a5", "x(\\d)+", "[\\d]{2,}"]
        let free = ["^(?:a|\\d)", "x\\d?", "x\\d{0,2}", "x\\d*", "x[0-9a]", "x[^a-z]", "(?=.*\\d)x", "(?!\\d)x", "x(?:\\d|y)",
                    "[0-9ſ]", "x[\\d:]", "\\w", "\\p{N}", ".", "(?i)\\d", "x|\\d", "(?:|\\d)"]
        for p in needs { XCTAssertTrue(PatternPrefilter(pattern: p).requiresDigit, p) }
        for p in free { XCTAssertFalse(PatternPrefilter(pattern: p).requiresDigit, p) }
    }

    func testDigitTestNeverRejectsARegexMatch() throws {
        let patterns = [date, "^\\d+:\\d+$", "x\\d{1,2}", "x[0-9]", "(?:jan|feb) \\d{4}", "^(?:listen|watch)\\s*\\d+\\s*min\\b.*$",
                        "^(\\d{1,2}/\\d{1,2}/\\d{2,4})$", "\\(\\d+\\)"]
        let pieces = ["Jan", "feb", "x", "X", "1", "42", "2024", "٣", "٢٠٢٤", "３", "é", " ", ", ", ":", "/", "(", ")", "Listen", "min",
                      "Novice", "Trump,", "the", "Mon", "24", "Oct", "12:30", "ſ", "K"]
        var rng = SystemRandomNumberGenerator()
        var lines = ["Trump, the Novice Protectionist", "24 Oct 2024", "Oct 24, 2024", "٢٤ Oct ٢٠٢٤", "Oct ٢٤ ٢٠٢٤", "x٣", "x３", "Listen ٥ min",
                     "12:30", "١٢:٣٠", "(7)", "(٧)", "The market", "Jan 5 1999"]
        lines += (0..<4000).map { _ in (0..<Int.random(in: 1...7, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: Bool.random(using: &rng) ? " " : "") }
        var rejectedByDigit = 0, matched = 0
        for pattern in patterns {
            let re = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            let filter = PatternPrefilter(pattern: pattern)
            for raw in lines {
                let line = String(LineText.trimmed(Substring(raw)))
                guard !line.isEmpty else { continue }
                let hit = re.firstMatch(in: line, range: NSRange(location: 0, length: line.utf16.count)) != nil
                var folded: [UInt8] = []
                let (ok, digitOK) = Array(line.utf8).withUnsafeBufferPointer { b -> (Bool, Bool) in
                    let mask = LineText.fold(bytes: b, into: &folded)
                    let digitOK = mask.lo & PatternPrefilter.digitBits != 0 || PatternPrefilter.hasHighByte(b)
                    return (filter.admits(b, isLineStart: true, lineMask: mask) && filter.mayMatch(b, lineMask: mask), digitOK)
                }
                if hit { matched += 1; XCTAssertTrue(ok, "'\(pattern)' matches '\(line)' but the prefilter rejects it") }
                if !digitOK { rejectedByDigit += 1; XCTAssertFalse(ok, "'\(pattern)' on '\(line)': no digit, admitted") }
            }
        }
        XCTAssertGreaterThan(matched, 50)
        XCTAssertGreaterThan(rejectedByDigit, 1000)
        // The line that passed the month-name needles before: no digit, so no regex call.
        let novice = Array("Trump, the Novice Protectionist".utf8)
        var folded: [UInt8] = []
        novice.withUnsafeBufferPointer { b in
            let mask = LineText.fold(bytes: b, into: &folded)
            XCTAssertFalse(PatternPrefilter(pattern: date).mayMatch(b, lineMask: mask))
        }
    }

    func testAlphabetIsReadOnlyFromUnderstoodPieces() {
        let slash = try! XCTUnwrap(PatternPrefilter(pattern: "^@?[\\p{L}][\\p{L}\\p{M} .'’&-]{0,50}\\s?/\\s?[\\p{L}][\\p{L}\\p{M} .'’&-]{1,50}$").alphabet)
        for b in Array("az @.'&-/ ".utf8) { XCTAssertTrue(slash.containsAll([b].withUnsafeBufferPointer { ByteMask($0) }), String(UnicodeScalar(b))) }
        for b in Array("0:,|(".utf8) { XCTAssertFalse(slash.containsAll([b].withUnsafeBufferPointer { ByteMask($0) }), String(UnicodeScalar(b))) }
        // Not both ends anchored, `.`, a negated class, a cased non-ASCII member, an unknown
        // property, a range that may reach past ASCII: no condition.
        for p in ["^[a-z]+", "[a-z]+$", "^a.b$", "^[^a]+$", "^[a-z\u{017F}]+$", "^[\u{212A}]+$", "^\\p{P}+$", "^[a-é]+$", "^a|b$", "^\\S+$", "^[\\d-é]$"] {
            XCTAssertNil(PatternPrefilter(pattern: p).alphabet, p)
        }
        XCTAssertNotNil(PatternPrefilter(pattern: "^(?:a\\s+){2,}a$").alphabet)
        XCTAssertNotNil(PatternPrefilter(pattern: "^[-—–_=*#•. ]{3,}$").alphabet)
    }

    func testAlphabetNeverRejectsARegexMatch() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        let families = try XCTUnwrap(try PipelineConfig.load(path: "\(root)/Pipelines/news.yaml").clean).families
        var patterns = families.flatMap(\.patterns)
        patterns += ["^[a-z]+$", "^(?:a\\s+){2,}a$", "^[\\p{L}\\p{M}’' -]+$", "^\\w+\\s\\d+$", "^[s]+$", "^k+$", "^[-—–_=*#•. ]{3,}$"]
        let pieces = ["Jane", "DOE", "/", "AFP", " ", "\t", "’", "'", "-", "—", ".", "&", "@x", "\u{017F}", "\u{212A}", "é", "ÉCOLE", "a", "A", "s", "k",
                      "12", "٣", ":", "|", "(", ")", "*", "#", "=", "_", "•", "via", "Getty", "Images", "x", "\u{00A0}", "ß", "İ"]
        var rng = SystemRandomNumberGenerator()
        let lines = (0..<2500).map { _ in (0..<Int.random(in: 1...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: Bool.random(using: &rng) ? " " : "") }
            + ["Jane Doe/AFP via Getty Images", "@handle/Twitter", "a a a", "A A A", "\u{017F}", "\u{212A}", "— — —", "Name’s/Agency", "s", "kK"]
        var matched = 0, rejected = 0
        for pattern in patterns {
            let filter = PatternPrefilter(pattern: pattern)
            guard filter.alphabet != nil else { continue }
            let re = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            for raw in lines {
                let line = String(LineText.trimmed(Substring(raw)))
                guard !line.isEmpty else { continue }
                let hit = re.firstMatch(in: line, range: NSRange(location: 0, length: line.utf16.count)) != nil
                var folded: [UInt8] = []
                let ok = Array(line.utf8).withUnsafeBufferPointer { b in filter.mayMatch(b, lineMask: LineText.fold(bytes: b, into: &folded)) }
                if hit { matched += 1; XCTAssertTrue(ok, "'\(pattern)' matches '\(line)' but its alphabet rejects it") }
                if !ok { rejected += 1 }
            }
        }
        XCTAssertGreaterThan(matched, 20)
        XCTAssertGreaterThan(rejected, 2000)
    }
}
