import XCTest
@testable import WinnowPipeline

/// A headline-less story opening on a short sentence right under the end-of-copy mark of the story
/// before (`Reuter`): `signed_off_lede` starts it there, with that sentence as its first line (no
/// title). Under no trailer, or under a credit of several words (`(Reporting by …)`, which stories
/// go on under with notes of their own), the feature does not fire.
final class SplitSignedOffLedeTests: XCTestCase {
    static let lede = "Rail passengers face a long spring of closures."

    func text(signOff: String?) -> String {
        var lines = ["Harbour Board Backs Dredging Plan"] + SplitStructureTests.harbour
        if let signOff { lines.append(signOff) }
        lines += [""] + [Self.lede] + SplitFalseStartTests.rail
        return lines.joined(separator: "\n")
    }

    func testShortLedeUnderASignOffOpensAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(signOff: "Reuter"))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.lede) ?? false, "\(stories.last?.text.prefix(80) ?? "")")
        XCTAssertNil(stories.last?.title)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.lede })
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("signed_off_lede=") }, "\(fate.features)")
        // Off, the sentence is no story's first line (read as a headline, or glued above).
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.signedOffLede] = 0 }
        XCTAssertFalse(s0.split(c0.classify(text(signOff: "Reuter"))).contains { $0.text.hasPrefix(Self.lede) })
    }

    func testShortSentenceWithoutAnEndMarkIsNoLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        for signOff in [nil, SplitSignedOffTests.signOff] {
            let lines = classifier.classify(text(signOff: signOff))
            XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("signed_off_lede=") } }, "\(signOff ?? "none")")
        }
    }

    func testEndOfCopyMarks() {
        for s in ["Reuter", "-- END --", "(AP)"] { XCTAssertTrue(SplitText.withBytes(s, BoundaryScorer.isEndOfCopyMark), s) }
        for s in ["###", "Jane Doe contributed to this report.", "(Reporting by Ann Lee; Editing by Bob Roe)", "Ends."] {
            XCTAssertFalse(SplitText.withBytes(s, BoundaryScorer.isEndOfCopyMark), s)
        }
    }
}
