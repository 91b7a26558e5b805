import XCTest
@testable import WinnowCore

final class TokenizerTests: XCTestCase {
    let t = Tokenizer()

    func testASCIIWordsPunctuationAndCase() {
        XCTAssertEqual(t.tokens("Hello, World! It's 2024-05-01."), ["hello", "world", "it", "s", "2024", "05", "01"])
        XCTAssertEqual(t.tokens("snake_case and CamelCase"), ["snake_case", "and", "camelcase"])
        XCTAssertEqual(t.tokens(""), [])
        XCTAssertEqual(t.tokens("  ...  ,;!  "), [])
    }

    func testApostrophesSplitLikePythonW() {
        XCTAssertEqual(t.tokens("don't"), ["don", "t"])
        XCTAssertEqual(t.tokens("don’t l’homme"), ["don", "t", "l", "homme"])
    }

    func testAccentedLatin() {
        XCTAssertEqual(t.tokens("Café CRÈME Ñandú Łódź ŒUVRE"), ["café", "crème", "ñandú", "łódź", "œuvre"])
        let strip = Tokenizer(options: TokenizerOptions(stripAccents: true))
        XCTAssertEqual(strip.tokens("Café CRÈME Ñandú Łódź Tiếng Việt"), ["cafe", "creme", "nandu", "łodz", "tieng", "viet"])
        // Decomposed accents (e + U+0301) stay inside the word, and are dropped by stripAccents.
        XCTAssertEqual(t.tokens("cafe\u{301}s"), ["cafe\u{301}s"])
        XCTAssertEqual(strip.tokens("cafe\u{301}s"), ["cafes"])
    }

    func testSpecialCaseLetters() {
        XCTAssertEqual(t.tokens("İstanbul ISTANBUL"), ["istanbul", "istanbul"])
        XCTAssertEqual(t.tokens("STRAẞE straße"), ["straße", "straße"])
        // Final sigma folds to σ, so case variants agree.
        XCTAssertEqual(t.tokens("ΟΔΟΣ οδος"), ["οδοσ", "οδοσ"])
    }

    func testGreekAndCyrillic() {
        XCTAssertEqual(t.tokens("Ἀθῆναι ΑΘΉΝΑ, Ελλάδα!"), ["ἀθῆναι", "αθήνα", "ελλάδα"])
        XCTAssertEqual(t.tokens("Москва — СТОЛИЦА России; Ёлка"), ["москва", "столица", "россии", "ёлка"])
        XCTAssertEqual(t.tokens("ЄВРОПА Ґанок"), ["європа", "ґанок"])
    }

    func testOtherScriptsAreWords() {
        XCTAssertEqual(t.tokens("東京は日本の首都です。大阪、京都"), ["東京は日本の首都です", "大阪", "京都"])
        XCTAssertEqual(t.tokens("مرحبا، بالعالم؟"), ["مرحبا", "بالعالم"])
        XCTAssertEqual(t.tokens("שלום עולם"), ["שלום", "עולם"])
        XCTAssertEqual(t.tokens("नमस्ते दुनिया।"), ["नमस्ते", "दुनिया"])
        XCTAssertEqual(t.tokens("ok 👍 fine"), ["ok", "fine"])
    }

    func testDigits() {
        XCTAssertEqual(t.tokens("Room 101, ٣٤٥"), ["room", "101", "٣٤٥"])
        let zero = Tokenizer(options: TokenizerOptions(digitsToZero: true))
        XCTAssertEqual(zero.tokens("Room 101, ٣٤٥ x9"), ["room", "000", "000", "x0"])
    }

    func testNoLowercase() {
        let keep = Tokenizer(options: TokenizerOptions(lowercase: false))
        XCTAssertEqual(keep.tokens("Hello ÉCOLE Москва"), ["Hello", "ÉCOLE", "Москва"])
    }

