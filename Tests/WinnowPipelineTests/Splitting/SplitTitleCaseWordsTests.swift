import XCTest
@testable import WinnowPipeline

/// `titleCaseShare` of a line with non-ASCII bytes goes word by word (`titleCaseShareWords`): it
/// must equal the scalar walk (`titleCaseShareScalars`) on any UTF-8, accents, curly quotes,
/// dashes and other scripts included.
final class SplitTitleCaseWordsTests: XCTestCase {
    func testWordPathEqualsScalarWalk() {
        var rng = SeededGenerator()
        let pieces = ["a", "B", "cd", "Ef", "GHI", "Mnop", "qrstu", "Headline", " ", "  ", "\t", "\"", "(", "42", "-",
                      "é", "É", "ü", "Über", "café", "Élan", "ß", "Σ", "σ", "日本", "€", "“", "”", "‘", "’", "—", "–", "…",
                      "·", "ǅ", "𝐀", "😀", "\u{301}", "İ", "ñ", "Ñ"]
        var nonASCII = 0
        for _ in 0..<5000 {
            var s = ""
            for _ in 0..<Int.random(in: 0...60, using: &rng) { s += pieces.randomElement(using: &rng)! }
            let bytes = Array(s.utf8)
            if bytes.contains(where: { $0 >= 0x80 }) { nonASCII += 1 }
            bytes.withUnsafeBufferPointer { u in
                let scalars = SplitText.titleCaseShareScalars(u)
                XCTAssertEqual(SplitText.titleCaseShare(u), scalars, s.debugDescription)
                if let base = u.baseAddress { XCTAssertEqual(SplitText.titleCaseShareWords(base, u.count), scalars, s.debugDescription) }
            }
        }
        XCTAssertGreaterThan(nonASCII, 4000)
        // A curly quote or a dash before the first letter is passed over; a word of 4 scalars in
        // more bytes (`Éclat`) counts, one of 3 scalars in 4+ bytes (`été`) does not.
        XCTAssertEqual(SplitText.titleCaseShare("“Über” Élan — été Café"), 1.0)
        XCTAssertEqual(SplitText.titleCaseShare("“über” Élan — été café"), 1.0 / 3.0)
    }
}
