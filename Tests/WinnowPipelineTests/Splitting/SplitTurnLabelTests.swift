import XCTest
@testable import WinnowPipeline

/// An interview names its speakers on lines of their own, taking turns through the text
/// (`BoundaryTurnLabels.swift`): the answerer's name under a question set on its own line is the
/// next turn, not the byline of a headline, so the question opens no story.
final class SplitTurnLabelTests: XCTestCase {
    static let asker = "Jane Porter", answerer = "Tom Reeve"
    static let question = "Which soloist will play the new violin concerto in the autumn season?"

    /// An interview record: an introduction on the harbour, turns on the harbour, then a question
    /// on its own line about the orchestra, whose answer turns to it (a topic shift the question
    /// heads, as a headline would).
    static func interview() -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return ([h[0], h[1], asker, "What did the authority decide about the northern channel this week, and why now?",
                 answerer, h[2], asker, "How will the fishermen who moor their trawlers near the channel cope with the work?",
                 answerer, h[3], asker, h[4], question, answerer] + o).joined(separator: "\n\n")
    }

    func testQuestionOverATurnLabelOpensNoStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.interview())
        let stories = splitter.split(lines, record: true)
        XCTAssertEqual(stories.count, 1, stories.map { $0.title ?? "-" }.joined(separator: " | "))
        XCTAssertFalse(stories.contains { $0.title == Self.question })
        // The speakers' names and the answer stay in the text (prose negative: nothing is dropped).
        let text = stories.map(\.text).joined(separator: "\n")
        XCTAssertTrue(text.contains(Self.question))
        XCTAssertTrue(text.contains(Self.answerer + "\n"))
        XCTAssertTrue(text.contains(SplitStructureTests.orchestra[0]))
    }

    func testTurnLabelsNeedTurns() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let lines = classifier.classify(Self.interview()).lines
        let facts = scorer.facts(lines)
        let labelled = lines.indices.filter { facts.isTurnLabel($0) }.map { lines[$0].content }
        XCTAssertEqual(Set(labelled), [Substring(Self.asker), Substring(Self.answerer)])
        XCTAssertEqual(labelled.count, 6, "three turns each")
        // One name repeated with no other between (one author's bylines through a dump) takes no turns.
        let h = SplitStructureTests.harbour
        let dump = ([Self.answerer, h[0], Self.answerer, h[1], Self.answerer, h[2], Self.answerer, h[3]]).joined(separator: "\n\n")
        let d = classifier.classify(dump).lines
        let df = scorer.facts(d)
        XCTAssertFalse(d.indices.contains { df.isTurnLabel($0) })
    }

    func testNameShape() {
        func name(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { BoundaryScorer.isNameShaped($0) } }
        XCTAssertTrue(name("Sean Illing"))
        XCTAssertTrue(name("michael barbaro"))
        XCTAssertTrue(name("Rep. Raúl Grijalva"))
        XCTAssertFalse(name("POLL CHECK - 2020"))
        XCTAssertFalse(name("Q: Why now"))
        XCTAssertFalse(name("“Quoted words”"))
        XCTAssertFalse(name("Answers — in brief"), "a dash sets a heading apart")
        XCTAssertTrue(name("Beto O’Rourke"))
    }

    /// A transcript's speakers in lower case (`michael barbaro`): the first one at the top of the
    /// text is no headline either, so it neither titles the text nor leaves it (it stays a turn's
    /// label in the text).
    func testSpeakerNameIsNoHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let host = "michael barbaro", guest = "jane porter"
        let o = SplitStructureTests.orchestra
        let text = [host, h[0], guest, h[1], host, h[2], guest, h[3], host, h[4], guest, o[0]].joined(separator: "\n\n")
        let stories = splitter.split(classifier.classify(text), record: true)
        XCTAssertEqual(stories.count, 1)
        XCTAssertNotEqual(stories.first?.title, host)
        XCTAssertTrue(stories.first?.text.hasPrefix(host) ?? false)
    }
}
