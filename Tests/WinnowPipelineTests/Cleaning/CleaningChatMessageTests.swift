import XCTest
@testable import WinnowPipeline

/// A chat export's message lines (`chat_message` in Pipelines/news.yaml): the app's stamp and the
/// sender before a message are the conversation's, the whole line goes; the article pasted under a
/// shared link stays. They were kept, glued consecutive shares together and titled the story.
final class CleaningChatMessageTests: XCTestCase {
    func testMessageLinesAreStrippedAndThePasteStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (["[2/25/17, 9:02:22 AM] Rosa: https://news.example/harbour-dredging",
                     "Harbour Approves Dredging Plan"] + SplitStructureTests.harbour
                    + ["[2/25/17, 9:17:40 AM] Ben: About time they did something about that channel.",
                       "25/02/2017, 09:20 - Lena: <Media omitted>",
                       "Frank, 09:31: https://news.example/orchestra-season"]).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        XCTAssertEqual(lines[0].strippedRule, "chat_message")
        for k in 1...(1 + SplitStructureTests.harbour.count) { XCTAssertNil(lines[k].strippedRule, String(lines[k].content)) }
        for k in (lines.count - 3)..<lines.count { XCTAssertEqual(lines[k].strippedRule, "chat_message", String(lines[k].content)) }
    }

    /// Negative: a sentence that opens with a name, a comma and a clock time is prose.
    func testProseWithAClockTimeStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify("Then, at 9:30, the harbour authority voted to approve the dredging plan for the northern channel.").lines
        XCTAssertNil(lines[0].strippedRule)
    }

    /// Negative: a live blog's update entries (`UPDATE, 9:33 PM: …`, `Update, 7:46 pm: …`) are the
    /// story's, not a Telegram sender's message.
    func testLiveUpdateEntriesStay() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify("""
            UPDATE, 9:33 PM: The harbour authority contacted the port's police division for comment on the closure.
            Update, 7:46 pm: A spokesperson said the channel would reopen once the dredging crews had finished.
            """).lines
        XCTAssertNil(lines[0].strippedRule)
        XCTAssertNil(lines[1].strippedRule)
    }
}
