import XCTest
@testable import WinnowPipeline

/// `DatelineMatcher.head` decodes only a line's start: its first `maxChars` Characters equal
/// those of the whole line as a String, also where a grapheme cluster (a combining mark, an emoji
/// sequence, a flag's regional indicators) straddles the bytes it decodes or the line is short.
final class DatelineHeadTests: XCTestCase {
    private func reference(_ line: String, _ maxChars: Int) -> String { String(line.prefix(maxChars)) }

    func testHeadEqualsTheWholeLinesPrefix() {
        let pieces = ["Å", "e\u{301}", "É", "—", "漢字", "🇫🇷", "👩‍👩‍👧", "a", " ", "ß", "\u{301}\u{302}\u{303}", "(", "x̧̌"]
        // Seeded: every run checks the same lines, and a failure replays (`SeededGenerator`).
        var rng = SeededGenerator()
        var lines = [
            "", "Ü", "(SÃO PAULO) — The mayor said on Tuesday that the city would",
            String(repeating: "é", count: 300), String(repeating: "e\u{301}", count: 200),
            "É" + String(repeating: "\u{301}", count: 400) + " tail",   // one Character of 800+ bytes
            String(repeating: "🇫🇷", count: 100), String(repeating: "👩‍👩‍👧", count: 40),
            String(repeating: "漢", count: 120) + "\u{301}",
        ]
        for _ in 0..<300 {
            let n = Int.random(in: 1...220, using: &rng)
            lines.append((0..<n).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        for maxChars in [1, 5, 60, 61, 200] {
            for line in lines {
                var s = line
                let head = s.withUTF8 { DatelineMatcher.head($0, maxChars: maxChars) }
                XCTAssertEqual(Array(head.utf8), Array(reference(line, maxChars).utf8), "maxChars \(maxChars): \(line.debugDescription)")
            }
        }
    }

    /// `simpleHeadLength` (the byte path for heads of scalars that are Characters of their own)
    /// gives the bytes `head` gives wherever it answers, and answers for accented Latin letters,
    /// NBSP, dashes and curly quotes but not where a combining mark, an emoji, CR or a scalar
    /// outside its ranges sits within `maxChars + 1` scalars.
    func testSimpleHeadLengthIsTheHeadsBytes() {
        let simple = ["a", " ", "É", "ß", "\u{A0}", "©", "—", "“", "”", "’", "…", "Z", ":", "(", "1"]
        let other = ["e\u{301}", "🇫🇷", "漢", "\r", "\u{200D}", "\u{2028}", "™"]
        var rng = SeededGenerator()
        var lines = ["ZÜRICH — The", "“We are here,” she said", "São Paulo: ", "x", "ab\u{301}", "(AP) — ©"]
        for _ in 0..<400 {
            let n = Int.random(in: 1...120, using: &rng)
            lines.append((0..<n).map { _ in
                Int.random(in: 0..<20, using: &rng) == 0 ? other.randomElement(using: &rng)! : simple.randomElement(using: &rng)!
            }.joined())
        }
        var answered = 0
        for maxChars in [1, 5, 60, 61] {
            for line in lines {
                var s = line
                s.withUTF8 { u in
                    guard let n = DatelineMatcher.simpleHeadLength(u, maxChars: maxChars) else { return }
                    answered += 1
                    XCTAssertEqual(Array(u[..<n]), Array(DatelineMatcher.head(u, maxChars: maxChars).utf8),
                                   "maxChars \(maxChars): \(line.debugDescription)")
                }
            }
        }
        XCTAssertGreaterThan(answered, 400)
        func length(_ line: String, _ maxChars: Int) -> Int? {
            var s = line
            return s.withUTF8 { DatelineMatcher.simpleHeadLength($0, maxChars: maxChars) }
        }
        XCTAssertEqual(length("ZÜRICH — The mayor", 8), "ZÜRICH —".utf8.count)
        XCTAssertEqual(length("“We", 60), "“We".utf8.count)
        XCTAssertNil(length("Cafe\u{301} owners", 60))     // a combining mark within the head
        XCTAssertNil(length("abc\u{301}", 3))              // ... or right after it: it joins the last Character
        XCTAssertEqual(length("abcd\u{301}", 3), 3)        // one scalar further on, it does not
        XCTAssertNil(length("Paris\r", 60))
    }
}
