import XCTest
@testable import WinnowPipeline

/// An export's record trailer is a run of fields in a fixed order: each field keeps the same
/// neighbours in every record, so the pair of neighbouring lines never varies; the prose around the
/// run does (`ProseContext`). A syndicated story's subhead keeps the prose around it too, and stays.
final class LearnedRecordTrailerTests: XCTestCase {
    private let topics = ["harbour", "railway", "library", "hospital", "bridge", "market"]

    private func learner(_ dump: (Int, String) -> String) -> LearnedBoilerplate {
        let learner = BoilerplateLearner(config: LearnedConfig(minDocuments: 5, minSources: 2, minContexts: 3))
        for (i, t) in topics.enumerated() { learner.observe(TextBlock.dump(dump(i, t), source: i)) }
        return learner.finish()
    }

    /// Ledes that share no run of words (a follower repeated in every document reads as copies
    /// of one story, `isDuplicatedStory`).
    private let ledes = ["Fishermen crowded the quay at dawn, angry that nobody had asked them first about dredging.",
                         "Commuters waited two hours on Monday when signals failed between the depot and the viaduct.",
                         "Readers queued outside before opening time to see the restored maps and rare first editions.",
                         "Nurses warned that the emergency ward cannot cope with winter admissions without more beds.",
                         "Engineers found corroded cables under the deck during an inspection carried out last spring.",
                         "Stallholders say rents have doubled since the landlord sold the covered hall to developers."]

    private func record(_ t: String, id: Int) -> String {
        """
        Council backs the \(t) plan

        Writer: Doe, Jane

        Summary: Not available.

        \(ledes[topics.firstIndex(of: t)!])

        \(ledes[(topics.firstIndex(of: t)! + 3) % ledes.count])

        Record class: Periodicals

        Media language: English

        Record number: \(id)

        Topics: \(t.capitalized) works; Local government

        Record link: https://archive.example.org/rec/\(t)-\(id)

        """
    }

    func testFixedOrderTrailerFieldsAreLearned() {
        let learned = learner { i, t in record(t, id: 1000 + i) }
        XCTAssertEqual(learned.documentCount(LineKey.hash("Record class: Periodicals")), 6)
        XCTAssertEqual(learned.documentCount(LineKey.hash("Media language: English")), 6)
    }

    /// A short field closed by a full stop is no utterance (`Why?`): it is counted.
    func testShortFieldWithFullStopIsCounted() {
        let learned = learner { i, t in record(t, id: 1000 + i) }
        XCTAssertEqual(learned.documentCount(LineKey.hash("Summary: Not available.")), 6)
        let shortTurn = Array("Q: Really?".utf8), name = Array("TRUMP: Thank you.".utf8)
        XCTAssertTrue(shortTurn.withUnsafeBufferPointer { BoilerplateLearner.isShortUtterance($0, words: 2) })
        XCTAssertTrue(name.withUnsafeBufferPointer { BoilerplateLearner.isShortUtterance($0, words: 3) })
    }

    /// One syndicated story in six dumps: its subhead has the same prose on both sides every time.
    func testSyndicatedSubheadIsKept() {
        let learned = learner { i, t in
            """
            Story about the \(t) from a local desk, with nothing in common with the others here.

            Residents gave their views on the regional transport plan at a long meeting on Tuesday.

            What the council decides next

            The project will go to a final vote in the spring after more public hearings are held.

            """
        }
        XCTAssertEqual(learned.documentCount(LineKey.hash("What the council decides next")), 0)
    }

    /// Fields whose values differ in every record: their label is learned, and a classifier
    /// given the learned set strips such a line; a headline that opens with a label over its lede
    /// (not in a run of fields) is not.
    func testFieldLabelInRunIsLearned() throws {
        let learned = learner { i, t in
            """
            Exclusive: \(t.capitalized) deal reached

            A deal on the future of the \(t) was reached late on Tuesday after weeks of talks in the city.

            """ + record(t, id: 1000 + i)
        }
        func labelCount(_ line: String) -> Int {
            let key = Array(line.utf8).withUnsafeBufferPointer { FieldLabel.key($0) }
            return key == 0 ? 0 : learned.documentCount(key)
        }
        XCTAssertEqual(labelCount("Record link: https://archive.example.org/rec/other"), 6)
        XCTAssertEqual(labelCount("Topics: Schools; Courts"), 6)
        XCTAssertEqual(labelCount("Exclusive: Bridge deal reached"), 0)
        let classifier = try LineClassifier(config: CleanConfig(), learned: learned)
        XCTAssertEqual(classifier.classify("Record link: https://archive.example.org/rec/zzz-9").lines[0].kind,
                       .stripped(rule: FieldLabel.rule, role: nil))
        XCTAssertEqual(classifier.classify("Topics: Schools; Courts and the new\nbridge over the river").lines[0].kind, .body,
                       "a labelled line the wrap goes on below")
        XCTAssertEqual(classifier.classify("Exclusive: Bridge deal reached").lines[0].kind, .body)
        // A kicker in capitals over a labelled headline makes no run of fields.
        let kicker = learner { i, t in
            """
            LIVE
            Live updates: Mayor declares the \(t) talks dead after the vote

            \(ledes[i])

            """
        }
        XCTAssertEqual(try LineClassifier(config: CleanConfig(), learned: kicker)
                        .classify("Live updates: Mayor declares the harbour talks dead").lines[0].kind, .body)
        XCTAssertEqual(classifier.classify("Topics: the council met on Tuesday and agreed to fund the new bridge over the river.").lines[0].kind,
                       .body, "a labelled paragraph reads as prose")
    }

