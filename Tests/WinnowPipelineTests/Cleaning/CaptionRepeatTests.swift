import XCTest
@testable import WinnowPipeline

/// `CaptionContext.stripRepeats`: a caption (a label or a credit around a sentence) whose sentence
/// is found word for word in the text around it is the story's own copy set under a picture.
final class CaptionRepeatTests: XCTestCase {
    private let repeated = LineKind.stripped(rule: "caption_repeat", role: .caption)

    private func kinds(_ lines: [String], window: Int = 150) throws -> [LineKind] {
        let config = CleanConfig(captions: CaptionConfig(repeatWindowLines: window))
        return try LineClassifier(config: config).classify(lines.joined(separator: "\n")).lines.map(\.kind)
    }

    func testLabelledOrCreditedCopyOfAWrappedSentenceIsACaption() throws {
        let text = [
            "The harbour authority voted on Tuesday to dredge the northern channel,",
            "ending a two-year dispute with the fishing cooperative over silt.",
            "FILE PHOTO: The harbour authority voted on Tuesday to dredge the northern channel, ending a two-year dispute with the fishing cooperative over silt.",
            "Work will start in March and last until the autumn, the authority said in a statement.",
            "Work will start in March and last until the autumn, the authority said in a statement. (AP Photo/Jane Doe)",
        ]
        XCTAssertEqual(try kinds(text), [.body, .body, repeated, .body, repeated])
        XCTAssertEqual(try kinds(text, window: 0), [.body, .body, .body, .body, .body], "0 turns the check off")
        let line = try LineClassifier(config: CleanConfig()).classify(text.joined(separator: "\n")).lines[4]
        XCTAssertEqual(line.metadata["captions"], .array([.string(text[4])]))
    }

    /// A caption of its own (not in the text), a gallery's caption printed twice, and a sentence
    /// too short to tell anything stay.
    func testOwnCaptionsTwiceAndShortSentencesStay() throws {
        let own = "Students are escorted off campus after the lockdown at the high school on Thursday. (Photo by Jane Doe, Daily News)"
        XCTAssertEqual(try kinds([own, "The school reopened on Monday with counsellors in every building.", own]),
                       [.body, .body, .body])
        XCTAssertEqual(try kinds(["The mayor said no.", "Photo: The mayor said no."]), [.body, .body])
    }

    /// Every caption label opens a caption sentence, in any case (`labelEnd` looks only at lines
    /// opening with a label's first letter); a line opening with another letter has none.
    func testEveryLabelInAnyCaseOpensACaptionSentence() {
        let sentence = "The harbour authority voted on Tuesday to dredge the channel."
        func found(_ line: String) -> [UInt8]? {
            Array(line.utf8).withUnsafeBufferPointer { CaptionContext.captionSentence($0) }
        }
        for label in ["FILE PHOTO:", "File photo:", "Photo:", "PHOTO:", "Image:", "IMAGE:", "Picture:", "Pictured:", "PICTURED:", "Caption:", "caption:"] {
            XCTAssertEqual(found(label + " " + sentence), Array(sentence.utf8), label)
        }
        XCTAssertNil(found("Photos: " + sentence))
        XCTAssertNil(found("Graphic: " + sentence))
    }
}
