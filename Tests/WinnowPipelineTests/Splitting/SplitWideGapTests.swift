import XCTest
import Yams
@testable import WinnowPipeline

/// A headline under more blank lines than the dump's usual paragraph gap (two between stories, one
/// between paragraphs) gets `wide_gap`; paragraphs under the usual gap do not, and where wide gaps
/// are common (over `wide_gap_share` of body lines) none does.
final class SplitWideGapTests: XCTestCase {
    let text = (["Harbour Board Backs Dredging Plan"] + SplitStructureTests.harbour).joined(separator: "\n\n") + "\n\n\n"
        + (["Orchestra Season Opens With Sibelius"] + SplitStructureTests.orchestra).joined(separator: "\n\n")

    func stages(_ edit: (inout SplitConfig) -> Void = { _ in }) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages(editing: edit)
    }

    func testWideGapStartsTheStory() throws {
        let (classifier, splitter) = try stages()
        XCTAssertEqual(splitter.split(classifier.classify(text)).map(\.title),
                       ["Harbour Board Backs Dredging Plan", "Orchestra Season Opens With Sibelius"])
        let (c0, s0) = try stages { $0.weights[.wideGap] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text)).map(\.title), ["Harbour Board Backs Dredging Plan"])
    }

    func testOnlyTheWideGapFires() throws {
        let (classifier, splitter) = try stages()
        let fired = splitter.explain(classifier.classify(text)).filter { $0.features.contains { $0.hasPrefix("wide_gap=") } }
        XCTAssertEqual(fired.map(\.line), [13], "the second headline (input line 14)")
        let (c0, s0) = try stages { $0.wideGapShare = 0 }
        XCTAssertFalse(s0.explain(c0.classify(text)).contains { $0.features.contains { $0.hasPrefix("wide_gap=") } })
    }
}

/// Where the dump's headlines come under wide gaps, a bare headline start under the usual
/// paragraph gap (an in-article subhead) gets `narrow_gap`.
final class SplitNarrowGapTests: XCTestCase {
    func text() -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        func story(_ title: String, _ body: [String]) -> String { ([title] + body).joined(separator: "\n\n") }
        return [story("Harbour Board Backs Dredging Plan", h),
                story("Orchestra Season Opens With Sibelius", o),
                story("Dredging Crews Begin Work On Channel", [h[1], h[2]]) + "\n\nViolin Soloist Joins The Autumn Season\n\n" + [o[3], o[4]].joined(separator: "\n\n"),
                story("Fishermen Fear For Shellfish Beds", [h[2], h[3], h[4]]),
                story("Concert Hall Cuts Student Prices", [o[2], o[0], o[1]])].joined(separator: "\n\n\n")
    }

    func score(of line: String, weight: Double?) throws -> (Double?, [String]) {
        // Cohesion and affinity off: these few sentences repeat across the stories, and the subhead must pass on
        // its shape for the dump-style check to see it.
        let (classifier, splitter) = try CleaningFixtures.stages { split in
            split.weights[.cohesion] = 0
            split.weights[.sameTopic] = 0
            split.weights[.headlineAffinity] = 0
            if let w = weight { split.weights[.narrowGap] = w }
        }
        let t = text()
        let classified = classifier.classify(t)
        let fates = splitter.explain(classified)
        let f = fates.first { classified.lines[$0.line].text == line }
        return (f?.score, f?.features ?? [])
    }

    func testSubheadUnderTheUsualGap() throws {
        let subhead = "Violin Soloist Joins The Autumn Season"
        let (with, features) = try score(of: subhead, weight: nil)
        XCTAssertTrue(features.contains { $0.hasPrefix("narrow_gap=") }, "\(features)")
        let (without, _) = try score(of: subhead, weight: 0)
        XCTAssertEqual(try XCTUnwrap(with), try XCTUnwrap(without) - 2, accuracy: 1e-9)
        let (_, headline) = try score(of: "Fishermen Fear For Shellfish Beds", weight: nil)
        XCTAssertFalse(headline.contains { $0.hasPrefix("narrow_gap=") })
    }

    func testWideGapShareMustBeAShare() throws {
        XCTAssertThrowsError(try YAMLDecoder().decode(SplitConfig.self, from: "wide_gap_share: 1.5"))
        XCTAssertEqual(try YAMLDecoder().decode(SplitConfig.self, from: "wide_gap_share: 0.3").wideGapShare, 0.3)
    }
}
