import Foundation
import XCTest
@testable import WinnowPipeline

/// The splitter's shortcuts give exactly what they replaced: headline affinity on `Cohesion`'s
/// word ids equals it on the words' hashes, Title Case share on bytes equals it on scalars, and
/// the inline fired-feature list keeps firing order and repeats.
final class SplitFactsTests: XCTestCase {
    /// The hash version of `HeadlineAffinity.measure` (each line's content-word hashes compared).
    private func referenceAffinity(_ lines: [ClassifiedLine], _ i: Int, window: Int) -> (after: Double, before: Double)? {
        let hashes = lines.map { $0.kind == .body ? Cohesion.contentWords($0.content) : [] }
        var words: [UInt64] = []
        for h in hashes[i] where words.count < HeadlineAffinity.maxLineWords && !words.contains(h) { words.append(h) }
        guard words.count >= HeadlineAffinity.minLineWords else { return nil }
        func found(_ start: Int, _ step: Int) -> Int {
            var hit = Set<UInt64>(), seen = 0, j = start
            while j >= 0 && j < lines.count && seen < window {
                for h in hashes[j] where words.contains(h) { hit.insert(h) }
                seen += hashes[j].count
                j += step
            }
            return hit.count
        }
        return (Double(found(i + 1, 1)) / Double(words.count), Double(found(i - 1, -1)) / Double(words.count))
    }

    func testAffinityOnWordIDsEqualsHashesOnSampleDumps() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let sample = CleaningFixtures.root.appendingPathComponent("Fixtures/devset/sample").path
        var measured = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: sample).sorted() where name.contains(".txt") {
            for block in try ExplainSupport.readBlocks(path: sample + "/" + name, config: ReadConfig()) {
                let lines = classifier.classify(block.text).lines
                for window in [120, 9] {
                    var fast = HeadlineAffinity(lines, window: window)
                    for i in lines.indices where lines[i].kind == .body {
                        let a = fast.measure(i), r = referenceAffinity(lines, i, window: window)
                        XCTAssertEqual(a?.after, r?.after, "\(name) line \(i) window \(window)")
                        XCTAssertEqual(a?.before, r?.before, "\(name) line \(i) window \(window)")
                        if a != nil { measured += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(measured, 100)
    }

    func testTitleCaseShareOnBytesEqualsScalars() {
        let lines = ["Harbour Authority Approves Dredging Of Shipping Channel", "the quick brown fox jumps",
                     "Élection Présidentielle: Über Ångström ñandú Ωmega", "日本語 Straße „Zitat“ 2024 — Über",
                     "  double  spaces and   Trailing ", "", "a", "Ünïcödé wörds ärë hërë 🎉 Party Time",
                     "123 4567 #hashtag @User Москва Київ ελληνικά", "\u{301}Combining Marks Here"]
        for s in lines { XCTAssertEqual(SplitText.titleCaseShare(s), SplitText.titleCaseShareOfScalars(s), s) }
    }

    func testFiredFeaturesKeepOrderAndRepeats() {
        var fired = FiredFeatures()
        var expected: [SplitFeature] = []
        for k in 0..<40 {
            let f = SplitFeature.allCases[(k * 7) % SplitFeature.allCases.count]
            fired.append(f)
            expected.append(f)
        }
        XCTAssertEqual(Array(fired), expected, "order and repeats, past the inline 32")
        XCTAssertEqual(fired.count, 40)
        var few = FiredFeatures()
        few.append(.proseAfter)
        few.append(.openEnding)
        XCTAssertTrue(few.contains(.proseAfter))
        XCTAssertTrue(few.contains(.openEnding))
        XCTAssertFalse(few.contains(.tooLong))
        XCTAssertEqual(Array(few), [.proseAfter, .openEnding])
    }

    /// Each feature is held by its own bit, the ones past the first word's 64 included: a feature
    /// set alone is found, and no other one is.
    func testFiredFeaturesHoldEveryFeatureApart() {
        let all = SplitFeature.allCases
        for f in all {
            var one = FiredFeatures()
            one.append(f)
            for g in all { XCTAssertEqual(one.contains(g), g == f, "\(f) set, \(g) asked") }
        }
    }
}
