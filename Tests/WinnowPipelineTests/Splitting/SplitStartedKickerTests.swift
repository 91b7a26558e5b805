import XCTest
@testable import WinnowPipeline

/// A section label over a headline (`OPINION: …`) with a copyright line between it and its lede
/// starts its story as the dateline lede it looks like; `started_kickers` makes it the story's
/// title. A dateline lede that reads as a sentence stays the story's first paragraph.
final class SplitStartedKickerTests: XCTestCase {
    static let headline = "Harbour Authority Approves Plan To Dredge The Northern Channel"

    static func text(_ second: String) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        // Dense copy: no blank lines; the copyright line is stripped.
        return ([headline] + h + [second, "The opinions expressed by columnists are their own and do not represent the views of Example.com."] + o)
            .joined(separator: "\n")
    }

    func stories(_ text: String, on: Bool?) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages { if let on { $0.startedKickers = on } }
        return splitter.split(classifier.classify(text))
    }

    func testKickerThatStartsAStoryGivesItsTitle() throws {
        for kicker in ["OPINION: Free Music For Students", "OPINION: Why should students pay for concerts at all?"] {
            let s = try stories(Self.text(kicker), on: nil)
            XCTAssertEqual(s.map(\.title), [Self.headline, kicker], kicker)
            XCTAssertTrue(s[1].text.hasPrefix("The city orchestra announced"), kicker)
            // Off: the same boundary, no title.
            let off = try stories(Self.text(kicker), on: false)
            XCTAssertEqual(off.map(\.title), [Self.headline, nil], kicker)
            XCTAssertTrue(off[1].text.hasPrefix(kicker), kicker)
        }
    }

    func testSentenceLedeStaysABody() throws {
        let lede = "OSLO: Tickets for students will cost less."
        let s = try stories(Self.text(lede), on: nil)
        XCTAssertEqual(s.map(\.title), [Self.headline, nil])
        XCTAssertTrue(s[1].text.hasPrefix(lede))
    }
}