    func testMalformedUTF8SplitsWords() {
        let bytes: [UInt8] = [0x61, 0x62, 0xFF, 0x63, 0xC3, 0x28, 0x64]  // ab <bad> c <bad> (d
        var hashes: [UInt64] = []
        bytes.withUnsafeBufferPointer { t.tokenHashes($0, seed: 1, into: &hashes) }
        XCTAssertEqual(hashes.count, 3)
    }

    func testTokenHashesMatchAcrossFastAndSlowPaths() {
        // "é" decoded by hand and "é" in the tokens' folded bytes must hash equally: hash of
        // the word "école" from uppercase (folded in the slow path) equals the lowercase one.
        var a: [UInt64] = [], b: [UInt64] = []
        var s1 = "ÉCOLE", s2 = "école"
        s1.withUTF8 { t.tokenHashes($0, seed: 7, into: &a) }
        s2.withUTF8 { t.tokenHashes($0, seed: 7, into: &b) }
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.count, 1)
        var c: [UInt64] = []
        s2.withUTF8 { t.tokenHashes($0, seed: 8, into: &c) }
        XCTAssertNotEqual(a, c, "the seed must change token hashes")
    }
}

final class TokenHashingTests: XCTestCase {
    /// Every ASCII byte, at every offset inside an 8-byte load, between word characters: the fast
    /// path classifies and folds it exactly as the byte table does.
    func testEveryASCIIByteAtEveryOffset() {
        for options in [TokenizerOptions(), TokenizerOptions(lowercase: false), TokenizerOptions(digitsToZero: true)] {
            let t = Tokenizer(options: options)
            for b in UInt8(0)..<UInt8(128) {
                for offset in 0..<9 {
                    var bytes = Array("AbcdeFGhij_09klmnopqrsTUVwxyz".utf8.prefix(offset)) + [b] + Array("Qrst uvWXyz0123456789 abc".utf8)
                    bytes += [b, b, UInt8(ascii: "K")] + Array("end of text here".utf8)
                    bytes.withUnsafeBufferPointer { buf in
                        var fast: [UInt64] = []
                        t.tokenHashes(buf, seed: 5, into: &fast)
                        XCTAssertEqual(fast, t.tokenHashesByScan(buf, seed: 5), "byte \(b) at \(offset), \(options)")
                    }
                }
            }
        }
    }

    /// The 8-bytes-at-a-time path must give exactly the byte-by-byte hashes, for every option
    /// set, on text mixing ASCII, accents, other scripts, long words and odd lengths.
    func testFastPathMatchesByteByByte() {
        let pieces = ["a", "Ab", "WORD", "under_score", "x9", "2024", "Éclair", "naïve", "straße", "ΟΔΟΣ",
                      "Москва", "東京", "don't", " ", "  ", ", ", ".", "\n", "verylongwordwithmorethan16letters",
                      "ABCDEFGH", "abcdefg", "abcdefghi", "e\u{301}", "ok👍", "_", "İ", "\u{FF}", "1a2b3c4d5e",
                      // ASCII neighbours of the letter, digit and underscore ranges (SWAR range tests).
                      "@", "[", "`", "{", "/", ":", "^", "~", "\u{7F}", "\t", "\u{10}", "\u{19}", "Zz", "“q”", "’"]
        var rng: UInt64 = 42
        for options in [TokenizerOptions(), TokenizerOptions(lowercase: false),
                        TokenizerOptions(digitsToZero: true, stripAccents: true)] {
            let t = Tokenizer(options: options)
            for _ in 0..<2_000 {
                var s = ""
                rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17
                for _ in 0..<Int(rng % 12) {
                    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17
                    s += pieces[Int(rng % UInt64(pieces.count))]
                }
                var fast: [UInt64] = [7]
                var slow: [UInt64] = []
                s.utf8.withContiguousStorageIfAvailable { buf in
                    t.tokenHashes(buf, seed: 3, into: &fast)
                    slow = t.tokenHashesByScan(buf, seed: 3)
                }
                XCTAssertEqual(Array(fast.dropFirst()), slow, "text: \(s.debugDescription) options \(options)")
                XCTAssertEqual(fast.first, 7, "existing hashes are kept")
            }
        }
    }
}
