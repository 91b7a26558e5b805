import XCTest
@testable import WinnowPipeline

/// A kicker headline (`OPINION: …`) with a page edge below it (a time stamp, a byline) gets
/// `kicker_header`; with only an ad below it (a promo label inside an article) it does not.
final class SplitKickerHeaderTests: XCTestCase {
    func text(_ kicker: String, _ below: String) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour Board Backs Dredging Plan"] + h + [kicker, below] + o).joined(separator: "\n")
    }

    static let kicker = "OPINION: The Orchestra Party"

    /// The features the kicker line itself was scored with (it must be scored: a test that finds
    /// no fate for it fails rather than reading "not fired").
    func features(_ below: String) throws -> [String] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(Self.kicker, below))
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.kicker },
                                 "the kicker is scored as a start")
        return fate.features
    }

    func testTimeStampBelowAKickerIsItsHeader() throws {
        let f = try features("Posted 10/22/18")
        XCTAssertTrue(f.contains { $0.hasPrefix("kicker_header=") }, "\(f)")
    }

    /// The same kicker, scored as a start, with an ad below: it reads as a kicker headline
    /// (`kicker_headline`) but gets no `kicker_header`.
    func testAdBelowAKickerIsNoHeader() throws {
        let f = try features("Advertisement")
        XCTAssertTrue(f.contains { $0.hasPrefix("kicker_headline=") }, "the line is read as a kicker: \(f)")
        XCTAssertFalse(f.contains { $0.hasPrefix("kicker_header=") }, "\(f)")
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
