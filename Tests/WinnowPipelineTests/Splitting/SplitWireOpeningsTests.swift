import XCTest
@testable import WinnowPipeline

/// In a wire dump (every story opens with a wire dateline and signs off), a start with neither, a
/// label line inside a story (`ANALYSIS: …`, read as a colon dateline), gets `unsigned_opening`
/// and stays in its story.
final class SplitWireOpeningsTests: XCTestCase {
    static let signOff = SplitSignedOffTests.signOff
    static let label = "ANALYSIS: Volcano Alert Raised As Villagers Flee Mountain Slopes"
    static let volcano = [
        "Volcanologists measured rising gas emissions from the crater overnight, and villagers living below its slopes packed belongings into trucks before dawn broke.",
        "Seismographs recorded hundreds of small tremors beneath the mountain since Sunday, prompting geologists to raise the alert level for surrounding farmland.",
        "Farmers herding goats across lava fields said ash had already coated their pastures, leaving livestock without grazing and wells clouded with grit.",
        "Emergency crews opened shelters in two schools, handing out masks, blankets and bottled water to families who fled hamlets nearest the summit.",
    ]

    /// Four wire stories; the second carries a labelled line far below its lede, over paragraphs
    /// on another topic (so cohesion does not hold it back), with no sign-off above it.
    static func text(signedLabel: Bool = false) -> String {
        let h = SplitStructureTests.harbour, l = SplitLedeHeadlineTests.library, o = SplitStructureTests.orchestra
        var lines: [String] = ["ROTTERDAM, Mar 3 (Reuters) - " + h[0]] + h[1...3]
        lines += [signOff, "OSLO, Mar 4 (Reuters) - " + l[0], l[1]] + h[1...3] + [l[2]]
        if signedLabel { lines.append(signOff) }
        lines += [label] + volcano
        lines += [signOff, "HELSINKI, Mar 5 (Reuters) - " + o[0], o[1], o[2], signOff]
        lines += ["LISBON, Mar 6 (Reuters) - " + h[4], h[3], h[2], signOff]
        return lines.joined(separator: "\n")
    }

    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let w = weight { $0.weights[.unsignedOpening] = w } }
    }

    func testLabelLineInsideAWireStoryStaysInIt() throws {
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(Self.text()))
        XCTAssertEqual(stories.count, 4)
        XCTAssertTrue(stories.count > 1 && stories[1].text.contains(Self.label))
        let fates = splitter.explain(classifier.classify(Self.text()))
        XCTAssertTrue(fates.contains { $0.features.fired("unsigned_opening", .negative) })
        // Off, the label line opens a story of its own.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(Self.text())).count, 5)
    }

    /// After a sign-off the label line opens the next story.
    func testLabelLineAfterASignOffStaysAStart() throws {
        let (classifier, splitter) = try stages(nil)
        XCTAssertEqual(splitter.split(classifier.classify(Self.text(signedLabel: true))).count, 5)
    }

    /// Where the stories do not sign off, the dump is not read as wire copy.
    func testNoSignOffsNoWireStyle() throws {
        let (classifier, splitter) = try stages(nil)
        let t = Self.text().replacingOccurrences(of: Self.signOff + "\n", with: "")
        let fates = splitter.explain(classifier.classify(t))
        XCTAssertFalse(fates.contains { $0.features.contains { $0.hasPrefix("unsigned_opening=") } })
    }

    /// Three short lines between a sign-off and the next wire lede (a byline, the author's title,
    /// a salutation): the opening of that story, not the tail of the story before.
    static func leadIns() -> String {
        let h = SplitStructureTests.harbour, l = SplitLedeHeadlineTests.library, o = SplitStructureTests.orchestra
        var lines: [String] = ["ROTTERDAM, Mar 3 (Reuters) - " + h[0]] + h[1...3]
        lines += [signOff, "Jane Roe", "Opinion columnist", "Dear readers:", "OSLO, Mar 4 (Reuters) - " + l[0], l[1], l[2], signOff]
        lines += ["HELSINKI, Mar 5 (Reuters) - " + o[0], o[1], o[2], signOff]
        lines += ["LISBON, Mar 6 (Reuters) - " + h[4], h[3], h[2], signOff]
        return lines.joined(separator: "\n")
    }

    func testLeadInsAfterASignOffOpenTheNextStory() throws {
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(Self.leadIns()))
        XCTAssertEqual(stories.count, 4)
        XCTAssertTrue(stories.count > 1 && stories[1].text.hasPrefix("Jane Roe\nOpinion columnist\nDear readers:\nOSLO"))
        XCTAssertFalse(stories.first?.text.contains("Dear readers:") ?? true)
        // Off, the three lines stay at the end of the story before.
        let (c0, s0) = try CleaningFixtures.stages { $0.wireLeadInLines = 0 }
        XCTAssertTrue(s0.split(c0.classify(Self.leadIns())).first?.text.hasSuffix("Dear readers:") ?? false)
    }

    /// A headline right after a sign-off, in a wire dump, held under the threshold (its words echo
    /// the story above, and the dump's stories open at dateline ledes): the sign-off ended the story
    /// before, so the headline opens one, over a lede without a dateline of its own.
    static let echoHeadline = "Library Archive Draws Readers To Oak Tables"

    static func undated() -> String {
        let h = SplitStructureTests.harbour, l = SplitLedeHeadlineTests.library, o = SplitStructureTests.orchestra
        var lines: [String] = ["ROTTERDAM, Mar 3 (Reuters) - " + h[0]] + h[1...3]
        lines += [signOff, "OSLO, Mar 4 (Reuters) - " + l[0], l[1], l[2], signOff]
        lines += [echoHeadline, o[0], o[1], o[2], o[3], "Reuter"]
        lines += ["CATANIA, Mar 5 (Reuters) - " + volcano[0]] + volcano[1...3] + [signOff]
        lines += ["LISBON, Mar 6 (Reuters) - " + h[4], h[3], h[2], signOff]
        return lines.joined(separator: "\n")
    }

    func testHeadlineAfterASignOffStarts() throws {
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(Self.undated()))
        XCTAssertEqual(stories.count, 5)
        XCTAssertEqual(stories.count > 2 ? stories[2].title : nil, Self.echoHeadline)
        XCTAssertTrue(stories.count > 2 && stories[2].text.hasPrefix(SplitStructureTests.orchestra[0]))
        let fates = splitter.explain(classifier.classify(Self.undated()))
        XCTAssertTrue(fates.contains { $0.features.fired("wire_signed_opening") })
        // Off, it is the tail of the story before.
        let (c0, s0) = try CleaningFixtures.stages { $0.wireSignedOpenings = false }
        XCTAssertEqual(s0.split(c0.classify(Self.undated())).count, 4)
    }
}
