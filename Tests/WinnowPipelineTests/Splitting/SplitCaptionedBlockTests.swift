import XCTest
@testable import WinnowPipeline

/// A headline-less lede under a page header whose photo carries a kept caption over its stripped
/// credit (`BoundaryCaptionedBlock.swift`): the caption is part of the block, so the lede is a
/// furniture-block lede; a long line over the credit is a paragraph and ends the walk. A lede that
/// ends on a question is a lede when it is longer than a headline.
final class SplitCaptionedBlockTests: XCTestCase {
    static let caption = "Passengers wait on the quay for the morning boat to the islands."

    static let stamp = ["Published May 3, 2019 10:00 AM", "Share this article"]

    func testCaptionBetweenStampAndCreditIsPartOfTheBlock() throws {
        let kinds = try ledeKinds(Self.stamp + [Self.caption, "Photo: Jane Doe/Reuters"])
        XCTAssertNotEqual(kinds, 0)
        XCTAssertNotEqual(kinds & BoundaryScorer.FurnitureKind.timestamp.rawValue, 0)
        // The same block without the caption reads the same.
        XCTAssertEqual(try ledeKinds(Self.stamp + ["Photo: Jane Doe/Reuters"]), kinds)
    }

    /// Over `max_words` words the line over the credit is a paragraph: the walk stops there, and
    /// the credit alone is no block.
    func testLongLineOverTheCreditIsAParagraph() throws {
        let long = Self.caption.dropLast() + " while the harbour master, who has run the port for twenty years, checks the tide tables and the weather once more."
        XCTAssertEqual(try ledeKinds(Self.stamp + [String(long), "Photo: Jane Doe/Reuters"]), 0)
    }

    /// A caption with no furniture above it is the paragraph above: the block is the credit alone.
    func testCaptionRightUnderTheTextIsNoPartOfTheBlock() throws {
        XCTAssertEqual(try ledeKinds([Self.caption, "Photo: Jane Doe/Reuters"]), 0)
    }

    func testQuestionParagraphUnderAPageHeaderIsALede() throws {
        let question = "Who will conduct the orchestra in the autumn season now that its music director has left for Vienna, and will the players who asked for more sectional practice finally get it?"
        let header = SplitPageHeaderTests.header
        XCTAssertNotEqual(try ledeKinds(header, lede: question), 0)
        // A question of headline length there is the story's headline, not its lede.
        XCTAssertEqual(try ledeKinds(header, lede: "Who will conduct the city orchestra this autumn?"), 0)
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + header + [question] + SplitStructureTests.orchestra).joined(separator: "\n\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(question) ?? false)
    }

    /// Cohesion leaves a caption inside a header block out (it repeats the new story's words above
    /// its lede), and counts the paragraphs around it.
    func testCohesionSkipsTheCaptionInABlock() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let text = (SplitStructureTests.harbour + Self.stamp + [Self.caption, "Photo: Jane Doe/Reuters"]
            + SplitStructureTests.orchestra).joined(separator: "\n\n")
        let lines = classifier.classify(text).lines
        let skip = scorer.cohesionSkip(lines, facts: scorer.facts(lines))
        let caption = try XCTUnwrap(lines.firstIndex { $0.content == Self.caption })
        XCTAssertTrue(skip[caption])
        XCTAssertEqual(skip.filter { $0 }.count, 1)
        // Without a caption nothing is skipped (and nothing allocated).
        let plain = classifier.classify((SplitStructureTests.harbour + SplitStructureTests.orchestra).joined(separator: "\n\n")).lines
        XCTAssertFalse(scorer.cohesionSkip(plain, facts: scorer.facts(plain)).contains(true))
    }

    /// Three kinds with one page edge (a stamp, share widgets, a photo's credit) over a prose lede:
    /// a page header for the lede (`page_header`), where two page edges were needed before; two
    /// kinds with one edge stay a plain furniture block.
    func testStampWidgetsAndCreditOverALedeAreAPageHeader() throws {
        let t = BoundaryScorer.FurnitureKind.timestamp.rawValue, w = BoundaryScorer.FurnitureKind.widget.rawValue
        let c = BoundaryScorer.FurnitureKind.credit.rawValue
        XCTAssertTrue(BoundaryScorer.isLedePageHeader(t | w | c))
        XCTAssertFalse(BoundaryScorer.isLedePageHeader(t | w))
        XCTAssertFalse(BoundaryScorer.isPageHeader(t | w | c))
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + Self.stamp + ["Photo: Jane Doe/Reuters"] + SplitStructureTests.orchestra).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("page_header", .positive) })
        XCTAssertEqual(splitter.split(lines).count, 2)
    }

    /// The same three kinds around a headline-shaped line (stamp and widgets above, a credit below)
    /// give it `page_header`; a sentence there (a dek, a caption) does not get it.
    func testThreeKindsAroundAHeadlineAreAPageHeader() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        func fates(_ line: String) -> [LineFate] {
            let text = (SplitStructureTests.harbour + Self.stamp + [line, "Photo: Jane Doe/Reuters"] + SplitStructureTests.orchestra)
                .joined(separator: "\n\n")
            return splitter.explain(classifier.classify(text))
        }
        let headline = "City orchestra names a new conductor for its autumn season"
        XCTAssertTrue(fates(headline).contains { $0.kind == .title && $0.features.fired("page_header", .positive) })
        XCTAssertFalse(fates(Self.caption).contains { $0.features.contains { $0.hasPrefix("page_header=") } && $0.kind == .title })
    }
}
