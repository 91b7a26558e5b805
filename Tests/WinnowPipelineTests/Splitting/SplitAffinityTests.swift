import XCTest
@testable import WinnowPipeline

/// Headline affinity, wire datelines and lead-ins: the boundary evidence added for dumps from
/// unseen outlets (`HeadlineAffinity`, `BoundaryPlanner.isWireDateline`, `adoptLeadIns`).
final class SplitAffinityTests: XCTestCase {
    let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra

    /// The orchestra story, then the harbour story under its headline with a subhead inside it:
    /// the classified lines and the indices of the headline and the subhead.
    static func harbourAfterOrchestra() throws -> (lines: [ClassifiedLine], headline: Int, subhead: Int) {
        let (classifier, _) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = ([o[0], o[1], o[2], o[3], o[4],
                     "Harbour authority approves dredging of shipping channel",
                     h[0], h[1], h[2],
                     "Fishermen fear sediment plumes near shellfish beds",
                     h[3], h[4]]).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let headline = try XCTUnwrap(lines.firstIndex { $0.content.hasPrefix("Harbour authority approves") })
        let subhead = try XCTUnwrap(lines.firstIndex { $0.content.hasPrefix("Fishermen fear") })
        return (lines, headline, subhead)
    }

    /// A headline's words come back below it and not above it; a subhead's come back on both sides.
    func testHeadlineAffinityTellsAHeadlineFromASubhead() throws {
        let (lines, headline, subhead) = try Self.harbourAfterOrchestra()
        var affinity = HeadlineAffinity(lines, window: 120)
        let a = try XCTUnwrap(affinity.measure(headline))
        XCTAssertGreaterThanOrEqual(a.after, 0.5, "harbour, dredging, shipping, channel come back below")
        XCTAssertEqual(a.before, 0, "the orchestra story above shares none of them")
        let s = try XCTUnwrap(affinity.measure(subhead))
        XCTAssertGreaterThan(s.before, 0, "a subhead's words were in its story above it too")
        XCTAssertGreaterThan(a.after - a.before, s.after - s.before)
        // Too few content words to say anything: no measure.
        let (classifier, _) = try CleaningFixtures.stages()
        let short = classifier.classify([o[0], "Round two", h[0]].joined(separator: "\n")).lines
        var shortAffinity = HeadlineAffinity(short, window: 120)
        XCTAssertNil(shortAffinity.measure(1))
    }

    func testWireDatelineShapes() {
        let wire = ["BEIJING, Dec 6 (Kyodo) - Tonight", "(LONDON) — The", "ALEXANDRIA, VA – For the",
                    "WASHINGTON (Reuters) - President", "WINSTON-SALEM, N.C. — The"]
        let bare = ["DUBAI — Barack Obama", "FILE PHOTO: Former counsel", "SEAN HANNITY (HOST): Let me",
                    "WILLIAM BARR: We have", "LONDON: The"]
        for s in wire { XCTAssertTrue(BoundaryPlanner.isWireDateline(s, maxBytes: 60), s) }
        for s in bare { XCTAssertFalse(BoundaryPlanner.isWireDateline(s, maxBytes: 60), s) }
    }

    /// An editor's note between the previous story's trailer and the next dateline lede opens the
    /// next story: the trailer closed the old one.
    func testLinesBetweenATrailerAndADatelineLedeOpenTheNextStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let note = "Editor's note: This story was updated with the conductor's name."
        let text = (["(ROTTERDAM) — " + h[0], h[1], h[2], h[3], h[4],
                     "Anna Berg contributed to this report.",
                     note, "It first appeared in the weekend edition.",
                     "(HELSINKI) — " + o[0], o[1], o[2], o[3], o[4]]).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertFalse(stories[0].text.contains("Editor's note"), "the note left the harbour story")
        XCTAssertTrue(stories[1].text.hasPrefix(note), "the orchestra story opens with its note")
        XCTAssertEqual(stories.map(\.title), [nil, nil])
    }

    /// A headline over its dateline lede is one story even where cohesion is left out and both lines
    /// pass the threshold on their own.
    func testHeadlineOverAWireLedeIsOneStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (["(ROTTERDAM) — " + h[0], h[1], h[2], h[3], h[4],
                     "Anna Berg contributed to this report.",
                     "City orchestra opens its autumn season with Sibelius",
                     "HELSINKI, May 24 (Reuters) - " + o[0], o[1], o[2], o[3], o[4]]).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), [nil, "City orchestra opens its autumn season with Sibelius"])
        XCTAssertTrue(stories[1].text.hasPrefix("HELSINKI, May 24 (Reuters) - "))
    }
}
