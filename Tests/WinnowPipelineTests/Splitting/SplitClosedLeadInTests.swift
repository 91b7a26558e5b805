import XCTest
@testable import WinnowPipeline

/// A dateline lede a line below a worded trailer, its lead-in between (`closed_lead_ins`): the
/// story above signed off, so cohesion with it (here the same harbour story's words) does not veto
/// the lede, and the new story opens at the lead-in. A lead-in that is a dateline lede itself opened
/// its story already: a second dateline lede below it stays inside that story.
final class SplitClosedLeadInTests: XCTestCase {
    let h = SplitStructureTests.harbour

    func stages(_ on: Bool) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.closedLeadIns = on }
    }

    func testLedeUnderALeadInAfterACreditStartsAtTheLeadIn() throws {
        let t = (Array(h.prefix(3)) + ["Reporting by Jane Doe; Editing by John Roe", "I am not one to gossip, but…",
                 "LISBON — " + h[3]] + h.dropFirst(4) + [h[0]]).joined(separator: "\n")
        let (classifier, splitter) = try stages(true)
        let stories = splitter.split(classifier.classify(t))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix("I am not one to gossip") == true)
        let (c0, s0) = try stages(false)
        XCTAssertEqual(s0.split(c0.classify(t)).count, 1, "cohesion vetoes the lede without the feature")
    }

    func testLedeUnderAnotherLedeStaysInItsStory() throws {
        // The first lede's paragraph is long enough for a story of its own: only the lead-in rule
        // could split there.
        let t = (Array(h.prefix(3)) + ["Reporting by Jane Doe; Editing by John Roe", "ATHENS, May 2 (Reuters) - " + h[4] + " " + h[1],
                 "LISBON — " + h[3]] + [h[0], h[2]]).joined(separator: "\n")
        let (classifier, splitter) = try stages(true)
        let stories = splitter.split(classifier.classify(t))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix("ATHENS, May 2") == true)
    }
}
