import XCTest
@testable import WinnowPipeline

/// Story splitting on dump shapes the seeds do not show: a story's own subheads, headline-less
/// dateline dumps, transcripts whose speaker labels look like datelines, and credits no rule knows
/// under a headline. All run the default pipeline's `clean` and `split` sections.
final class SplitStructureTests: XCTestCase {
    /// Paragraphs about one topic each, long enough for cohesion and the story-length prior.
    static let harbour = [
        "The harbour authority approved a plan on Tuesday to dredge the northern shipping channel, allowing container vessels with deeper hulls to dock at the terminal.",
        "Dredging crews will remove sediment from the channel floor over eighteen months, and the authority expects container traffic at the terminal to grow by a third.",
        "Fishermen who moor their trawlers near the channel worry that sediment plumes will drive shellfish away from the harbour beds during the dredging season.",
        "The authority said its engineers would monitor sediment levels daily and pause dredging whenever plumes drift toward the shellfish beds near the harbour mouth.",
        "Terminal operators welcomed the decision, saying deeper berths would let them compete with rival ports for the largest container vessels calling in the region.",
    ]
    static let orchestra = [
        "The city orchestra announced its autumn season with three symphonies by Sibelius and a new violin concerto commissioned from a young composer in Helsinki.",
        "Rehearsals begin in August under the orchestra's new conductor, who spent a decade leading opera productions in Vienna before accepting the appointment.",
        "Ticket prices for students will fall to five pounds, a change the orchestra hopes will bring younger listeners into the concert hall on weekday evenings.",
        "The violin concerto will be performed by a soloist who won the international competition in Brussels last spring and has recorded two albums of chamber music.",
        "Musicians said the conductor's rehearsal schedule leaves more time for sectional practice, something the string players had requested for several seasons.",
    ]

