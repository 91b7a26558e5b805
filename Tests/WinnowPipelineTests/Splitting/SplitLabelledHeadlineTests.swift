import XCTest
@testable import WinnowPipeline

/// A kicker headline (`OPINION: …`) of headline length in a dump whose stories start at headlines
/// gets `labelled_headline` and starts its story; a short label line does not get it.
final class SplitLabelledHeadlineTests: XCTestCase {
    func text(_ kicker: String) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour Board Backs Dredging Plan"] + h + [kicker] + o).joined(separator: "\n")
    }

    /// The pipeline's split config with the dateline-lede weight the kicker is scored by lowered,
    /// so the kicker sits just under the threshold (4.42) as a cohesion loss leaves it on real dumps.
    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { split in
            split.weights[.datelineStart] = 1.8
            if let w = weight { split.weights[.labelledHeadline] = w }
        }
    }

    func testLabelledHeadlineStartsItsStory() throws {
        let kicker = "OPINION: Why the orchestra season deserves younger listeners"
        let (classifier, splitter) = try stages(nil)
        XCTAssertEqual(splitter.split(classifier.classify(text(kicker))).map(\.title), ["Harbour Board Backs Dredging Plan", kicker])
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(text(kicker))).map(\.title), ["Harbour Board Backs Dredging Plan"])
    }

    func testExplainNamesTheFeature() throws {
        let (classifier, splitter) = try stages(nil)
        let fates = splitter.explain(classifier.classify(text("OPINION: Why the orchestra season deserves younger listeners")))
        XCTAssertTrue(fates.contains { $0.features.contains { $0.hasPrefix("labelled_headline=") } })
    }

    /// A label over a question headline is a kicker headline too (`question_kickers`): it starts
    /// its story as the title; switched off, the question is a dateline lede under the threshold.
    func testQuestionUnderALabelStartsItsStory() throws {
        let kicker = "OPINION: Should the orchestra season court younger listeners?"
        // Scored without an open ending's cohesion margin: just over the threshold (4.52) here.
        let (classifier, splitter) = try CleaningFixtures.stages { $0.weights[.datelineStart] = 2.0 }
        XCTAssertEqual(splitter.split(classifier.classify(text(kicker))).map(\.title), ["Harbour Board Backs Dredging Plan", kicker])
        let fates = splitter.explain(classifier.classify(text(kicker)))
        XCTAssertTrue(fates.contains { $0.features.contains("question under a section label") })
        let (c0, s0) = try CleaningFixtures.stages { split in
            split.weights[.datelineStart] = 2.0
            split.questionKickers = false
        }
        XCTAssertEqual(s0.split(c0.classify(text(kicker))).map(\.title), ["Harbour Board Backs Dredging Plan"])
    }

    /// A short label line (`CSI: Orchestra`) is a section heading: no weight.
    func testShortLabelLineGetsNoWeight() throws {
        let (classifier, splitter) = try stages(nil)
        let fates = splitter.explain(classifier.classify(text("MUSIC: Orchestra Season")))
        XCTAssertTrue(fates.contains { $0.features.fired("kicker_headline") })
        XCTAssertFalse(fates.contains { $0.features.contains { $0.hasPrefix("labelled_headline=") } })
    }
}
