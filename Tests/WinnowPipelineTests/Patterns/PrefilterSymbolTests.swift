import Foundation
import XCTest
@testable import WinnowPipeline

/// Non-ASCII symbols without case forms (`›`, `»`, `•`, `–`) are literals to the prefilter: a
/// pattern that needs one is not run on lines without it, and never skips a line its regex matches.
/// Letters with case forms (`é` ~ `É`) stay unknown.
final class PrefilterSymbolTests: XCTestCase {
    private let crumbs = "^[^\\s›»>!?,;:]+(?: [^\\s›»>!?,;:]+){0,3} ?(?:›|»|>) ?[^\\s›»>!?,;:]+$"
    private let arrow = "^[»›]\\s+\\S.{4,180}$"
    private let rule = "^[-—–_=*#•.+~ ]{3,}$"

    func testSymbolsAreLiteralsLettersAreNot() throws {
        XCTAssertEqual(Set(PatternPrefilter(pattern: crumbs).anyOf.map { String(decoding: $0, as: UTF8.self) }), [">", "»", "›"])
        let first = try XCTUnwrap(PatternPrefilter(pattern: arrow).firstBytes)
        XCTAssertTrue(first.contains(0xC2))    // » is C2 BB
        XCTAssertTrue(first.contains(0xE2))    // › is E2 80 BA
        XCTAssertFalse(first.contains(0xC3))   // é: no such character listed
        XCTAssertFalse(first.contains(0x61))
        let last = try XCTUnwrap(PatternPrefilter(pattern: rule).lastBytes)
        XCTAssertTrue(last.contains(0x94))     // — ends in 94, – in 93, • in A2
        XCTAssertTrue(last.contains(0x93))
        XCTAssertTrue(last.contains(0xA2))
        XCTAssertFalse(last.contains(0xA9))
        // Case forms: unknown as before (no needle, every non-ASCII first byte possible).
        XCTAssertTrue(PatternPrefilter(pattern: "(?:é|»)").anyOf.isEmpty)
        XCTAssertEqual(PatternPrefilter(pattern: "^[é»]x").firstBytes?.contains(0xC3), true)
        XCTAssertNil(caseInvariantBytes("é"))
        XCTAssertNil(caseInvariantBytes("Ⓐ"))   // a symbol with case forms
        XCTAssertEqual(caseInvariantBytes("›"), [0xE2, 0x80, 0xBA])
        // On an all-ASCII line the non-ASCII needles are not looked for; `>` still is.
        let filter = PatternPrefilter(pattern: crumbs)
        let all = ByteMask(lo: ~0, hi: ~0)
        for (line, ascii, admitted) in [("Home » News", false, true), ("News > World", true, true), ("Home News", true, false)] {
            Array(line.utf8).withUnsafeBufferPointer { b in
                XCTAssertEqual(filter.admits(b, isLineStart: true, lineMask: all, asciiOnly: ascii), admitted, line)
            }
        }
    }

    func testSymbolLiteralsNeverRejectARegexMatch() throws {
        let patterns = [crumbs, arrow, rule, "^advertisements?\\s*[-–—:|·]\\s*(?:scroll|continue)\\b.{0,40}$", "x ?• ?y", "^[—–•*]+\\s*\\w+"]
        let pieces = ["Home", "World", "news", "›", "»", ">", "•", "—", "–", "-", "·", "é", "É", "x", "y", "X", "Advertisement",
                      "scroll", " ", "  ", "*", "_", ".", "»»", "Read more", "“", "’"]
        var rng = SeededGenerator()
        var lines = ["Home › World › Europe", "Home » News", "News > World", "› Read more about it", "» Read: the thing",
                     "•••", "— — —", "Advertisement – Scroll to continue", "x•y", "x • y", "— Jane is", "A plain line of prose."]
        lines += PrefilterCheck.randomLines(3000, of: pieces, maxPieces: 6, rng: &rng)
        var matched = 0, rejected = 0
        try PrefilterCheck.forEach(patterns, lines) { pattern, filter, line in
            let ok = filter.admits(line.bytes, isLineStart: true, lineMask: line.mask, folded: line.folded) && filter.hasOtherFactors(line.bytes)
            if line.hit { matched += 1; XCTAssertTrue(ok, "'\(pattern)' matches '\(line.text)' but the prefilter rejects it") }
            if !ok { rejected += 1 }
        }
        XCTAssertGreaterThan(matched, 100)
        XCTAssertGreaterThan(rejected, 3000)
        // Prose without the separators no longer reaches the breadcrumb regex.
        let prose = Array("A plain line of prose".utf8)
        var folded: [UInt8] = []
        prose.withUnsafeBufferPointer { b in
            let mask = LineText.fold(bytes: b, into: &folded)
            XCTAssertFalse(PatternPrefilter(pattern: crumbs).admits(b, isLineStart: true, lineMask: mask))
        }
    }
}
