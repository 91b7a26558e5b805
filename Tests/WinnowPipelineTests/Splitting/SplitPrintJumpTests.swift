import XCTest
@testable import WinnowPipeline

/// A printed story that jumps (`StorySplitter+Jump.swift`): its part after the jump, set pages
/// later under a jump head or a `Continued from` line, is appended to it, not split off as a story
/// of its own nor glued to the story that precedes it on the new page.
final class SplitPrintJumpTests: XCTestCase {
    static let budgetOpening = [
        "COUNCIL PASSES HARBOUR BUDGET AFTER LONG NIGHT",
        "By JANE DOE",
        "",
        "The city council passed the harbour budget early on Tuesday after a session that ran past two in the morning and left several members hoarse.",
        "",
        "The plan sets aside money for dredging the northern channel, repairs to the old ferry terminal and a new pilot boat for the port authority.",
        "",
        "Council members who opposed the plan said the dredging costs had been underestimated and asked for an independent review of the figures.",
        "",
    ]
    static let orchestra = [
        "",
        "ORCHESTRA NAMES NEW MUSIC DIRECTOR FOR AUTUMN",
        "By JOHN ROE",
        "",
        "The symphony orchestra named a young conductor from Lisbon as its music director on Monday, ending a search that lasted nearly three years.",
        "",
        "She will lead eight programs next season, including a cycle of late Romantic symphonies and two premieres commissioned from local composers.",
        "",
        "Musicians said rehearsals with her during a guest week last spring had been demanding, warm and unusually quick to reach the finer points.",
        "",
        "Ticket sales for the opening concert were strong within hours of the announcement, the box office said.",
        "",
        "A6 THE HARBOR GAZETTE MONDAY, MARCH 3, 1997",
        "",
    ]
    static let budgetRest = [
        "",
        "The review, if approved, would report to the council before the first dredging contract is signed next spring.",
        "",
        "The port authority said the pilot boat would be ordered this summer and delivered within eighteen months of the contract.",
    ]

    func testTheJumpedPartJoinsItsStory() throws {
        for (out, into) in [(["Continued on Page A6"], ["BUDGET: Continued from Page A1"]),
                            (["See BUDGET, A6"], ["BUDGET"]),
                            (["Fortsetzung auf Seite A6"], ["BUDGET", "Fortsetzung von Seite A1"])] {
            let text = Self.budgetOpening + out + Self.orchestra + into + Self.budgetRest
            let (stories, fates) = try CleaningFixtures.splitWithFates(text)
            XCTAssertEqual(stories.map(\.title), ["COUNCIL PASSES HARBOUR BUDGET AFTER LONG NIGHT", "ORCHESTRA NAMES NEW MUSIC DIRECTOR FOR AUTUMN"], "\(out) \(into)")
            guard stories.count == 2 else { continue }
            XCTAssertTrue(stories[0].text.hasSuffix("delivered within eighteen months of the contract."), "\(out) \(into)")
            XCTAssertTrue(stories[0].text.contains("independent review of the figures.\nThe review, if approved"), "\(out) \(into)")
            XCTAssertFalse(stories[1].text.contains("port authority"), "\(out) \(into)")
            XCTAssertFalse(stories[0].text.contains("BUDGET") || stories[1].text.contains("BUDGET"), "the jump head leaves: \(out) \(into)")
            // The continuation's lines are the jumped story's in the fates (`winnow explain`).
            let last = text.count - 1
            XCTAssertEqual(fates.first { $0.line == last }?.story, fates.first { $0.line == 3 }?.story, "\(out) \(into)")
        }
    }

    /// Without a jump line above, the other end alone joins nothing: the text under it stays
    /// where it is (a dump that begins mid-jump), and a line in capitals under a running head
    /// that repeats no word of the jumped story's title is the page's own text.
    func testNoJumpAboveJoinsNothing() throws {
        let alone = try CleaningFixtures.split(Self.budgetOpening + Self.orchestra + ["BUDGET: Continued from Page A1"] + Self.budgetRest)
        XCTAssertEqual(alone.count, 2)
        XCTAssertTrue(alone.last?.text.hasSuffix("delivered within eighteen months of the contract.") ?? false)
        XCTAssertTrue(alone.last?.text.contains("Ticket sales") ?? false, "the orchestra story keeps its text")

        let subhead: [String] = Array(Self.orchestra.dropLast()) + ["SEASON TICKETS", ""] + [
            "Subscribers who renew before May keep their seats, and the orchestra will hold a lottery for the rest of the hall in June.",
        ]
        let stories = try CleaningFixtures.split(Self.budgetOpening + ["See BUDGET, A6"] + subhead)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.contains("SEASON TICKETS\nSubscribers who renew") ?? false, stories.last?.text ?? "")
    }

    /// A jump line ends the story on its page (`print_jump` is a trailer): the headline under it,
    /// with no byline or furniture of its own, opens the next story.
    func testAHeadlineUnderAJumpLineOpensAStory() throws {
        let classifier = try CleaningFixtures.classifier()
        for line in ["Continued on Page A6", "See BUDGET, A6", "Lees verder op pagina 22"] {
            XCTAssertEqual(classifier.classify(line).lines[0].strippedRole, .trailer, line)
        }
        XCTAssertEqual(classifier.classify("Continued from Page A1").lines[0].strippedRole, .widget, "the other end opens a part")
        let next = ["", "ORCHESTRA NAMES NEW", "MUSIC DIRECTOR FOR", "AUTUMN SEASON (+VIDEO)", ""] + Self.orchestra.dropFirst(4).prefix(7)
        let stories = try CleaningFixtures.split(Self.budgetOpening + ["Continued on Page A6"] + Array(next))
        XCTAssertEqual(stories.count, 2, "\(stories.map(\.title))")
        XCTAssertTrue(stories.last?.text.hasPrefix("The symphony orchestra named") ?? false, stories.last?.text ?? "")
        XCTAssertFalse(stories.first?.text.contains("symphony") ?? true)
    }

    /// A column rule OCR read as a mark alone on its line is page debris (`ocr_column_rule`), and
    /// the paragraph cut by it runs on below: its first part is no headline.
    func testAColumnRuleCutsNoStory() throws {
        for mark in ["|", "■", "I"] { XCTAssertEqual(try CleaningFixtures.strippedRule(mark), "ocr_column_rule", mark) }
        XCTAssertNil(try CleaningFixtures.strippedRule("I think so."))
        let cut = Array(Self.budgetOpening.dropLast()) + [
            "",
            "Residents of the northern wards who spoke",
            "",
            "■",
            "",
            "at the session said the dredging would bring heavy trucks through their streets for two summers running.",
        ]
        let stories = try CleaningFixtures.split(cut)
        XCTAssertEqual(stories.count, 1, "\(stories.map(\.title))")
        XCTAssertTrue(stories.first?.text.contains("Residents of the northern wards who spoke") ?? false)
    }

    func testJumpHeadShape() {
        let pending = StorySplitter.PendingJump(story: 0, fateStory: 0,
                                                keys: StorySplitter.jumpKeys(title: "Council passes harbour budget", jumpLine: "See BUDGET, A6"))
        XCTAssertTrue(pending.keys.contains(Array("HARBOUR".utf8)))
        XCTAssertTrue(pending.keys.contains(Array("BUDGET".utf8)))
        XCTAssertEqual(StorySplitter.jumpWords(Array("O'REILLY, co-op: 12".utf8)).map { String(decoding: $0, as: UTF8.self) }, ["O'REILLY", "CO-OP"])
    }
}