    /// A label learned in runs of fields strips that label's lines in runs only: a labelled
    /// sentence standing alone among paragraphs (a chart's `Source: …`) is the article's own.
    func testALabelledSentenceAloneAmongParagraphsIsKept() throws {
        let learned = learner { i, t in
            """
            Exclusive: \(t.capitalized) deal reached

            A deal on the future of the \(t) was reached late on Tuesday after weeks of talks in the city.

            """ + record(t, id: 1000 + i)
        }
        let classifier = try LineClassifier(config: CleanConfig(), learned: learned)
        let alone = classifier.classify("""
            The council met on Tuesday and agreed to fund the new bridge over the river after a long debate.

            Topics: Schools and courts, officials said.

            The vote passed by a wide margin and work is due to start next spring, officials said.
            """).lines
        XCTAssertEqual(alone[2].kind, .body)
        let run = classifier.classify("Topics: Schools and courts, officials said.\nRecord link: https://archive.example.org/rec/zzz-9").lines
        XCTAssertEqual(run[0].kind, .stripped(rule: FieldLabel.rule, role: nil))
        // A tagged field alone is still a field.
        XCTAssertEqual(classifier.classify("The council met on Tuesday.\n\nSN  The Harbour Courier.\n\nThe vote passed.").lines[2].kind,
                       classifier.classify("SN  The Harbour Courier.").lines[0].kind)
    }

    func testLabelShape() {
        func end(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { FieldLabel.labelEnd($0) > 0 } }
        XCTAssertTrue(end("Source type: Newspapers"))
        XCTAssertTrue(end("WARC-Record-ID: <urn:uuid:1>"))
        XCTAssertTrue(end("Language of publication: English"))
        XCTAssertFalse(end("Q: Why?"))
        XCTAssertFalse(end("OBAMA: Thank you."))
        XCTAssertFalse(end("The plan has three parts: roads, rail and ports"))
    }

    /// A banner whose only changing part is the page's address is learned with the address
    /// folded out; a bare address and a sentence citing one are not.
    func testBannerWithChangingAddressIsLearned() throws {
        let learned = learner { i, t in
            """
            Archive Viewer - https://archive.example.org/snap/2019010\(i)/https://news.example.com/\(t)-story

            \(ledes[i])

            """
        }
        let classifier = try LineClassifier(config: CleanConfig(), learned: learned)
        XCTAssertEqual(classifier.classify("Archive Viewer - https://archive.example.org/snap/1/https://x.example.com/a").lines[0].kind,
                       .stripped(rule: LearnedBoilerplate.rule, role: nil))
        func key(_ s: String) -> UInt64 { Array(s.utf8).withUnsafeBufferPointer { UrlFold.key($0) } }
        XCTAssertEqual(key("https://news.example.com/a"), 0, "a bare address")
        XCTAssertEqual(key("Read more at www.example.com/a"), key("Read more at https://example.org/b?c=d"))
        XCTAssertEqual(key("No address here at all"), 0)
    }

    /// A tagged export (`SN  <source>`, `SC  <code>`, `TD` alone over a paragraph): tags in a run are
    /// learned whatever their values; a bare tag between paragraphs is no subhead; a tag over a
    /// long value (a headline) is not stripped.
    func testTaggedFieldsAreLearned() throws {
        let learned = learner { i, t in
            """
            HD  Council backs the \(t) plan after a long night of talks

            SN  The \(t.capitalized) Courier

            SC  CR\(i)

            LA  English

            \(ledes[i])

            TD

            \(ledes[(i + 1) % ledes.count])

            """
        }
        let classifier = try LineClassifier(config: CleanConfig(), learned: learned)
        XCTAssertEqual(classifier.classify("SN  The Harbour Courier").lines[0].kind, .stripped(rule: FieldLabel.rule, role: nil))
        XCTAssertEqual(classifier.classify("HD  Council backs the harbour plan after a long night").lines[0].kind, .body)
        XCTAssertEqual(learned.documentCount(LineKey.hash("TD")), 6)
        func tagged(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { FieldLabel.isTagged($0) } }
        XCTAssertTrue(tagged("SC  FOXO"))
        XCTAssertTrue(tagged("TD"))
        XCTAssertFalse(tagged("US officials said the plan would go ahead"))
        XCTAssertFalse(tagged("FBI agents raided the office"))
    }

    /// A WARC `warcinfo` record's fields in lower case (`software: …` over `isPartOf: …`).
    func testLowerCaseFieldsInARunAreLearned() throws {
        let learned = learner { i, t in
            """
            software: Archive Tools/1.\(i)
            isPartOf: CRAWL-2019-\(i)\(t.count)

            \(ledes[i])

            """
        }
        let classifier = try LineClassifier(config: CleanConfig(), learned: learned)
        XCTAssertEqual(classifier.classify("isPartOf: CRAWL-2020-77").lines[0].kind, .stripped(rule: FieldLabel.rule, role: nil))
        XCTAssertEqual(classifier.classify("said: the plan").lines[0].kind, .body)
    }
}
