import Foundation
import XCTest
@testable import WinnowPipeline

/// `Reflow.merge` writes merged lines from byte ranges and, where the content is a suffix of the
/// text, copies the content out of the text: every merged line must still be what joining its
/// pieces with spaces gives.
final class ReflowMergeTests: XCTestCase {
    /// Greedy-wrapped paragraphs at `width`, plain (blank line between) or indent style, with
    /// non-ASCII words and now and then trailing blanks or a boilerplate-looking tail.
    private func wrappedText(_ rng: inout SeededGenerator, indentStyle: Bool) -> String {
        let words = ["the", "council", "said", "on", "Tuesday", "that", "café", "Zürich", "—", "budget", "“quoted”",
                     "a", "vote", "will", "follow", "next", "week,", "officials", "expect", "24.", "naïve", "plan"]
        let width = Int.random(in: 40...78, using: &rng)
        var out: [String] = []
        for _ in 0..<Int.random(in: 2...8, using: &rng) {
            let n = Int.random(in: 10...90, using: &rng)
            var line = indentStyle ? "    " : ""
            for w in 0..<n {
                let word = words.randomElement(using: &rng)!
                if line.unicodeScalars.count + 1 + word.unicodeScalars.count > width && !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    out.append(line + (Bool.random(using: &rng) && rng.next() % 5 == 0 ? "  " : ""))
                    line = ""
                }
                line += (line.isEmpty || line == "    ") ? word : " " + word
                if w == n - 1 { out.append(line + ".") }
            }
            if !indentStyle { out.append("") }
        }
        return out.joined(separator: "\n")
    }

    func testMergedLinesArePiecesJoinedBySpaces() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        var rng = SeededGenerator()
        var merged = 0, differs = 0
        for t in 0..<200 {
            let lines = classifier.classify(wrappedText(&rng, indentStyle: t % 2 == 1)).lines
            let (out, spans) = Reflow.merge(lines, datelines: try shippedDatelines())
            XCTAssertEqual(out.count, spans.count)
            XCTAssertEqual(spans.map(\.count).reduce(0, +), lines.count)
            for (line, span) in zip(out, spans) {
                guard span.count > 1 else {
                    XCTAssertEqual(line.text, lines[span.lowerBound].text)
                    continue
                }
                merged += 1
                let first = lines[span.lowerBound]
                if first.text != first.content { differs += 1 }
                let tails = lines[(span.lowerBound + 1)..<span.upperBound]
                let content = ([String(first.content)] + tails.map { $0.kind == .body ? String($0.content) : String(SplitText.trimmingBlanks($0.text)) }).joined(separator: " ")
                let text = ([String(first.text)] + tails.map { String(SplitText.trimmingBlanks($0.text)) }).joined(separator: " ")
                XCTAssertTrue(line.content.utf8.elementsEqual(content.utf8), line.content.debugDescription)
                XCTAssertTrue(line.text.utf8.elementsEqual(text.utf8), line.text.debugDescription)
                XCTAssertEqual(line.key, LineKey.hash(content))
                let words = tails.reduce(first.words) { $0 + ($1.kind == .body ? $1.words : LineText.wordCount(SplitText.trimmingBlanks($1.text))) }
                XCTAssertEqual(line.words, words)
            }
        }
        // Merged lines whose first line is its content and lines whose first line has blanks around it.
        XCTAssertGreaterThan(merged, 100)
        XCTAssertGreaterThan(differs, 20)
        XCTAssertGreaterThan(merged - differs, 20)
    }

    func testTrimmedBlankBytesAreTheTrimmedTextsOffsets() {
        let samples: [String] = ["", " ", "\t", " a ", "\u{00A0}nbsp\u{00A0}", " Zürich café ", "x \u{3000}", "  word  ", "\u{2003}em"]
        for s in samples {
            let r = SplitText.trimmedBlankBytes(s)
            let bytes: [UInt8] = Array(Array(s.utf8)[r])
            XCTAssertEqual(bytes, Array(SplitText.trimmingBlanks(s).utf8), s.debugDescription)
            XCTAssertTrue(SplitText.sameBytes(s, r, String(SplitText.trimmingBlanks(s))))
        }
        XCTAssertFalse(SplitText.sameBytes("abc", 1..<3, "bd"))
        XCTAssertFalse(SplitText.sameBytes("abc", 1..<3, "b"))
    }
}
