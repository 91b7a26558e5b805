import XCTest
@testable import WinnowPipeline

/// A kicker headline (`OPINION: …`) with a page edge below it (a time stamp, a byline) gets
/// `kicker_header`; with only an ad below it (a promo label inside an article) it does not.
final class SplitKickerHeaderTests: XCTestCase {
    func text(_ kicker: String, _ below: String) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour Board Backs Dredging Plan"] + h + [kicker, below] + o).joined(separator: "\n")
    }

    func fired(_ below: String) throws -> Bool {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let fates = splitter.explain(classifier.classify(text("OPINION: The Orchestra Party", below)))
        return fates.contains { $0.features.contains { $0.hasPrefix("kicker_header=") } }
    }

    func testTimeStampBelowAKickerIsItsHeader() throws {
        XCTAssertTrue(try fired("Posted 10/22/18"))
    }

    func testAdBelowAKickerIsNoHeader() throws {
        XCTAssertFalse(try fired("Advertisement"))
    }

    /// The weight takes a short kicker held under the threshold (here by a lowered dateline-lede
    /// weight: 3.12 without it, 5.12 with it) over it: the kicker titles the second story; at 0 it
    /// stays in the first.
    func testKickerHeaderStartsTheStory() throws {
        let kicker = "OPINION: The Orchestra Party"
        let (classifier, splitter) = try CleaningFixtures.stages { $0.weights[.datelineStart] = 1.0 }
        XCTAssertEqual(splitter.split(classifier.classify(text(kicker, "Posted 10/22/18"))).map(\.title),
                       ["Harbour Board Backs Dredging Plan", kicker])
        let (c0, s0) = try CleaningFixtures.stages { split in
            split.weights[.datelineStart] = 1.0
            split.weights[.kickerHeader] = 0
        }
        XCTAssertEqual(s0.split(c0.classify(text(kicker, "Posted 10/22/18"))).map(\.title), ["Harbour Board Backs Dredging Plan"])
    }
}
