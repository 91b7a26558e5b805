import Foundation
import XCTest
@testable import WinnowPipeline

/// Case in a rule pattern: a case-sensitive group or flag (`(?-i:\p{Lu})`, `^(?-i)…`) matches a
/// subset of what its caseless reading does, so the prefilter reads the caseless facts through it;
/// a letter whose case forms are all non-ASCII (Cyrillic, `é`) starts and ends with a byte ≥ 0x80.
/// Before, either made the whole pattern unknown: its family was tried on every line.
final class PrefilterCaseTests: XCTestCase {
    private let related = "^related (?:articles|stories)\\s+(?-i:\\p{Lu})\\S*(?:\\s+\\S+){2,}$"
    private let credited = "^(?-i)\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3} (?:contributed|reported)\\b.{0,40}$"
    private let cyrillic = "^(?:читайте также|смотрите также)\\s*(?:[:|»›>–—-]+\\s*|\\s(?=\\p{Lu})).{3,200}$"
    private let accented = "^(?:à|a) lire (?:aussi|également)\\s*:\\s*.{3,200}$"

    func testCaseFlagsAndNonASCIILettersAreModelled() throws {
        XCTAssertEqual(PatternPrefilter(pattern: related).anyOf.map { String(decoding: $0, as: UTF8.self) },
                       ["related articles", "related stories"])
        XCTAssertEqual(Set(PatternPrefilter(pattern: credited).anyOf.map { String(decoding: $0, as: UTF8.self) }),
                       [" contributed", " reported"])
        XCTAssertNotNil(PatternPrefilter(pattern: credited).firstBytes)
        let first = try XCTUnwrap(PatternPrefilter(pattern: cyrillic).firstBytes)
        XCTAssertTrue(first.contains(0xD1))    // ч is D1 87, с D1 81 (Ч D0 A7)
        XCTAssertTrue(first.contains(0xD0))
        XCTAssertFalse(first.contains(0x61))
        XCTAssertFalse(first.contains(0x20))
        let accentedFirst = try XCTUnwrap(PatternPrefilter(pattern: accented).firstBytes)
        XCTAssertTrue(accentedFirst.contains(0x61) && accentedFirst.contains(0xC3))
        XCTAssertFalse(accentedFirst.contains(0x6C))
        // Letters with an ASCII case form stay unknown: `ſ` ~ `s`, the Kelvin sign ~ `k`, `ß` ~ "SS".
        XCTAssertTrue(nonASCIICaseForms("ч") && nonASCIICaseForms("É"))
        XCTAssertFalse(nonASCIICaseForms("ſ") || nonASCIICaseForms("\u{212A}") || nonASCIICaseForms("ß") || nonASCIICaseForms("ı"))
        XCTAssertNil(PatternPrefilter(pattern: "^ſx").firstBytes)
    }

    func testCaseModelNeverRejectsARegexMatch() throws {
        let patterns = [related, credited, cyrillic, accented, "^(?:ſtart|\u{212A}ey|straße)\\s+\\w+$", "^x(?i)yz$", "^(?-i)[A-Z]x$"]
        let pieces = ["Related", "related", "RELATED", "articles", "Stories", "stories", " ", "The", "the", "big", "Story",
                      "Jane", "Doe", "contributed", "CONTRIBUTED", "reported", "Reported", ".", "Читайте", "ЧИТАЙТЕ", "читайте",
                      "также", "ТАКЖЕ", "Смотрите", "смотрите", ":", "—", "Новости", "À", "à", "A", "a", "lire", "LIRE",
                      "aussi", "également", "ÉGALEMENT", "Le", "titre", "ſtart", "START", "start", "\u{212A}EY", "key",
                      "STRASSE", "straße", "word", "xyz", "XYZ", "x", "Ax", "ax"]
        var rng = SeededGenerator()
        var lines = ["Related articles The Big Story Today", "Jane Doe contributed to this report.", "Читайте также: Новости дня",
                     "ЧИТАЙТЕ ТАКЖЕ — Новости дня", "À LIRE AUSSI : Le titre du jour", "a lire également: le titre",
                     "\u{212A}ey word", "ſtart word", "STRASSE word", "xYZ", "Ax"]
        lines += PrefilterCheck.randomLines(4000, of: pieces, maxPieces: 7, rng: &rng)
        var matched = 0, rejected = 0
        try PrefilterCheck.forEach(patterns, lines) { pattern, filter, line in
            let ok = filter.admits(line.bytes, isLineStart: true, lineMask: line.mask, folded: line.folded) && filter.hasOtherFactors(line.bytes)
            if line.hit { matched += 1; XCTAssertTrue(ok, "'\(pattern)' matches '\(line.text)' but the prefilter rejects it") }
            if !ok { rejected += 1 }
        }
        XCTAssertGreaterThan(matched, 50)
        XCTAssertGreaterThan(rejected, 10000)
    }
}
