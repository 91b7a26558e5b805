import XCTest
@testable import WinnowPipeline

/// A promo the page drops twice between an article's paragraphs (`Urgent: … Vote in Poll`) is no
/// headline (`repeated_promo`), while a headline printed elsewhere over its own header still opens
/// its story.
final class SplitRepeatedPromoTests: XCTestCase {
    static let promo = "Urgent: Should the Harbour Stay Open? Vote in Poll"
    static let h2 = "City orchestra unveils autumn season with Sibelius cycle"

    /// Hard-wrapped paragraphs (as a print scan sets them), each followed by a blank line.
    static func paragraphs(_ ps: [String]) -> [String] {
        ps.flatMap { SplitFalseStartTests.wrap($0, 44).components(separatedBy: "\n") + [""] }
    }

    static func article(promoAt: [Int]) -> [String] {
        let h = SplitStructureTests.harbour + SplitFalseStartTests.rail + SplitFalseStartTests.bakery
        var out = [SplitFalseStartTests.h1, "By Jane Doe", ""]
        for (k, p) in h.enumerated() {
            out += paragraphs([p])
            if promoAt.contains(k) { out += [promo, ""] }
        }
        return out
    }

    /// The promo printed twice between the harbour story's paragraphs starts nothing, and both
    /// copies stay in its text (the page printed them there); the orchestra story still opens.
    func testPromoPrintedTwiceInsideAnArticleIsNoStart() throws {
        let text = (Self.article(promoAt: [1, 10]) + [Self.h2, "By John Roe", ""]
            + Self.paragraphs(SplitStructureTests.orchestra)).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines).filter { lines.lines[$0.line].content == Self.promo }
        XCTAssertEqual(fates.count, 2)
        for f in fates { XCTAssertTrue(f.features.fired("repeated_promo", .negative), "\(f)") }
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.map(\.title), [SplitFalseStartTests.h1, Self.h2])
        XCTAssertEqual(stories[0].text.components(separatedBy: Self.promo).count, 3, "both copies kept: \(stories[0].text)")
    }

    /// A headline the article above links to between its paragraphs, printed again over its own
    /// byline further down, is that story's headline: the second copy has a header under it.
    func testHeadlinePrintedAgainOverItsBylineStillStarts() throws {
        let text = (Array(Self.article(promoAt: []).prefix(20)) + [Self.h2, "By John Roe", ""]
            + Self.paragraphs(Array(SplitStructureTests.orchestra.prefix(2))) + [Self.h2, ""]
            + Self.paragraphs(Array(SplitStructureTests.orchestra.dropFirst(2)))
            + ["Coastal rail line to close for six weekends", "By Ann Lee", ""]
            + Self.paragraphs(SplitFalseStartTests.rail)).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines).filter { lines.lines[$0.line].content == Self.h2 }
        XCTAssertEqual(fates.count, 2)
        XCTAssertFalse(fates[0].features.fired("repeated_promo", .negative), "\(fates[0])")
        XCTAssertTrue(splitter.split(lines).map(\.title).contains(Self.h2))
    }
}
