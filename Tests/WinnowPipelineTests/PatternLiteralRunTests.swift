import XCTest
@testable import WinnowPipeline

/// The parser reads a run of plain characters as one item (`PatternParser.parseLiteralRun`):
/// what it learns of a pattern is what it learns when every character is an item of its own
/// (here each one wrapped in a group, `(?:c)`, which the run does not take).
final class PatternLiteralRunTests: XCTestCase {
    private func facts(_ pattern: String) -> PatternFacts? {
        var parser = PatternParser(Array(pattern.unicodeScalars))
        guard let f = parser.parseAlternation(), parser.atEnd else { return nil }
        return f
    }

    /// `pattern` with each character `parseLiteralRun` would take wrapped in a group of its own.
    private func oneByOne(_ pattern: String) -> String {
        var out = "", chars = Array(pattern.unicodeScalars), k = 0, inClass = false
        while k < chars.count {
            let c = chars[k]
            if inClass {
                out.unicodeScalars.append(c)
                if c == "\\", k + 1 < chars.count { k += 1; out.unicodeScalars.append(chars[k]) } else if c == "]" { inClass = false }
            } else if c == "\\", k + 1 < chars.count {
                out.unicodeScalars.append(c); k += 1; out.unicodeScalars.append(chars[k])
            } else if c == "(", k + 1 < chars.count, chars[k + 1] == "?" {
                // A group opener `(?:`, `(?=`, `(?<=`, `(?<name>` stays as it is.
                out += "(?"; k += 2
                if k < chars.count, chars[k] == "<" {
                    if k + 1 < chars.count, chars[k + 1] == "=" || chars[k + 1] == "!" { out += "<"; k += 1 } else {
                        while k < chars.count, chars[k] != ">" { out.unicodeScalars.append(chars[k]); k += 1 }
                    }
                }
                if k < chars.count { out.unicodeScalars.append(chars[k]) }
            } else if c == "{" {
                // A counted quantifier (or `\p{…}`'s name): its digits are not literals.
                while k < chars.count, chars[k] != "}" { out.unicodeScalars.append(chars[k]); k += 1 }
                if k < chars.count { out.unicodeScalars.append(chars[k]) }
            } else if c == "[" {
                inClass = true; out.unicodeScalars.append(c)
                // A `]` right after `[` or `[^` is a member.
                if k + 1 < chars.count, chars[k + 1] == "^" { k += 1; out.unicodeScalars.append(chars[k]) }
                if k + 1 < chars.count, chars[k + 1] == "]" { k += 1; out.unicodeScalars.append(chars[k]) }
            } else if PatternParser.isPlainLiteral(c), !(k + 1 < chars.count && PatternParser.isQuantifier(chars[k + 1])) {
                out += "(?:"; out.unicodeScalars.append(c); out += ")"
            } else {
                out.unicodeScalars.append(c)
            }
            k += 1
        }
        return out
    }

    private func assertSame(_ a: PatternFacts?, _ b: PatternFacts?, _ pattern: String) {
        XCTAssertEqual(a == nil, b == nil, pattern)
        guard let a, let b else { return }
        XCTAssertEqual(a.exact, b.exact, pattern)
        XCTAssertEqual(a.factor, b.factor, pattern)
        XCTAssertEqual(a.first, b.first, pattern)
        XCTAssertEqual(a.last, b.last, pattern)
        XCTAssertEqual(a.nullable, b.nullable, pattern)
        XCTAssertEqual(a.anchored, b.anchored, pattern)
        XCTAssertEqual(a.endAnchored, b.endAnchored, pattern)
        XCTAssertEqual(a.conj, b.conj, pattern)
        XCTAssertEqual(a.digit, b.digit, pattern)
    }

    func testALiteralRunIsWhatItsCharactersAreOneByOne() throws {
        var patterns = [
            "^Getty Images$", "(?:AP|Reuters) Photo", "^Updated \\d+ (?:sec|min)s? ago$", "colou?r", "ab+c{2,3}d",
            "^(Photo|Image|Picture)( credit)?: .+$", "is (a|an|the) (senior|staff) (editor|writer)", "[A-Z]{2} 2020",
            "» Read more", "Follow us on @?Twitter", "^\\(AP\\) — ", "x]y}z", "^Short Url$", "a.b", "(?i)flags",
        ]
        // Every rule pattern of the shipped pipeline file as well.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Pipelines/news.yaml")
        let config = try PipelineConfig.load(path: url.path)
        for family in config.clean?.families ?? [] { patterns += family.patterns }
        XCTAssertGreaterThan(patterns.count, 40)
        for p in patterns { assertSame(facts(p), facts(oneByOne(p)), p) }
        XCTAssertEqual(facts("^Getty Images$")?.exact, ["getty images"])
    }
}
