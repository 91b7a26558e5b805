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

    func stages(_ maxWords: Int?) throws -> (LineClassifier, StorySplitter) {
        var (clean, split) = try CleaningFixtures.configs()  // only split changes
        if let m = maxWords { split.preambleMaxWords = m }
        return (try LineClassifier(config: clean), try StorySplitter(config: split))
    }

    func testLedeUnderAPreambleStaysInItsStory() throws {
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(text()))
        XCTAssertEqual(stories.count, 4)
        XCTAssertTrue(stories.count > 2 && stories[2].text.hasPrefix("HELSINKI, Mar 5 (Reuters) - Editor's note"))
        XCTAssertTrue(stories.count > 2 && stories[2].text.contains("HELSINKI (AP) — "))
        let fates = splitter.explain(classifier.classify(text()))
        XCTAssertTrue(fates.contains { $0.features.contains("unsigned_lede=-4.0") })
        // Off, the lede starts a story of its own and the preamble is a story.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(text())).count, 5)
    }

    /// With a sign-off above the second lede it is a story of its own.
    func testSignedOffLedeStaysAStart() throws {
        let (classifier, splitter) = try stages(nil)
        let t = text().replacingOccurrences(of: "\nHELSINKI (AP) — ", with: "\n\(Self.signOff)\nHELSINKI (AP) — ")
        XCTAssertEqual(splitter.split(classifier.classify(t)).count, 5)
    }
}
