import XCTest
@testable import WinnowPipeline

/// A transcript an article announces opens no story (`BoundaryAnnouncedTranscript.swift`): the
/// clip's header (network, show, date) under `… here's the relevant transcript from Monday's
/// program:` and the capitals speaker turns under it stay in the article; a colon alone or a
/// capitals colon dateline alone still lets the next story start.
final class SplitAnnouncedTranscriptTests: XCTestCase {
    static let article = [
        "Giddy Host Hails Bishop's Slam on Harbour Dredging Plan",
        "By Mary Major",
        "A jubilant talk show host hailed the bishop's recent comments suggesting that those who profit from dredging the northern channel are hypocrites about the shellfish beds.",
        "Of course back in 2009, the same host blasted a councillor for daring to insist that the harbour authority put the fishermen ahead of the container terminal.",
        "First, here's the relevant transcript from Monday's program:",
    ]
    static let transcript = [
        "MSNBC",
        "Hardball",
        "June 22, 2015",
        "JOHN MINOR: Well, don't you love it? The pope is once again rankling conservatives: this time he's taking on guns! He's getting around, making the rounds, I'd say.",
        "Following a brief commercial break, Minor turned his evening's discussion panel to the role that the debate over gun rights might play in the presidential race.",
        "At one point Minor and company discussed how Republicans generally favor waiting periods for abortions but oppose them for purchasing a handgun.",
        "JANE ROE: The Republican party wants a waiting period for any woman who wants an abortion, yet they hate waiting periods for guns. It's a great debate to have.",
        "JOHN MINOR: Who needs a gun that fast? We'll be right back.",
    ]
    static let orchestra = SplitStructureTests.orchestra

    func testAnnouncedTranscriptOpensNoStory() throws {
        let text = (Self.article + Self.transcript).joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.announcedTranscript, fires: .negative, where: { $0 == "Hardball" },
                                           in: text, stories: 1, without: 2)
    }

    /// Guard: with no clip header over the first turn the text stays one story too (the speaker
    /// labels' repeats already keep the turn from reading as a colon dateline lede).
    func testAnnouncedTurnOpensNoStory() throws {
        let text = (Self.article + Self.transcript.dropFirst(3)).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }

    /// Prose negative: a story ending on a colon (its embed dropped) and the next story opening
    /// on a capitals colon dateline under its headline: no dialogue follows, so it starts.
    func testColonThenDatelineStoryStarts() throws {
        let next = ["City orchestra announces autumn season of Sibelius symphonies",
                    "HELSINKI: " + Self.orchestra[0]] + Self.orchestra.dropFirst()
        let text = (Self.article.dropLast() + ["Here is the video:"] + next).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2, "\(stories.map { $0.text.prefix(60) })")
    }

    func testSpeakerTurnShape() {
        let turn = { (s: String) in SplitText.withBytes(s, BoundaryPlanner.opensSpeakerTurn) }
        XCTAssertTrue(turn("CHRIS MATTHEWS: Well, don't you love it?"))
        XCTAssertTrue(turn("SEN. JOHN DOE: We will vote."))
        XCTAssertTrue(turn("O’REILLY: Talking points."))
        XCTAssertFalse(turn("Q: What happened?"))
        XCTAssertFalse(turn("Chris Matthews: Well."))
        XCTAssertFalse(turn("THE PRESIDENT OF THE UNITED STATES: No."))
        XCTAssertFalse(turn("NOTE:no space"))
    }
}
