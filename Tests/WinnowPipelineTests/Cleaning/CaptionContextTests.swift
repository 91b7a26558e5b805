import Foundation
import XCTest
import Yams
@testable import WinnowPipeline

/// `CaptionContext`: a photo caption is told by its neighbourhood (a credit line next to it, or a
/// credit ending it) and by reading as a caption (`CaptionSentence`); the lede next to a credit stays.
final class CaptionContextTests: XCTestCase {
    /// Just a photo credit family (as news.yaml's `photo_credit`, cut down): the caption pass sees
    /// credits of role `credit`, whatever family strips them.
    private func config(captions: CaptionConfig = CaptionConfig()) -> CleanConfig {
        CleanConfig(families: [RuleFamilyConfig(name: "photo_credit", role: .credit, metadata: "credits", metadataList: true,
                                                prefixes: ["photo:"], suffixes: ["/afp", "/reuters", "/ ap"])],
                    captions: captions)
    }

    private func kinds(_ text: String, _ config: CleanConfig) throws -> [LineKind] {
        try LineClassifier(config: config).classify(text).lines.map(\.kind)
    }

    private let caption = LineKind.stripped(rule: "caption_context", role: .caption)
    private let credit = LineKind.stripped(rule: "photo_credit", role: .credit)

    func testCaptionBeforeAPhotoCreditLineIsStrippedAndTheLedeAfterItStays() throws {
        let text = """
        Senate Passes the Budget Bill
        Jane Doe speaks to reporters outside the Capitol on Friday.
        Photo: John Roe / AP
        The Senate voted 52-48 on Tuesday to pass the bill, which now goes to the House.
        """
        XCTAssertEqual(try kinds(text, config()), [.body, caption, credit, .body])
        XCTAssertEqual(try kinds(text, config(captions: CaptionConfig(enabled: false))), [.body, .body, credit, .body],
                       "without the pass no rule sees the caption")
        let lines = try LineClassifier(config: config()).classify(text).lines
        XCTAssertEqual(lines[1].metadata["captions"], .array([.string("Jane Doe speaks to reporters outside the Capitol on Friday.")]))
    }

    func testCaptionAfterASlashCreditAcrossABlankLine() throws {
        let text = "Jane Doe/AFP\n\nProtesters march past the Capitol on Sunday.\n\nThe march drew thousands, police said."
        XCTAssertEqual(try kinds(text, config()), [credit, .blank, .body, .blank, .body],
                       "no named subject: 'Protesters march' has one capitalised word")
        let named = "Jane Doe/AFP\n\nMaria Lopez holds a sign at city hall on Monday.\n\nThe march drew thousands, police said."
        XCTAssertEqual(try kinds(named, config()), [credit, .blank, caption, .blank, .body])
    }

    func testHeadlineCreditLedeKeepsTheLede() throws {
        // The seeds' shape: a lede right after the credit is news, not a picture's description.
        for lede in ["Many blamed the right and Trump.",
                     "President Barack Obama plans to extend the U.S. military role in Afghanistan past 2016.",
                     "Former U.S. President Bill Clinton’s decades of work with Bob Dole proved a common thread.",
                     "WASHINGTON (AP) — Jane Doe speaks to reporters on Friday.",
                     "Jane Doe says the bill will pass the Senate next week.",
                     "Jane Doe speaks to reporters. She said the bill would pass.",
                     "Will Jane Doe run for the Senate again?",
                     // A quotation, a clause opener, a phrase ending on a joiner, a noun before a
                     // modal, a verb of reported speech: prose, not a caption.
                     "“The Liu He talks will be determinative,” Kudlow told reporters on Thursday.",
                     "In Florida, Clinton polls at 43 percent, while 42 percent support Trump.",
                     "No U.S. Special Operations forces were harmed during the mission.",
                     "Endnotes and citations are available in the PDF version.",
                     "The Liu He talks will be held in Washington next week.",
                     "The National Rifle Association claims the treaty threatens gun owners."] {
            let text = "Senate Passes the Budget Bill\nPhoto: John Roe / AP\n\(lede)"
            XCTAssertEqual(try kinds(text, config()), [.body, credit, .body], lede)
        }
    }

