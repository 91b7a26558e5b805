import Foundation
import XCTest
@testable import WinnowPipeline

/// The splitter's byte-level fast paths must give what the String/Set versions they replace gave:
/// cohesion over sorted arrays = set cosine, scalar trimming = `trimmingCharacters(in: .whitespaces)`,
/// and `split` (no line fates) = the stories `explain` describes.
final class SplitFastPathTests: XCTestCase {
    /// Set cosine the way `Cohesion` computed it before (Swift `Set`s), as the reference.
    private func setCosine(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let x = Set(a), y = Set(b)
        return Double(x.intersection(y).count) / Double(x.count * y.count).squareRoot()
    }

    func testSortedArrayCosineEqualsSetCosine() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            // Small alphabets so repeats and overlaps are common.
            let alphabet = UInt64.random(in: 2...40, using: &rng)
            var a = (0..<Int.random(in: 1...80, using: &rng)).map { _ in UInt64.random(in: 0..<alphabet, using: &rng) }
            var b = (0..<Int.random(in: 1...80, using: &rng)).map { _ in UInt64.random(in: 0..<alphabet, using: &rng) }
            let expected = setCosine(a, b)
            Cohesion.sortUnique(&a)
            Cohesion.sortUnique(&b)
            XCTAssertEqual(a, Array(Set(a)).sorted())
            XCTAssertEqual(Cohesion.cosine(a, b), expected, accuracy: 1e-12)
        }
    }

    func testStopwordsAreLeftOutOfContentWords() {
        XCTAssertTrue(Cohesion.isStopword(Cohesion.hash("which")))
        XCTAssertTrue(Cohesion.isStopword(Cohesion.hash("according")))
        XCTAssertFalse(Cohesion.isStopword(Cohesion.hash("senate")))
        // "Which" folds to a stop word; "Senate" and "ceasefire" are content words; short words never count.
        XCTAssertEqual(Cohesion.contentWords("Which Senate vote on the ceasefire"),
                       [Cohesion.hash("senate"), Cohesion.hash("ceasefire")])
    }

    func testScalarTrimMatchesFoundationTrim() {
        let cases = ["", " ", "\t \t", "  word  ", "\tTab led\t", "\u{2003}em space\u{3000}", "no trim",
                     " Zürich café ", "\u{00A0}nbsp\u{00A0}", "a", " a b ", "🙂 emoji 🙂 ", " \u{0301}mark"]
        for s in cases {
            XCTAssertEqual(String(SplitText.trimmingBlanks(s)), s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
        }
    }

    func testWidthCountsScalars() {
        XCTAssertEqual(SplitText.width(""), 0)
        XCTAssertEqual(SplitText.width("abc"), 3)
        XCTAssertEqual(SplitText.width("Zürich — 🙂"), 10)
        XCTAssertEqual(SplitText.width(String(repeating: "é", count: 40)), 40)
    }

    /// `split` skips the fates; it must cut the same stories, with the same titles, as `explain` reports.
    func testSplitAgreesWithExplainOnSampleDumps() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let sample = CleaningFixtures.root.appendingPathComponent("Fixtures/devset/sample").path
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: sample).sorted() where name.contains(".txt") {
            for block in try ExplainSupport.readBlocks(path: sample + "/" + name, config: ReadConfig()) {
                let classified = classifier.classify(block.text)
                let stories = splitter.split(classified)
                let fates = splitter.explain(classified)
                // A reflowed title spans several input lines, all marked `.title`: compare first lines.
                var firstTitleLines: [String] = []
                var lastTitled: Int?
                for f in fates where f.kind == .title && f.story != lastTitled {
                    firstTitleLines.append(classified.lines[f.line].content)
                    lastTitled = f.story
                }
                let titles = stories.compactMap(\.title)
                XCTAssertEqual(titles.count, firstTitleLines.count, name)
                for (t, first) in zip(titles, firstTitleLines) { XCTAssertTrue(t.hasPrefix(first), "\(name): \(t)") }
                let storyIndices = Set(fates.compactMap { $0.kind == .kept ? $0.story : nil })
                XCTAssertEqual(stories.count, storyIndices.count, name)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 0)
    }
}
