import XCTest
@testable import WinnowPipeline

/// A bare `Editor's Note:` on a line of its own announces a promo inside the article
/// (`BoundaryEditorsNote.swift`, `dropStartsUnderBareNotes`): neither the promo under it nor the
/// paragraph under that starts a story, and the article's paragraphs all stay its text.
final class SplitBareEditorsNoteTests: XCTestCase {
    static let page: [String] = [
            "Governor's budget claims outrun his shrinking term",
            "",
            "The governor's increasingly grandiose claims for executive power are inversely proportional",
            "to his shrinking term in office. Barely two hundred days into his second term, his list of",
            "excuses is bare, his agenda is empty and his promises on roads and schools are floundering.",
            "And at last week's news conference he offered inconvenience as a justification for it.",
            "",
            "Editor's Note:",
            "",
            "Should Taxes Be Raised? Vote in Our Urgent National Poll",
            "",
            "Explaining his decision to rewrite the budget alone, the governor said he did not simply",
            "choose to ignore the statutory requirement for an annual vote. No, this was in consultation",
            "with businesses, he insisted at a news conference that lasted nearly two hours.",
            "He continued: in a normal political environment, it would have been easier for me to simply",
            "call up the speaker and say, you know what, this is a tweak that does not go to the essence",
            "of the law. The speaker's office declined to comment on Wednesday evening.",
            "Critics said the move stretched the governor's powers well past what the constitution allows,",
            "and two members of the finance committee asked the attorney general for an opinion.",
            "",
            "Editor's Note:",
            "",
            "Should Taxes Be Raised? Vote in Our Urgent National Poll",
            "",
            "Lawmakers return to the capitol next month, when the budget committee is expected to take up",
            "the governor's plan again and vote on whether to send it to the full chamber."]

    func testPromoUnderABareNoteStartsNoStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, Self.page[0])
        let text = stories.first?.text ?? ""
        // Prose on both sides of the notes stays the article's.
        XCTAssertTrue(text.contains("Explaining his decision to rewrite the budget alone"))
        XCTAssertTrue(text.contains("Lawmakers return to the capitol next month"))
    }

    func testBareNoteReadsOnlyTheLabel() {
        func bare(_ s: String) -> Bool { let b = Array(s.utf8); return b.withUnsafeBufferPointer { EditorsNote.isBareNote($0) } }
        XCTAssertTrue(bare("Editor's Note:"))
        XCTAssertTrue(bare("Editor\u{2019}s note:  "))
        XCTAssertTrue(bare("EDITOR'S NOTE"))
        XCTAssertFalse(bare("Editor's note: This story was updated to correct a name."))
        XCTAssertFalse(bare("Editors say:"))
    }

    /// In indent style a flush line under an indented paragraph as wide as the wrap continues it;
    /// a bare note does not (`Reflow.swift`): it stays a line of its own over its promo.
    static let indented: [String] = [
            "Governor's budget claims outrun his shrinking term",
            "    The governor's increasingly grandiose claims for executive power are",
            "inversely proportional to his shrinking term in office, critics said.",
            "    Barely two hundred days into his second term, his list of excuses is",
            "bare, his agenda is empty and his promises on roads and schools are",
            "floundering. And at last week's news conference he offered inconvenience",
            "as a justification for ignoring the law that requires a vote every year.",
            "Editor's Note:",
            "    Should Taxes Be Raised? Vote in Our Urgent National Poll",
            "    Explaining his decision to rewrite the budget alone, the governor said",
            "he did not simply choose to ignore the statutory requirement for a vote.",
            "    He continued: in a normal political environment, it would have been",
            "easier for me to simply call up the speaker and ask for a technical fix.",
            "    Critics said the move stretched the governor's powers well past what",
            "the constitution allows, and two members of the finance committee asked",
            "the attorney general for an opinion on Wednesday evening."]

    func testBareNoteDoesNotRunOnFromAnIndentedParagraph() throws {
        let n = try XCTUnwrap(Self.indented.firstIndex(of: "Editor's Note:"))
        let j = try reflowJoins(Self.indented)
        XCTAssertFalse(j[n - 1], "the paragraph above ends before the note")
        XCTAssertTrue(j[n - 2], "the paragraph's own flush lines still continue it")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.indented.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains("every year.\nEditor's Note:") ?? false)
    }
}
