import XCTest
@testable import WinnowPipeline

/// The one walk over capitalised words that bylines and section rails share.
final class CapitalisedWordsTests: XCTestCase {
    private let inner = CapitalisedWords.bytes(0x41...0x5A, 0x61...0x7A, 0x80...0xFF, 0x2D...0x2D)

    private func count(_ s: String, skipped: ByteSet = ByteSet(), limit: Int = .max) -> Int? {
        Array(s.utf8).withUnsafeBufferPointer { CapitalisedWords.count($0, inner: inner, skipped: skipped, limit: limit) }
    }

    func testCountsCapitalisedWords() {
        XCTAssertEqual(count("Jane Doe"), 2)
        XCTAssertEqual(count("Émilie Dubois-Martin"), 2)
        XCTAssertEqual(count("Žana Novak Horvat"), 3)
    }

    func testRefusesLowerCaseWordsPunctuationAndTooManyWords() {
        // prose: a lower-case word, a sentence's end
        XCTAssertNil(count("Jane went home"))
        XCTAssertNil(count("Jane Doe."))
        XCTAssertNil(count("Jane Doe Smith Jones", limit: 3))
        XCTAssertEqual(count("Jane Doe Smith", limit: 3), 3)
        // a continuation byte cannot open a word
        let stray: [UInt8] = [0xA9, 0x4A, 0x61]
        XCTAssertNil(stray.withUnsafeBufferPointer { CapitalisedWords.count($0, inner: inner) })
    }

    func testSkippedBytesOpenNoWord() {
        let amp = CapitalisedWords.bytes(0x26...0x26)
        XCTAssertEqual(count("Arts & Culture", skipped: amp), 2)
        XCTAssertNil(count("Arts & Culture"))
    }
}
