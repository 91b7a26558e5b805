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
        var rng = SeededGenerator()
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
                    firstTitleLines.append(String(classified.lines[f.line].content))
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

    /// Byte-level `ending` / `startsCapitalised` / `endsWithCredit`: the same answers as the
    /// Character versions in `LineText` on edge cases and on every line of the sample dumps.
    func testByteLevelLineShapesMatchCharacterVersions() throws {
        var lines = ["", " ", "Headline", "Ends.", "Ends;", "Ends:", "Ends,", "Ends…", "Why?", "Wow!",
                     "Quoted.\u{201D}", "Quoted\u{2019}", "(Aside.)", "[Bracket]", "«Guillemets»", "Stars **",
                     "Trailing tab\t", "Caf\u{E9}", "e\u{301}", "\"Quote", "\u{2018}Single", "\u{201C}Double",
                     "\u{AB}Guillemet", "(Paren", "\u{C9}cole", "\u{E9}cole", "\u{661}23", "123", "lower", "\"'(",
                     "\u{0394}elta", "\u{03B4}elta", "\u{1F600} emoji", "\u{2014} dash"]
        let sample = CleaningFixtures.root.appendingPathComponent("Fixtures/devset/sample").path
        for name in try FileManager.default.contentsOfDirectory(atPath: sample).sorted() where name.contains(".txt") {
            for block in try ExplainSupport.readBlocks(path: sample + "/" + name, config: ReadConfig()) {
                lines += block.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        XCTAssertGreaterThan(lines.count, 100)
        for l in lines {
            XCTAssertEqual(LineText.ending(l), LineText.endingOfCharacters(l), l)
            XCTAssertEqual(LineText.startsCapitalised(l), LineText.startsCapitalisedCharacters(l), l)
        }
        XCTAssertTrue(SplitText.endsWithCredit("Families arrive at the site in Kabul [Mohammad Ismail/Reuters]"))
        XCTAssertTrue(SplitText.endsWithCredit("A voter in Dallas, June 11, 2020. REUTERS/Jim Bourg/File Photo"))
        XCTAssertFalse(SplitText.endsWithCredit("Trump signs order on 9/11 memorial funding"))
        XCTAssertFalse(SplitText.endsWithCredit("Senate votes on and/or clause in spending bill"))
        XCTAssertEqual(DatelineMatcher.placeOnly("WASHINGTON, March 3"), "WASHINGTON")
        XCTAssertEqual(DatelineMatcher.placeOnly(" LOS ANGELES, California "), "LOS ANGELES, California")
        XCTAssertEqual(DatelineMatcher.placeOnly("SEOUL"), "SEOUL")
    }

    /// `FeatureWeights` indexes by `SplitFeature.ordinal`, which must be the case's `allCases` position.
    func testFeatureOrdinalIsCasePosition() {
        XCTAssertEqual(MemoryLayout<SplitFeature>.size, 1)
        for (k, f) in SplitFeature.allCases.enumerated() { XCTAssertEqual(f.ordinal, k, f.rawValue) }
        let w = FeatureWeights(SplitConfig.defaultWeights)
        for f in SplitFeature.allCases { XCTAssertEqual(w[f], SplitConfig.defaultWeights[f] ?? 0, f.rawValue) }
    }
}

/// `titleCaseShare`'s ASCII word-by-word path must equal the scalar walk it skips.
final class TitleCaseShareFastPathTests: XCTestCase {
    func testASCIIPathEqualsScalarWalk() {
        var rng = SeededGenerator()
        let pieces = ["a", "B", "cd", "Ef", "GHI", "jkl", "Mnop", "qrstu", "VWXYZ", "Headline", "of", " ", "  ", "\t",
                      "\"", "'", "(", "[", "42", "7th", "-", ",", ".", ":", "@", "`", "{", "~", "_"]
        for _ in 0..<5000 {
            var s = ""
            for _ in 0..<Int.random(in: 0...60, using: &rng) { s += pieces.randomElement(using: &rng)! }
            let bytes = Array(s.utf8)
            bytes.withUnsafeBufferPointer { u in
                let scalars = SplitText.titleCaseShareScalars(u)
                XCTAssertEqual(SplitText.titleCaseShare(u), scalars, s.debugDescription)
                if let base = u.baseAddress { XCTAssertEqual(SplitText.titleCaseShareASCII(base, u.count), scalars, s.debugDescription) }
            }
        }
        XCTAssertEqual(SplitText.titleCaseShare("The Senate Votes on \"Ceasefire\" Deal"), 1.0)
        XCTAssertEqual(SplitText.titleCaseShare("Zürich café Élan"), SplitText.withBytes("Zürich café Élan") { SplitText.titleCaseShareScalars($0) })
    }
}
