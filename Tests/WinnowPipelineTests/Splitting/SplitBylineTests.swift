import XCTest
@testable import WinnowPipeline

/// A byline the rules kept (`By Jane Doe - October 20, 2014`) is header furniture: the headline
/// above it keeps its lede, and the byline never becomes a title itself.
final class SplitBylineTests: XCTestCase {
    func testBylineShapes() {
        let bylines = ["By Jane Doe", "By Jane Doe and John Roe - October 20, 2014", "BY JANE DOE",
                       "By Jane Doe | 03/02/16 3:44am", "By Futurist Jane Doe"]
        let other = ["By Sunday afternoon, the mayor had changed his mind.", "By contrast, liberals:",
                     "Bylines Matter More Than Ever", "by a reader of the paper", "By",
                     "By Jane Doe " + String(repeating: "and friends ", count: 10)]
        func words(_ s: String) -> Int { s.split(separator: " ").count }
        for s in bylines { XCTAssertTrue(Byline.matches(s, words: words(s), ending: LineText.ending(s)), s) }
        for s in other { XCTAssertFalse(Byline.matches(s, words: words(s), ending: LineText.ending(s)), s) }
    }

    /// The headline over a byline starts its story with the byline as header furniture (stripped),
    /// and `byline_after` fires on it; the byline is no headline candidate.
    func testHeadlineOverBylineStartsTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let headline = "Orchestra Names Its Conductor"
        let byline = "By Anna Berg and Tom Lind - October 20, 2014"
        let text = (h + [headline, byline] + o).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let facts = scorer.facts(lines)
        let b = try XCTUnwrap(lines.firstIndex { $0.content == byline })
        XCTAssertNil(scorer.headline(b, in: lines, facts: facts))
        let t = try XCTUnwrap(lines.firstIndex { $0.content == headline })
        XCTAssertTrue(try XCTUnwrap(scorer.headline(t, in: lines, facts: facts)).fired.contains(.bylineAfter))
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), [nil, headline])
        XCTAssertFalse(stories[1].text.contains(byline), "a byline in the header block is furniture")
    }

    /// A byline between a trailer and a dateline lede does not hide the trailer from the lede.
    func testBylineAboveADatelineLedeKeepsTheTrailer() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (h + ["Copyright 2024 The Harbour Gazette. All rights reserved.", "By Anna Berg - October 20, 2014",
                         "HELSINKI (AP) — " + o[0]] + o.dropFirst()).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.contains("HELSINKI (AP)") ?? false)
    }

    /// A sign-off line shaped like a headline (an e-mail contact) ends a story; it starts none.
    func testSignOffLineStartsNoStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let signOff = "Write to Anna Berg at anna.berg@example.org about the harbour"
        let text = (h + [signOff] + o).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertFalse(stories.contains { $0.title == signOff })
        let fates = splitter.explain(classifier.classify(text))
        let fate = try XCTUnwrap(fates.first { $0.features.contains { $0.hasPrefix("sign_off_line") } })
        XCTAssertEqual(fate.kind, .kept)
    }
}
