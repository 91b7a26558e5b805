import XCTest
@testable import WinnowPipeline

/// The split stage's per-block step (`SplitStage.Carry`), which `winnow run` and `winnow explain`
/// both take: a story cut by a block's end is held and split with the next block of its file, so
/// a file read in two blocks gives the stories of the whole file; fates (explain) come from the
/// same split as the stories, and a held line's fate comes from the step that writes its story.
final class SplitCarryTests: XCTestCase {
    static let lines = ["Harbour authority approves plan to dredge the northern channel", ""]
        + SplitStructureTests.harbour.flatMap { [$0, ""] }
        + ["City orchestra cuts student tickets to five pounds", ""]
        + SplitStructureTests.orchestra.flatMap { [$0, ""] }

    func block(_ lines: ArraySlice<String>, index: Int, last: Bool) -> TextBlock {
        TextBlock(source: "f.txt", sourceIndex: 0, blockIndex: index, isLastBlock: last,
                  position: InputPosition(line: 1, byteOffset: 0), text: lines.joined(separator: "\n"))
    }

    func testFileInTwoBlocksSplitsAsAWhole() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let whole = splitter.split(classifier.classify(Self.lines.joined(separator: "\n")))
        XCTAssertEqual(whole.count, 2)
        // Cut inside the orchestra story: its headline and first paragraphs end block 0.
        let cut = Self.lines.count - 4
        let blocks = [block(Self.lines[..<cut], index: 0, last: false), block(Self.lines[cut...], index: 1, last: true)]
        for fates in [false, true] {
            var carry = SplitStage.Carry(maxLines: 1000)
            let first = carry.split(classifier.classify(blocks[0].text), of: blocks[0], splitter: splitter, fates: fates)
            let held = try XCTUnwrap(first.held, "the orchestra story is held for the next block")
            XCTAssertEqual(first.carried, 0)
            XCTAssertFalse(carry.isEmpty)
            let second = carry.split(classifier.classify(blocks[1].text), of: blocks[1], splitter: splitter, fates: fates)
            XCTAssertEqual(second.carried, first.text.lines.count - held)
            XCTAssertNil(second.held, "a file's last block holds nothing back")
            XCTAssertTrue(carry.isEmpty)
            XCTAssertEqual((first.stories + second.stories).map { [$0.title, $0.text] }, whole.map { [$0.title, $0.text] })
            if fates {
                // Each line has one fate, given by the step whose split writes its story.
                XCTAssertTrue(first.fates.allSatisfy { $0.line < held })
                XCTAssertEqual(first.fates.count + second.fates.count, Self.lines.count)
                XCTAssertEqual(second.fates.filter { $0.kind == .title }.map { second.text.lines[$0.line].content },
                               ["City orchestra cuts student tickets to five pounds"])
            } else {
                XCTAssertTrue(first.fates.isEmpty && second.fates.isEmpty, "a run asks for no fates")
            }
        }
    }

    /// Held lines are put in front of the next block of the same file only.
    func testHeldLinesStayWithTheirFile() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let cut = Self.lines.count - 4
        var carry = SplitStage.Carry(maxLines: 1000)
        let a = block(Self.lines[..<cut], index: 0, last: false)
        XCTAssertNotNil(carry.split(classifier.classify(a.text), of: a, splitter: splitter).held)
        var other = block(Self.lines[cut...], index: 0, last: true)
        other.sourceIndex = 1
        XCTAssertEqual(carry.split(classifier.classify(other.text), of: other, splitter: splitter).carried, 0)
    }

    /// A JSONL record whose one line reads as a headline keeps that line as its text.
    func testOneLineRecordIsKeptWhole() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let line = "City orchestra cuts student tickets to five pounds"
        let unit = SplitStage.stories(of: classifier.classify(line), record: true, splitter: splitter, fates: true)
        XCTAssertTrue(unit.wholeRecord)
        XCTAssertEqual(unit.stories.map(\.text), [line])
        XCTAssertEqual(unit.fates.count, 1)
    }
}
