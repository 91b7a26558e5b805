import XCTest
@testable import WinnowPipeline

/// A bare headline inside a JSONL record that a second page's own furniture marks as that page's
/// header (`BoundaryRecordCaptionEcho.swift`, `BoundaryRecordLinkList.swift`): its text printed
/// again in the caption under it after a `|`, or a related-links box closing the story above with
/// the headline's words coming back below. `unlike_record_headlines` leaves it a start.
final class SplitRecordGluedPageTests: XCTestCase {
    static let headline = "City orchestra names a new conductor for its autumn season"

    /// The harbour story under a page header, then `middle`, then the orchestra story from `from`.
    func text(_ middle: [String], from: Int = 0) -> String {
        (["Harbour authority approves dredging of northern shipping channel"] + SplitRecordStyleTests.header
            + SplitStructureTests.harbour + middle + SplitStructureTests.orchestra[from...]).joined(separator: "\n\n")
    }

    /// Glued-record cohesion off, and the affinity rule (`echo`) or the topic shift it asks for
    /// (`box`) off: the fixture stories share no words, which would read any headline between them
    /// as a glued article's (`SplitRecordGluedTests`).
    func stages(box: Bool = true) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages {
            $0.recordGluedCohesion = 0
            if box { $0.topicShiftBelow = 0; $0.recordGluedAffinity = 0.4 } else { $0.recordGluedAffinity = 0 }
        }
    }

    func demoted(_ splitter: StorySplitter, _ lines: ClassifiedText) -> Bool {
        splitter.explain(lines, record: true).contains { $0.features.fired("unlike_record_headlines", .negative) }
    }

    func testHeadlineEchoedInTheCaptionUnderItSplitsARecord() throws {
        let (classifier, splitter) = try stages(box: false)
        let caption = SplitStructureTests.orchestra[0] + " | AP Photo " + Self.headline + " " + SplitStructureTests.orchestra[1]
        let lines = classifier.classify(text([Self.headline, caption], from: 2))
        XCTAssertFalse(demoted(splitter, lines))
        XCTAssertEqual(splitter.split(lines, record: true).last?.title, Self.headline)
    }

    /// The caption's echo is no sentence the article quotes (`quoted_below`); the same headline
    /// quoted whole inside a paragraph below still is.
    func testCaptionEchoIsNoQuotedSentence() throws {
        let (classifier, splitter) = try stages(box: false)
        func quoted(_ under: String) -> Bool {
            let lines = classifier.classify(text([Self.headline, SplitStructureTests.orchestra[0], under], from: 2))
            return splitter.explain(lines).contains { $0.features.fired("quoted_below", .negative) }
        }
        XCTAssertFalse(quoted("Musicians rehearse in the hall. | AP Photo " + Self.headline + " Rehearsals begin in August under the new conductor."))
        XCTAssertTrue(quoted("The board said it was proud that the " + Self.headline + " after a long search this year."))
    }

    /// Negative: the bare headline over plain prose stays a subhead (demoted), the lede in the text.
    func testHeadlineOverPlainProseStaysDemoted() throws {
        let (classifier, splitter) = try stages(box: false)
        let lines = classifier.classify(text([Self.headline]))
        XCTAssertTrue(demoted(splitter, lines))
        XCTAssertTrue(splitter.split(lines, record: true).contains { $0.text.contains(SplitStructureTests.orchestra[0]) })
    }

    func testEcho() {
        func echo(_ u: String) -> Bool { Array(u.utf8).withUnsafeBufferPointer { u in Array(Self.headline.utf8).withUnsafeBufferPointer { BoundaryPlanner.echo(of: $0, in: u) } } }
        XCTAssertTrue(echo("Musicians rehearse. | AP Photo " + Self.headline + " Rehearsals begin in August."))
        XCTAssertTrue(echo("Musicians rehearse. | " + Self.headline))
        // Prose that quotes the line without a caption's `|`, or a longer word after it: no echo.
        XCTAssertFalse(echo("Call it what it is: the " + Self.headline + " story."))
        XCTAssertFalse(echo("Musicians rehearse. | AP Photo " + Self.headline + "s and more."))
    }

    static let box = ["Related:", "• Mayor opens new cycle lanes along the river embankment", "• Council delays vote on library funding"]

    func testHeadlineUnderARelatedBoxSplitsARecord() throws {
        let (classifier, splitter) = try stages()
        let lines = classifier.classify(text(Self.box + [Self.headline]))
        XCTAssertFalse(demoted(splitter, lines))
        XCTAssertEqual(splitter.split(lines, record: true).count, 2)
        // Without the box the same headline is demoted (no topic shift read here).
        XCTAssertTrue(demoted(splitter, classifier.classify(text([Self.headline]))))
    }

    /// Negative: a box between an article's own paragraphs over a subhead naming matter the
    /// paragraphs above discussed (its words above as much as below) leaves the subhead demoted.
    func testSubheadUnderAnInArticleBoxStaysDemoted() throws {
        let (classifier, splitter) = try stages()
        let subhead = "Fishermen fear sediment plumes over the shellfish beds"
        let body = SplitStructureTests.harbour
        let text = (["Harbour authority approves dredging of northern shipping channel"] + SplitRecordStyleTests.header
            + body[0..<3] + Self.box + [subhead] + body[3...]).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        XCTAssertEqual(splitter.split(lines, record: true).count, 1)
        XCTAssertTrue(splitter.split(lines, record: true)[0].text.contains(body[3]))
    }
}
