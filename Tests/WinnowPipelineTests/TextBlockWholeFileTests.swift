import XCTest
@testable import WinnowPipeline

/// `TextBlock.isWholeFile`: a text file read in one block is a unit of its own (split on a worker,
/// one document when there is no split stage); a record or a block of a longer file is not.
final class TextBlockWholeFileTests: XCTestCase {
    func block(_ index: Int, last: Bool, recordID: String? = nil) -> TextBlock {
        TextBlock(source: "f", sourceIndex: 0, blockIndex: index, isLastBlock: last, recordID: recordID,
                  position: InputPosition(line: 1, byteOffset: 0), text: "x\n")
    }

    func testOnlyAFileInOneBlockIsWhole() {
        XCTAssertTrue(block(0, last: true).isWholeFile)
        XCTAssertFalse(block(0, last: false).isWholeFile, "a file's first block of several")
        XCTAssertFalse(block(2, last: true).isWholeFile, "a file's last block of several")
        XCTAssertFalse(block(0, last: true, recordID: "r1").isWholeFile, "a JSONL record")
    }
}
