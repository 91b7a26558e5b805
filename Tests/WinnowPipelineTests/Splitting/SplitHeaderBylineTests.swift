import XCTest
@testable import WinnowPipeline

/// A contributor trailer (`Written by Jane Doe`) set in a headline's header, over the page's time
/// stamp, is its byline (`header_bylines`, `BoundaryHeaderByline.swift`): the headline keeps its
/// story and title. Under a story's last paragraph the same line still ends that story.
final class SplitHeaderBylineTests: XCTestCase {
    static let headline = "Orchestra Announces an Autumn Season of Sibelius Symphonies"
    static let dek = "The new conductor's first season opens in September with a commissioned concerto."
    static let writtenBy = "Written by Jane Doe"
    static let stamp = "Published March 3, 2019 8:05am EST"

    func stages(_ on: Bool) throws -> (LineClassifier, StorySplitter, BoundaryScorer) {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.headerBylines = on }
        return (classifier, splitter, try CleaningFixtures.scorer { $0.headerBylines = on })
    }

    /// The harbour story, then `middle`, then the orchestra story's prose.
    func text(_ middle: [String]) -> String {
        (["Harbour Authority Approves Dredging of the Northern Shipping Channel"] + SplitStructureTests.harbour + middle
         + SplitStructureTests.orchestra).joined(separator: "\n\n")
    }

    func shape(of line: String, in text: String, _ classifier: LineClassifier, _ scorer: BoundaryScorer) throws -> LineFacts.Shape {
        let lines = classifier.classify(text).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
        guard case .stripped(_, .trailer?) = lines[i].kind else { XCTFail("\(line) is not stripped as a trailer"); return .body }
        return scorer.facts(lines).shape[i]
    }

    func testWrittenByUnderHeadlineAndDekIsItsByline() throws {
        for middle in [[Self.headline, Self.writtenBy, Self.stamp, "Share"],
                       [Self.headline, Self.dek, Self.writtenBy, Self.stamp, "Share"]] {
            let (classifier, splitter, scorer) = try stages(true)
            let t = text(middle)
            XCTAssertEqual(try shape(of: Self.writtenBy, in: t, classifier, scorer), .headerByline, "\(middle.count)")
            let stories = splitter.split(classifier.classify(t))
            XCTAssertEqual(stories.map(\.title), ["Harbour Authority Approves Dredging of the Northern Shipping Channel", Self.headline], "\(middle.count)")
            // Off, the line is a trailer: the lede under it is read as a headline-less page's.
            let (c0, _, s0) = try stages(false)
            XCTAssertEqual(try shape(of: Self.writtenBy, in: t, c0, s0), .trailer)
        }
    }

    /// Under a story's last paragraph (prose), or with no time stamp below it, the line signs off.
    func testWrittenByUnderProseOrWithoutStampStaysATrailer() throws {
        let (classifier, _, scorer) = try stages(true)
        XCTAssertEqual(try shape(of: Self.writtenBy, in: text([Self.writtenBy, Self.stamp]), classifier, scorer), .trailer)
        XCTAssertEqual(try shape(of: Self.writtenBy, in: text([Self.headline, Self.writtenBy, "Share"]), classifier, scorer), .trailer)
        // The stamp must be right below it: over another page's widgets and stamp it signs off.
        XCTAssertEqual(try shape(of: Self.writtenBy, in: text([Self.headline, Self.writtenBy, "Share", Self.stamp]), classifier, scorer), .trailer)
    }

    /// The lede under a headline's header byline and stamp is no headline-less page's lede: the
    /// block above it is the headline's header (`furnitureBlockKinds` finds no page edge).
    func testBlockUnderAHeaderBylineIsTheHeadlinesHeader() throws {
        XCTAssertEqual(try ledeKinds([Self.headline, Self.writtenBy, Self.stamp]), 0)
        XCTAssertEqual(try ledeKinds([Self.headline, Self.dek, Self.writtenBy, Self.stamp]), 0)
        // Under the harbour story's last paragraph the same lines are a page edge (sign-off and stamp).
        XCTAssertNotEqual(try ledeKinds([Self.writtenBy, Self.stamp]), 0)
    }
}
