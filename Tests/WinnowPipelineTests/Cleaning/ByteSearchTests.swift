import XCTest
@testable import WinnowPipeline

/// The byte-level search and class helpers the line checks share.
final class ByteSearchTests: XCTestCase {
    private func word(_ line: String, _ w: String) -> Bool {
        Array(line.utf8).withUnsafeBufferPointer { ByteSearch.containsWordFoldingASCII($0, Array(w.utf8)) }
    }

    func testWholeWordFoldsASCIICase() {
        XCTAssertTrue(word("The full text is printed below.", "below"))
        XCTAssertTrue(word("BELOW: the op-ed", "below"))
        XCTAssertTrue(word("Below", "below"))
        XCTAssertFalse(word("A belowground garage", "below"), "a longer word is not the word")
        XCTAssertFalse(word("subbelow", "below"), "a word must open after the start or a space")
        XCTAssertFalse(word("belo", "below"))
    }

    func testASCIIClassesMatchTheirRanges() {
        for b in UInt8.min...UInt8.max {
            XCTAssertEqual(b.isASCIIUpper, (65...90).contains(b))
            XCTAssertEqual(b.isASCIILower, (97...122).contains(b))
            XCTAssertEqual(b.isASCIILetter, (65...90).contains(b) || (97...122).contains(b), "byte \(b)")
            XCTAssertEqual(b.isASCIIDigit, (48...57).contains(b))
        }
    }
}
