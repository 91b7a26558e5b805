import XCTest
@testable import WinnowPipeline

/// Portal page headers the header lift and the kicker scoring used to miss: a headline under a
/// sentence-case desk label (`Fact check`), a gallery's long header (slide counters and credits
/// between the byline and the lede), and an opinion page's labelled question over its writer's
/// disclaimer (`BoundaryHeaderLift.swift`, `BoundaryHeaderDisclaimer.swift`, `BoundaryLabelled.swift`).
final class SplitPortalHeaderTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra

    static func paragraphs(_ xs: [String]) -> [String] { xs.flatMap { [$0, ""] } }

    func split(_ text: [String], _ configure: ((inout SplitConfig) -> Void)? = nil) throws -> [ExtractedStory] {
        let (classifier, splitter): (LineClassifier, StorySplitter)
        if let configure { (classifier, splitter) = try CleaningFixtures.stages(editing: configure) }
        else { (classifier, splitter) = try CleaningFixtures.stages() }
        return splitter.split(classifier.classify(text.joined(separator: "\n")))
    }

    /// `Fact check` over a short headline, its dek and its header block: the start planned at the
    /// lede moves up to the headline (the label stands where the story above ended), and the label
    /// goes to the story's kicker.
    func testHeadlineUnderASentenceCaseLabelTakesTheLiftedStart() throws {
        let headline = "Orchestra cuts ticket prices"
        let text = Self.paragraphs(Self.h) + ["Skip to main content", "", "Fact check", headline,
            "Younger listeners are the point, the new conductor says.", "", "By Tom Lee",
            "Published May 18, 2019 1:07pm EST", "Share this article", "", "(HELSINKI) — " + Self.o[0], ""]
            + Self.paragraphs(Array(Self.o.dropFirst()))
        let stories = try split(text)
        XCTAssertEqual(stories.map(\.title), [nil, headline])
        XCTAssertEqual(stories.last?.metadata["kicker"], .string("Fact check"))
        XCTAssertFalse(stories[0].text.contains(headline), "the headline left the story above")
        XCTAssertTrue(stories[0].text.contains(Self.h[4]), "the story above keeps its last paragraph")
    }

    /// A gallery's header runs past 14 lines (byline, stamp, share row, four slides and their
    /// credits): the walk up from the lede still reaches the headline the length prior dropped.
    func testLongGalleryHeaderStillReachesItsHeadline() throws {
        let headline = "Orchestra cuts student tickets to five pounds"
        let slides = (1...4).flatMap { ["Photo \($0) of 4", "Credit: Getty Images"] }
        let text = Self.paragraphs(Self.h) + [headline, "Younger listeners are the point, the new conductor says.", "",
            "By Tom Lee", "Published May 18, 2019 1:07pm EST", "3 minute read", "Copy link", "Share on Twitter",
            "Print", "Share via Email"] + slides + ["", "(HELSINKI) — " + Self.o[0], ""]
            + Self.paragraphs(Array(Self.o.dropFirst()))
        let stories = try split(text)
        XCTAssertEqual(stories.map(\.title), [nil, headline])
        XCTAssertFalse(stories[0].text.contains(headline))
    }

    /// An opinion page: `OPINION: …?` over its byline, stamp, share row and the writer's
    /// disclaimer (stripped as a trailer). The look below the question passes the disclaimer (it
    /// stands under the stamp) to the lede, so the question reads as a kicker headline, and the
    /// header below it holds it against cohesion (`page_header`). The dateline weight is lowered so
    /// the question sits under the threshold without those, as cohesion leaves it on real dumps.
    func testOpinionQuestionOverItsDisclaimerStartsItsStory() throws {
        let question = "OPINION: Should the orchestra season court younger listeners?"
        let text = Self.paragraphs(Self.h) + ["Skip to main content", "", question, "", "By Tom Lee",
            "Published May 18, 2019 1:07pm EST", "Share this article",
            "Tom Lee is a columnist. The opinions expressed in this commentary are his.", ""] + Self.paragraphs(Self.o)
        let stories = try split(text) { $0.weights[.datelineStart] = 1.0 }
        XCTAssertEqual(stories.map(\.title), [nil, question])
        XCTAssertTrue(stories[1].text.hasPrefix(Self.o[0]))
    }

    /// Prose negative: an author's bio closing a story, over a photo credit and a contributor
    /// trailer, stays that story's last paragraph. A credit is no header edge: the trailer under it
    /// still ends the look, so the bio finds no lede and is no headline.
    func testBioOverACreditAndTrailerStaysInItsStory() throws {
        let bio = "Tom Lee is a commissioner for the port and a former mayor of the city."
        let text = Self.paragraphs(Self.h) + [bio, "Tom Lee. (Photo: submitted photo)", "Anna Berg contributed to this report.", ""]
            + Self.paragraphs(Self.o)
        let stories = try split(text)
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories[1].title)
        XCTAssertTrue(stories[0].text.contains(bio), "the bio stays with the story it closes")
        XCTAssertTrue(stories[1].text.hasPrefix(Self.o[0]))
    }
}
