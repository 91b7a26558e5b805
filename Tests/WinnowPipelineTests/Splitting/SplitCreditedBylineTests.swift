import XCTest
@testable import WinnowPipeline

/// A worded trailer (`Written by Jane Doe`) right over a stripped photo credit, under a headline
/// set flush below the last story's closed paragraph (a dump printed without blank lines), is that
/// headline's byline, not a sign-off (`BoundaryCreditedByline.swift`): the headline then finds
/// its header block and lede below it instead of stopping at a "trailer".
final class SplitCreditedBylineTests: XCTestCase {
    static let headline = "Trump's first foreign trip: Scheduled stops in Saudi Arabia, Israel and beyond"
    static let trip = [
        "President Donald Trump leaves the United States today for his first overseas trip as commander-in-chief, with a full itinerary of stops throughout the Middle East and Europe.",
        "His trip begins Friday with a stop in Saudi Arabia, followed by planned visits to Israel and the Vatican, and he will later attend the summit of allied leaders in Brussels.",
        "The president's travel comes on the heels of a number of highly publicized controversies at home, and aides said he hoped the trip would change the subject for a week.",
    ]
    static let last = "The port's director said the president's visit to the terminal last spring, on a trip that also took him to the Vatican, had helped win the money for the dredging work."

    /// Three credited stories, then the flush headline over its byline and credit.
    /// `promo`: a short line over the headline (`Dig deeper:`) instead of a closed paragraph.
    /// `endMatter`: the story's end matter (`Topics: …`) between the line and the trailer.
    static func text(signOff: Bool = false, promo: Bool = false, endMatter: Bool = false) -> String {
        var lines: [String] = []
        for (h, paragraphs) in [("City Orchestra Announces An Autumn Season Of Sibelius", SplitStructureTests.orchestra),
                                ("City Library Opens A Reading Room For The Newspaper Archive", SplitLedeHeadlineTests.library),
                                ("Harbour Authority Approves Plan To Dredge The Northern Channel", SplitStructureTests.harbour)] {
            lines += [h, "Photo: Jane Doe/Reuters"] + paragraphs.prefix(3)
        }
        lines.append(last)
        if promo { lines.append("Dig deeper:") }
        // The sign-off case: the trailer closes the harbour story, the next page opens at its headline.
        lines += signOff ? ["Written by Hannah Oyelaran", headline, "Credit: Fatima Castellano for The Ledger"]
                         : [headline] + (endMatter ? ["Topics: Trade, Travel"] : []) + ["Written by Hannah Oyelaran", "Credit: Fatima Castellano for The Ledger"]
        return (lines + trip).joined(separator: "\n")
    }

    func testBylineOverCreditIsTheHeadlinesHeader() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text())
        let fate = try XCTUnwrap(splitter.explain(classified).first { classified.lines[$0.line].content == Self.headline })
        XCTAssertEqual(fate.kind, .title)
        // Its header below it: the byline and the credit (without the rule, `after` stopped at the
        // "trailer" and the headline stood on shape alone, under the threshold).
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("credit_after") }, "\(fate.features)")
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("short_byline_after") }, "\(fate.features)")
        XCTAssertGreaterThanOrEqual(fate.score ?? 0, 4.5, "over the shipped threshold")
        // Prose negative: the harbour story's last paragraph stays in the harbour story.
        let stories = splitter.split(classified)
        let harbour = try XCTUnwrap(stories.first { $0.title?.hasPrefix("Harbour") == true })
        XCTAssertTrue(harbour.text.contains("helped win the money"))
        XCTAssertEqual(stories.last?.title, Self.headline)
    }

    /// Under a short line that announces a link (`Dig deeper:`), no story ended: the line is a
    /// promo, and the trailer under it stays a trailer.
    func testNoHeaderUnderAShortLine() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(promo: true))
        let fate = try XCTUnwrap(splitter.explain(classified).first { classified.lines[$0.line].content == Self.headline })
        XCTAssertFalse(fate.features.contains { $0.hasPrefix("short_byline_after") }, "\(fate.features)")
    }

    /// Across end matter (`Topics: …`) the trailer signs the next page off, not this line's header.
    func testNoHeaderAcrossEndMatter() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(endMatter: true))
        let fate = try XCTUnwrap(splitter.explain(classified).first { classified.lines[$0.line].content == Self.headline })
        XCTAssertFalse(fate.features.contains { $0.hasPrefix("short_byline_after") }, "\(fate.features)")
    }

    /// A sign-off under the story's last paragraph stays a trailer: the line above it is prose
    /// that ended a sentence, no headline.
    func testSignOffOverTheNextHeadlineStaysATrailer() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(signOff: true))
        let fates = splitter.explain(classified)
        let fate = try XCTUnwrap(fates.first { classified.lines[$0.line].content == Self.headline })
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("trailer_before") }, "\(fate.features)")
        XCTAssertEqual(fate.kind, .title)
    }
}
