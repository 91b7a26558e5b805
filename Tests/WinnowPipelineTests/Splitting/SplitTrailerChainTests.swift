import XCTest
@testable import WinnowPipeline

/// A story's trailer block read as one (`BoundaryTrailerChain.swift`, `WrappedContributor.swift`):
/// a wire fact check's footer chain and the outlet's bio under it do not open the next story; an
/// op-ed that opens on its writer's bio under a page's header furniture still does.
final class SplitTrailerChainTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour, orchestra = SplitStructureTests.orchestra

    /// A fact check's footer (contributor line wrapped in two, rules, an editor's note, a promo, a
    /// follow line, the outlet's bio and copyright), then a headline-less story under its header.
    static func factCheck(bio: String = "Jane Roe is a senior correspondent at The Harbour Herald covering politics.") -> [String] {
        ["Harbour authority approves plan to dredge the northern channel"] + harbour
            + ["___", "Associated Press writers Mary Major in Milwaukee and John Minor in\nWashington contributed to this report.",
               "___", "EDITOR’S NOTE — A look at the veracity of claims by political figures.", "___",
               "Find AP Fact Checks at https://apnews.com/APFactCheck", "Follow @APFactCheck on Twitter: https://twitter.com/APFactCheck",
               bio, "© 2020 The Harbour Herald. All rights reserved.", "Share this article"]
            + orchestra
    }

    func testFooterChainAndBioOpenNoStory() throws {
        let text = Self.factCheck().joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines)
        let fate = { (prefix: String) in fates.first { lines.lines[$0.line].content.hasPrefix(prefix) } }
        XCTAssertTrue(try XCTUnwrap(fate("Jane Roe is")).features.fired("sign_off_line", .negative), "\(fates.map(\.features))")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2, "\(stories.map { $0.text.prefix(60) })")
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.orchestra[0]) ?? false, "\(stories.map { $0.text.prefix(60) })")
    }

    /// The editor's note between rules, with the chain going on to a follow line: `trailer_chain`.
    func testEditorsNoteInTheChainIsNoLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.factCheck().joined(separator: "\n\n"))
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasPrefix("EDITOR’S NOTE") })
        XCTAssertTrue(fate.features.fired("trailer_chain", .negative), "\(fate.features)")
    }

    /// The contributor line's head, wrapped over the tail the `contributor` family strips, goes
    /// with it; a credit complete on its own line over another one, and prose over a credit, stay.
    func testWrappedContributorHeadIsStripped() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let rule = { (text: String, line: String) in
            classifier.classify(text).lines.first { $0.content == line }?.strippedRule }
        let wrapped = "Associated Press writers Mary Major in Milwaukee and John Minor in\nWashington contributed to this report."
        XCTAssertEqual(rule(wrapped, "Associated Press writers Mary Major in Milwaukee and John Minor in"), "contributor")
        XCTAssertEqual(rule("Staff writers Mary Major, John Minor and Jane\nRoe contributed to this report.", "Staff writers Mary Major, John Minor and Jane"), "contributor")
        XCTAssertNil(rule("— With assistance by Mary Major\nJohn Minor contributed to this report.", "— With assistance by Mary Major"))
        XCTAssertNil(rule("Terminal operators welcomed the decision in\nJohn Minor contributed to this report.", "x"))
        XCTAssertNil(rule("The authority thanked the fishermen who moor in the harbour.\nJohn Minor contributed to this report.",
                          "The authority thanked the fishermen who moor in the harbour."))
        XCTAssertNil(rule("Sediment and the shellfish beds of the harbour\nWritten by John Minor", "Sediment and the shellfish beds of the harbour"))
    }

    /// Prose negative: an op-ed opening on its writer's bio under a page's header (a time stamp and
    /// a listen widget between the last story's trailer and the bio) keeps its start there.
    func testOpEdOpeningOnItsBioUnderAPageHeaderStarts() throws {
        let text = (["Harbour authority approves plan to dredge the northern channel"] + Self.harbour
            + ["John Minor contributed to this report.", "Updated 5 December 2019", "Listen to this article · 3 min",
               "Jane Roe is the director of the City Orchestra Society, a group that brings students to weekday concerts."]
            + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasPrefix("Jane Roe is") })
        XCTAssertFalse(fate.features.fired("sign_off_line"), "\(fate.features)")
    }

    /// A headline-less lede ending on a colon under the writers' credit set mid-article announces
    /// a list of the story above (`colon_lede`); without it the list, off the story's words (as
    /// a timeline's items or a podcast's promo under it are), opens a story of its own.
    func testColonLedeUnderACreditStaysInTheStory() throws {
        let text = (["Harbour authority approves plan to dredge the northern channel"] + Self.harbour[..<3]
            + ["Staff writers Mary Major and John Minor contributed to this report.", "Advertisement",
               "Here's a look back at a few key moments in the channel's history:"]
            + Self.orchestra[..<3]).joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.colonLede, fires: .negative, where: { $0.hasPrefix("Here's a look back") },
                                           in: text, stories: 1, without: 2)
    }

    /// The promo's call kept as a line (its link ended off the promo pattern, `… APFactCheck .`):
    /// a short line with a link goes on in the chain to the follow line, so the note opens no story.
    func testKeptLinkCallContinuesTheChain() throws {
        let text = Self.factCheck().joined(separator: "\n\n")
            .replacingOccurrences(of: "Find AP Fact Checks at https://apnews.com/APFactCheck", with: "Find AP Fact Checks at https://apnews.com/APFactCheck .")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        XCTAssertNil(lines.lines.first { $0.content.hasPrefix("Find AP Fact Checks") }?.strippedRule, "the call stays a kept line here")
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasPrefix("EDITOR’S NOTE") })
        XCTAssertTrue(fate.features.fired("trailer_chain", .negative), "\(fate.features)")
        XCTAssertEqual(splitter.split(lines).count, 2)
    }

    /// The note wrapped to a headline's shape (`… by political` / `figures.`) under a wrapped
    /// contributor line, in a dump of hard-wrapped indented paragraphs, is scored as a headline: in
    /// the chain it gets `trailer_chain` too, and the next page's headline opens the next story.
    func testWrappedNoteScoredAsHeadlineInTheChain() throws {
        func wrapped(_ paragraphs: [String]) -> [String] {
            paragraphs.flatMap { p -> [String] in
                var out: [String] = [], line = ""
                for word in p.split(separator: " ") {
                    if !line.isEmpty && line.count + word.count + 1 > 62 { out.append(line); line = "" }
                    line += (line.isEmpty ? "" : " ") + word
                }
                out.append(line)
                out[0] = "    " + out[0]
                return out
            }
        }
        let text = (["Harbour authority approves plan to dredge the northern channel"] + wrapped(Self.harbour)
            + ["___", "Associated Press writers Mary Major and John Minor in", "Washington and Jane Roe in New York contributed to this", "report.",
               "___", "EDITOR’S NOTE — A look at the veracity of claims by political", "figures.", "___",
               "    Find AP Fact Checks at http://apnews.com/APFactCheck", "    Follow @APFactCheck on Twitter: https://twitter.com/APFactCheck",
               "Topics: Harbour, Channel, Dredging", "City orchestra to play three Sibelius symphonies this autumn",
               "Written by Mary Major", "May 20, 2020 at 6:31 a.m. ET"]
            + wrapped(Self.orchestra)).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines)
        let note = try XCTUnwrap(fates.first { lines.lines[$0.line].content.hasPrefix("EDITOR’S NOTE") })
        XCTAssertTrue(note.features.fired("trailer_chain", .negative), "\(note.features)")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2, "\(stories.map { $0.text.prefix(60) })")
    }

    /// Prose negative: a headline under a trailer with its story's paragraphs below it (a link in
    /// its lede, no sign-off chain) opens its story.
    func testHeadlineUnderATrailerWithItsStoryStarts() throws {
        let text = (["Harbour authority approves plan to dredge the northern channel"] + Self.harbour
            + ["___", "John Minor contributed to this report.", "___", "City orchestra to play free weekday concerts for students",
               "Tickets are listed at https://orchestra.example.org for the season."]
            + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasPrefix("City orchestra to play") })
        XCTAssertFalse(fate.features.fired("trailer_chain"), "\(fate.features)")
        XCTAssertEqual(splitter.split(lines).count, 2)
    }
}
