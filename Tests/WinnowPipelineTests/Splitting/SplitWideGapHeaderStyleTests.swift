import XCTest
@testable import WinnowPipeline

/// In a dump whose headlines carry header blocks (a photo credit under each), a bare headline is
/// demoted as an in-article subhead (`unlike_dump_headlines`); not one under the dump's story gap
/// (`wide_gap_headline`: more blank lines above it than between paragraphs): the gap sets it apart
/// as the dump sets its stories, where another page's header block would stand. Only in a dump
/// whose headlines come so (`gapShare`): one line under a stray wide gap is weighed as any other.
final class SplitWideGapHeaderStyleTests: XCTestCase {
    static let bare = "Two Municipal Pools To Close Next Spring As Repair Bills Mount"

    /// Three headlines with a credit each, then the bare headline and the pools story; paragraphs
    /// one blank line apart. The bare headline under two when `wide`; with `storiesApart` every
    /// story under two (the dump's story gap), else the bare headline alone.
    static func text(wide: Bool, storiesApart: Bool = true) -> String {
        var stories: [String] = []
        for (headline, paragraphs) in [("Harbour Authority Approves Plan To Dredge The Northern Channel", SplitStructureTests.harbour),
                                       ("City Orchestra Announces An Autumn Season Of Sibelius", SplitStructureTests.orchestra),
                                       ("Library Opens A Reading Room For The Newspaper Archive", SplitLedeHeadlineTests.library)] {
            stories.append(([headline, "Photo: Jane Doe/Reuters"] + paragraphs.prefix(3)).joined(separator: "\n\n"))
        }
        let body = stories.joined(separator: wide && storiesApart ? "\n\n\n" : "\n\n")
        let pools = ([bare] + SplitSignedOffHeaderStyleTests.pool).joined(separator: "\n\n")
        return body + (wide ? "\n\n\n" : "\n\n") + pools
    }

    func testBareHeadlineUnderTheStoryGapStartsAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let gapped = classifier.classify(Self.text(wide: true))
        let i = try XCTUnwrap(gapped.lines.firstIndex { $0.content == Self.bare })
        let fate = try XCTUnwrap(splitter.explain(gapped).first { $0.line == i })
        XCTAssertTrue(fate.features.fired("wide_gap_headline", .positive), "\(fate.features)")
        XCTAssertFalse(fate.features.fired("unlike_dump_headlines"), "\(fate.features)")
        XCTAssertEqual(splitter.split(gapped).map(\.title).last, Self.bare)
    }

    /// The dump's stories under single blank lines, the bare headline alone under a wide gap: a
    /// stray gap, no story gap of the dump's; the line is weighed against the house style.
    func testStrayWideGapInADumpOfSingleBlankStoriesIsNotExempted() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(wide: true, storiesApart: false))
        let i = try XCTUnwrap(lines.lines.firstIndex { $0.content == Self.bare })
        let fate = try XCTUnwrap(splitter.explain(lines).first { $0.line == i })
        XCTAssertTrue(fate.features.fired("wide_gap_headline", .positive), "\(fate.features)")
        XCTAssertTrue(fate.features.fired("unlike_dump_headlines", .negative), "\(fate.features)")
    }

    /// Under the paragraph gap the same line is weighed against the house style (here its topic
    /// shift and affinity still carry it).
    func testBareHeadlineUnderAParagraphGapIsWeighedAgainstTheStyle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(wide: false))
        let i = try XCTUnwrap(lines.lines.firstIndex { $0.content == Self.bare })
        let fate = try XCTUnwrap(splitter.explain(lines).first { $0.line == i })
        XCTAssertFalse(fate.features.fired("wide_gap_headline"), "\(fate.features)")
        XCTAssertTrue(fate.features.fired("unlike_dump_headlines", .negative), "\(fate.features)")
    }
}
