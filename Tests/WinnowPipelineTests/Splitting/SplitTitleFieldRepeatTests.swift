import XCTest
@testable import WinnowPipeline

/// An export's record trailer names the document's title again (`Title: …` under the text, as
/// ProQuest prints it): a second copy of the story's own headline, dropped as `repeated_headline`
/// (`TitleFieldRepeat.swift`), not kept as the story's last line nor read as the next headline.
final class SplitTitleFieldRepeatTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let harbourHead = "Harbour approves dredging plan for the northern channel"
    static let orchestraHead = "Orchestra names a new conductor for its autumn season"

    static func record(_ head: String, _ body: [String]) -> [String] {
        ["____________________________________________________________", "", head, "", "Author: Doe, Jane", ""]
            + body.flatMap { [$0, ""] } + ["Title: " + head, "", "Source type: Newspapers", ""]
    }

    func testTitleFieldRepeatIsDropped() throws {
        let text = Self.record(Self.harbourHead, Self.h) + Self.record(Self.orchestraHead, Self.o)
        let (classifier, splitter) = try CleaningFixtures.stages()
        var lines = classifier.classify(text.joined(separator: "\n")).lines
        // What the learned pass does to the export's constant fields over a whole dump.
        for k in lines.indices where String(lines[k].text) == "Source type: Newspapers" { lines[k].kind = .stripped(rule: "learned", role: nil) }
        let stories = splitter.split(ClassifiedText(lines: lines))
        XCTAssertEqual(stories.map(\.title), [Self.harbourHead, Self.orchestraHead])
        for s in stories {
            XCTAssertFalse(s.text.contains(s.title ?? "-"), "the title field's copy left in the text")
        }
        XCTAssertTrue(stories.first?.text.contains(Self.h.last!) ?? false)
    }
}
