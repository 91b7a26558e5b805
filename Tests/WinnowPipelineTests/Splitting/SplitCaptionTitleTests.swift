import XCTest
@testable import WinnowPipeline

/// A photo caption closed by its credit (`caption_credit`) that the scores took for the title of a
/// start under a page's header block is no headline: the start lifts to the headline over the
/// header (headline, dek, credit, byline, time stamp, widget), as a dek title does
/// (`BoundaryHeaderLift.swift`). Without it the headline and dek stayed as the last lines of the
/// story above and the caption titled the story.
final class SplitCaptionTitleTests: XCTestCase {
    static let text = """
        The city orchestra announced its autumn season with three symphonies by
        Sibelius and a new violin concerto commissioned from a young composer in
        Helsinki.
        Rehearsals begin in August under the orchestra's new conductor, who spent a
        decade leading opera productions in Vienna before accepting the appointment.
        Ticket prices for students will fall to five pounds, a change the orchestra
        hopes will bring younger listeners into the concert hall on weekday evenings.
        Source: example.com
        © 2015 The Daily Example. All rights reserved.

        OPINION: Harbour Plan Splits the Port Town | The Daily Example
        Fishermen who moor their trawlers near the channel worry about the plan, and
        about the harbour beds.
        Photo: Ann Lee/NurPhoto
        Written by Ann Lee
        2019-05-30T07:30:00Z
        Listen to this article · 6 min
        Fishermen walk past a trawler at the harbour authority’s annual conference in
        San Jose, Calif., April 30, 2019. (Jane Roe/Reuters)
        Fishermen who moor their trawlers near the channel worry about the plan, and
        about the harbour beds.
        Dredging crews will remove sediment from the channel floor over eighteen
        months, and the authority expects container traffic at the terminal to grow by
        a third.
        The harbour authority approved a plan on Tuesday to dredge the northern
        shipping channel, allowing container vessels with deeper hulls to dock at the
        terminal.
        """

    func testCaptionTitleLiftsToTheHeadlineOverItsHeader() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertFalse(stories.first?.text.contains("Harbour Plan") ?? true)
        let title = try XCTUnwrap(stories.last?.title)
        XCTAssertTrue(title.hasPrefix("OPINION: Harbour Plan Splits the Port Town"), title)
        XCTAssertTrue(stories.last?.text.contains("Fishermen walk past a trawler") ?? false)
    }
}
