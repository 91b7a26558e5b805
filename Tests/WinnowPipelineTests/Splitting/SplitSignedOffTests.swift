import XCTest
@testable import WinnowPipeline

/// In a wire dump whose stories each end with a stripped sign-off, a dateline lede with no sign-off
/// since the previous start, a short way below it, is that story's real lede under a preamble (an
/// editor's note carrying a dateline of its own): it gets `unsigned_lede` and stays in its story.
final class SplitSignedOffTests: XCTestCase {
    static let signOff = "(Reporting by Ann Lee; Editing by Bob Roe)"
    static let note = "Editor's note: this story was updated on Friday to correct the name of the concert hall where the autumn season opens, "
        + "and to add comments from the orchestra's management about the change of venue and the revised rehearsal calendar for the players."

    func text() -> String {
        let h = SplitStructureTests.harbour, l = SplitLedeHeadlineTests.library, o = SplitStructureTests.orchestra
        var lines: [String] = ["ROTTERDAM, Mar 3 (Reuters) - " + h[0]]
        lines += h.dropFirst()
        lines += [Self.signOff, "OSLO, Mar 4 (Reuters) - " + l[0]]
        lines += l.dropFirst()
        lines += [Self.signOff, "HELSINKI, Mar 5 (Reuters) - " + Self.note, "HELSINKI (AP) — " + o[0]]
        lines += o.dropFirst()
        lines += [Self.signOff, "LISBON, Mar 6 (Reuters) - " + h[4], h[3], h[2], Self.signOff]
        return lines.joined(separator: "\n")
    }

    static let partnership = "This article was produced in partnership with the regional port gazette, a member of the coastal reporting network, "
        + "which supports local newsrooms that cover shipping, fisheries and harbour planning in small towns along the northern coast."

    /// Two stories under a preamble each: the dump's style is read off the other starts (the two
    /// unsigned ledes alone would make it look like a dump that does not sign off).
    func twoPreambles() -> String {
        let h = SplitStructureTests.harbour
        return text().replacingOccurrences(of: "LISBON, Mar 6 (Reuters) - " + h[4],
                                           with: "LISBON, Mar 6 (Reuters) - " + Self.partnership + "\nLISBON (AP) — " + h[4])
    }

    func stages(_ maxWords: Int?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let m = maxWords { $0.preambleMaxWords = m } }
    }

    func testLedeUnderAPreambleStaysInItsStory() throws {
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(text()))
        XCTAssertEqual(stories.count, 4)
        XCTAssertTrue(stories.count > 2 && stories[2].text.hasPrefix("HELSINKI, Mar 5 (Reuters) - Editor's note"))
        XCTAssertTrue(stories.count > 2 && stories[2].text.contains("HELSINKI (AP) — "))
        let fates = splitter.explain(classifier.classify(text()))
        XCTAssertTrue(fates.contains { $0.features.fired("unsigned_lede", .negative) })
        // Off, the lede starts a story of its own and the preamble is a story.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(text())).count, 5)
    }

    func testTwoPreamblesInAShortDump() throws {
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(twoPreambles()))
        XCTAssertEqual(stories.count, 4)
        XCTAssertTrue(stories.last?.text.contains("LISBON (AP) — ") ?? false)
    }

    /// With a sign-off above the second lede it is a story of its own.
    func testSignedOffLedeStaysAStart() throws {
        let (classifier, splitter) = try stages(nil)
        let t = text().replacingOccurrences(of: "\nHELSINKI (AP) — ", with: "\n\(Self.signOff)\nHELSINKI (AP) — ")
        XCTAssertEqual(splitter.split(classifier.classify(t)).count, 5)
    }
}