    func testSubheadInsideAStoryIsNotABoundary() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour, o = Self.orchestra
        let text = (["Harbour authority approves dredging of northern shipping channel", h[0], h[1],
                     "What the fishermen fear", h[2], h[3], "Terminal operators react", h[4],
                     "City orchestra unveils autumn season with Sibelius cycle", o[0], o[1], o[2], o[3], o[4]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves dredging of northern shipping channel",
                                              "City orchestra unveils autumn season with Sibelius cycle"])
        XCTAssertTrue(stories.first?.text.contains("What the fishermen fear") ?? false, "a subhead stays in its story's text")
    }

    func testHeadlinelessDatelineDumpSplitsAtLedes() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour, o = Self.orchestra
        let text = (["(ROTTERDAM) — " + h[0], h[1], "The view from the quay", h[2], h[3], h[4],
                     "Anna Berg contributed to this report.",
                     "HELSINKI: " + o[0], o[1], o[2], "Inside the rehearsal room", o[3], o[4]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.map(\.title), [nil, nil])
        XCTAssertEqual(stories.map { $0.metadata["dateline"] }, ["ROTTERDAM", "HELSINKI"])
        XCTAssertTrue(stories.first?.text.contains("The view from the quay") ?? false)
    }

    func testTranscriptSpeakerLabelsAreNotDatelines() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour
        let text = (["Harbour chief defends dredging plan in radio interview", h[0],
                     "HOST: Why dredge the channel now, when the fishermen are so opposed to it?",
                     "MORGAN: " + h[1], "HOST: And the shellfish beds near the harbour mouth?",
                     "MORGAN: " + h[3], h[4]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, "Harbour chief defends dredging plan in radio interview")
    }

    func testBracketDatelinesOfShortStoriesCloseTogetherAreLedes() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour, o = Self.orchestra
        // Two-paragraph stories: the datelines are two content lines apart, as speaker labels would be.
        let text = (["(ROTTERDAM) — " + h[0], h[1], "VIENNA (Reuters) — " + o[0], o[1], o[2]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map { $0.metadata["dateline"] }, ["ROTTERDAM", "VIENNA"])
    }

    func testRepeatedColonLabelIsASectionLabelNotADateline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour, o = Self.orchestra
        // `ISSUE:` opens one item after another, each far from the next: a section label.
        let text = (["Harbour and orchestra: what the council decided this week", h[0],
                     "ISSUE: " + h[1], h[2], h[3], h[4],
                     "ISSUE: " + o[0], o[1], o[2], o[3],
                     "ISSUE: " + o[4], h[0]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, "Harbour and orchestra: what the council decided this week")
    }

    func testCaptionEndingWithAPhotoCreditIsNotAHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour, o = Self.orchestra
        let caption = "Container vessels wait outside the northern channel of the harbour [Anna Berg/Reuters]"
        let text = (["Harbour authority approves dredging of northern shipping channel", h[0], h[1], caption,
                     h[2], h[3], h[4],
                     "City orchestra unveils autumn season with Sibelius cycle", o[0], o[1], o[2], o[3], o[4]])
            .joined(separator: "\n")
        let classified = classifier.classify(text)
        XCTAssertEqual(splitter.split(classified).map(\.title),
                       ["Harbour authority approves dredging of northern shipping channel",
                        "City orchestra unveils autumn season with Sibelius cycle"])
        let fate = try XCTUnwrap(splitter.explain(classified).first { classified.lines[$0.line].content == caption })
        XCTAssertEqual(fate.kind, .kept)
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("caption_credit=") }, "\(fate.features)")
    }

    func testUnknownCreditUnderAHeadlineIsHeaderFurniture() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour, o = Self.orchestra
        let text = (["Harbour authority approves dredging of northern shipping channel", "",
                     "Courtesy of Harbour Gazette", "", h[0], "", h[1], "", h[2], "", h[3], "", h[4], "",
                     "City orchestra unveils autumn season with Sibelius cycle", "",
                     "Lena Virtanen | Polaris", "", o[0], "", o[1], "", o[2], "", o[3], "", o[4]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves dredging of northern shipping channel",
                                              "City orchestra unveils autumn season with Sibelius cycle"])
        XCTAssertFalse(stories.contains { $0.text.contains("Courtesy of") || $0.text.contains("Polaris") })
        XCTAssertEqual(stories.map { $0.text.split(separator: "\n").count }, [5, 5], "every body paragraph kept")
    }

    func testWrappedTailThatLooksLikeASignOffStaysInTheParagraph() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour
        // Wrapped at 64 columns; the first paragraph's last line is just "24." (a wire sign-off
        // pattern on its own), the story's sign-off "Reuter" follows a finished sentence.
        func wrap(_ p: String) -> [String] {
            var out: [String] = [], line = ""
            for word in p.split(separator: " ") {
                if !line.isEmpty && line.count + word.count + 1 > 64 { out.append(line); line = String(word) } else { line += line.isEmpty ? String(word) : " " + word }
            }
            return out + [line]
        }
        // Pad the paragraph until its wrap leaves "24." alone on the last line.
        var lines: [String] = []
        for pad in 0..<64 {
            let para = "LONDON (Reuters) - " + h[0] + " A spokesman " + String(repeating: "x", count: pad)
                + " for the fishermen's association said members would meet on March 24."
            lines = wrap(para)
            if lines.last == "24." { break }
        }
        XCTAssertEqual(lines.last, "24.", "test text must wrap so that 24. is alone on a line")
        lines += [""] + wrap(h[1]) + [""] + wrap(h[2]) + [""] + wrap(h[3]) + ["Reuter"]
        let stories = splitter.split(classifier.classify(lines.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 1)
        let text = try XCTUnwrap(stories.first?.text)
        XCTAssertTrue(text.contains("would meet on March 24."), "the wrapped tail stays in its paragraph")
        XCTAssertFalse(text.contains("Reuter\n") || text.hasSuffix("Reuter"), "the real sign-off is still stripped")
    }
}
