import XCTest
@testable import WinnowPipeline

/// A line opening with a non-ASCII character is read off its bytes (`LineText.leadingStandaloneScalar`)
/// where that is one Character: the answer is the Characters walk's, for every two-byte scalar and
/// every scalar of U+2000–U+2FFF, alone, before ASCII, before another non-ASCII character, after
/// an opening quote.
final class StartsCapitalisedScalarTests: XCTestCase {
    func testEveryLeadingScalarAgreesWithCharacters() {
        var checked = 0
        for value in Array(0x80...0x7FF) + Array(0x2000...0x2FFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = String(Character(scalar))
            for line in [c, c + "a", c + " Word", c + "1", c + "\u{301}x", c + "é", "\u{201C}" + c + "b", "(" + c + "c"] {
                let bytes = Array(line.utf8)
                let got = bytes.withUnsafeBufferPointer { LineText.startsCapitalised($0) }
                XCTAssertEqual(got, LineText.startsCapitalisedCharacters(line), "U+\(String(value, radix: 16)) in \(line.debugDescription)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40_000)
        // Prepended concatenation marks join what follows them: left to the Characters walk.
        XCTAssertNil(Array("\u{600}A".utf8).withUnsafeBufferPointer { LineText.leadingStandaloneScalar($0) })
        XCTAssertNotNil(Array("ÉTAT".utf8).withUnsafeBufferPointer { LineText.startsCapitalisedBytes($0) })
    }
}
