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
}