    func testCaptionEndingInItsOwnCredit() throws {
        for line in ["Jane Doe waves to supporters at a rally on Friday. (AP Photo/John Roe)",
                     "Jane Doe waves to supporters at a rally on Friday. Credit: John Roe for AP",
                     "Sen. Jane Doe listens during a hearing in Washington, D.C. (Photo: John Roe/Reuters)"] {
            XCTAssertEqual(try kinds(line, config()), [caption], line)
            XCTAssertEqual(try kinds(line, config(captions: CaptionConfig(inline: false))), [.body], line)
        }
        // A long caption describes the picture at length: the article's text (inline_max_words).
        let long = "President Donald Trump speaks in the Rose Garden of the White House on Friday afternoon in Washington. (AP Photo/Alex Brandon)"
        XCTAssertEqual(try kinds(long, config()), [.body])
        // Prose ending in a bracket that is no credit stays.
        XCTAssertEqual(try kinds("Jane Doe speaks for the party on Friday. (She declined to comment.)", config()), [.body])
    }

    func testExplainNamesTheCaptionPass() throws {
        let text = "Jane Doe speaks to reporters outside the Capitol on Friday.\nPhoto: John Roe / AP\nThe Senate voted 52-48 on Tuesday to pass the bill, which now goes to the House."
        let block = TextBlock(source: "f.txt", sourceIndex: 0, blockIndex: 0, isLastBlock: true,
                              position: InputPosition(line: 1, byteOffset: 0), text: text)
        let rows = try ExplainSupport.explain([block], clean: config(), split: try CleaningFixtures.configs().1)
        guard case .stripped(let rule, let detail) = rows[0].fate.kind else { return XCTFail("\(rows[0].fate.kind)") }
        XCTAssertEqual(rule, "caption_context")
        XCTAssertTrue(detail.contains("photo credit"), detail)
    }

    func testConfigKeys() throws {
        let c = try YAMLDecoder().decode(CaptionConfig.self, from: "enabled: false\ninline: false\ninline_max_words: 9\nmax_words: 20")
        XCTAssertEqual([c.enabled, c.inline], [false, false])
        XCTAssertEqual([c.inlineMaxWords, c.maxWords], [9, 20])
        XCTAssertThrowsError(try YAMLDecoder().decode(CaptionConfig.self, from: "max_words: 2"))
        XCTAssertThrowsError(try YAMLDecoder().decode(CaptionConfig.self, from: "maxwords: 20")) { error in
            XCTAssertTrue("\(error)".contains("maxwords"), "\(error)")
        }
    }

    /// A trailing credit group is one whose opening bracket lies within the last 70 bytes (the
    /// walk back for it stops there): at 70 bytes it is found, at 71 it is not, nor a group
    /// holding no slash or photo word, nor a line that only ends with a closing bracket.
    func testCreditGroupWithinItsLast70Bytes() {
        func start(_ line: String) -> Int? {
            Array(line.utf8).withUnsafeBufferPointer { CaptionContext.creditStart($0) }
        }
        let prose = String(repeating: "The mayor spoke to the crowd outside the hall. ", count: 5)
        func group(_ bytes: Int) -> String { "(" + String(repeating: "x", count: bytes - 3) + "/)" }
        XCTAssertEqual(start(prose + group(70)), prose.utf8.count)
        XCTAssertNil(start(prose + group(71)))
        XCTAssertEqual(start(prose + "(AP Photo/Jane Doe)"), prose.utf8.count)
        XCTAssertNil(start(prose + "(in French)"))
        XCTAssertNil(start(prose + "no bracket opens here)"))
        XCTAssertNil(start(String(repeating: "y", count: 80) + ")"))
    }
}
