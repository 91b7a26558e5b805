import XCTest
@testable import WinnowPipeline

/// The parser reads a run of plain characters as one item (`PatternParser.parseLiteralRun`):
/// what it learns of a pattern is what it learns reading every character as an atom of its own
/// (`literalRuns` off), for sample patterns and every rule pattern of the shipped pipeline file.
final class PatternLiteralRunTests: XCTestCase {
    private func facts(_ pattern: String, literalRuns: Bool) -> PatternFacts? {
        var parser = PatternParser(Array(pattern.unicodeScalars))
        parser.literalRuns = literalRuns
        guard let f = parser.parseAlternation(), parser.atEnd else { return nil }
        return f
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
        let url = URL(fileURLWithPath: packageRoot() + "/Pipelines/news.yaml")
        let config = try PipelineConfig.load(path: url.path)
        for family in config.clean?.families ?? [] { patterns += family.patterns }
        XCTAssertGreaterThan(patterns.count, 40)
        for p in patterns { assertSame(facts(p, literalRuns: true), facts(p, literalRuns: false), p) }
        XCTAssertEqual(facts("^Getty Images$", literalRuns: true)?.exact, ["getty images"])
    }
}
