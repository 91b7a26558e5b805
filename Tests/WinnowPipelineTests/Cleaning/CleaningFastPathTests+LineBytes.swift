import Foundation
import XCTest
@testable import WinnowPipeline

/// The one-pass line scans on UTF-8 bytes (fold, trim, keys, counts, endings, byte pairs, the
/// tail subject) equal the separate functions and the String definitions they replace.
extension CleaningFastPathTests {
    func testByteFoldAndTrimMatchTheStringForms() {
        for s in ["  Hello  World ", "“Curly” ‘quotes’ — dash", "\u{00A0}nbsp\u{00A0}", "\u{2003}em space\u{3000}", "Tab\tTab", ""] {
            let bytes = Array(s.utf8)
            bytes.withUnsafeBufferPointer { b in
                let r = LineText.trimmedRange(b)
                XCTAssertEqual(String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self), String(LineText.trimmed(Substring(s))), s)
                var out: [UInt8] = []
                LineText.fold(bytes: b, into: &out)
                XCTAssertEqual(String(decoding: out, as: UTF8.self), LineText.fold(s), s)
            }
        }
    }

    func testOnePassLineScanEqualsTheSeparateFunctions() throws {
        let tricky = ["  Hello  World ", "“Curly” ‘quotes’ — dash – en", "a\u{00A0}nbsp\u{00A0}b", "x\u{2003}em\u{2026}…",
                      "Tab\tTab", "2024-10-28 12:30", "ÉCOLE Straße 42", "AP\u{2022}Photo", "e\u{0301}", "a\u{2060}b",
                      "\u{201C}\u{201D}", "x \u{00A0} y", "\u{FFFD}\u{FFFD}", "A B  C\t\tD", "🙂 emoji 🙂", "x\u{2080}y", ""]
        // Random mixes of words, punctuation runs, digits, white space and separators.
        // Letter runs with single spaces ("Wordy of THE") take the 16-byte vector path; up to 40
        // pieces, so runs cross the 16-byte chunks and end within the last 17 bytes.
        let pieces = ["word", "A", "x", ", ", ". ", "'", " - ", "  ", "\t", " ", "42", "(", ")", "\u{00A0}", "—", "é", "“", "?!",
                      "Wordy", " of ", "THE", "lengthy", "---", "***", "\u{2003}", "…", "_", "==", " a", "Zz", "@", "`", "{"]
        var rng = SeededGenerator()
        let mixes = (0..<6000).map { _ in (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
        for line in try corpusLines() + tricky + mixes {
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { raw in
                for b in [raw, UnsafeBufferPointer(rebasing: raw[LineText.trimmedRange(raw)])] {
                    let s = LineScan.counts(b)
                    XCTAssertEqual(s.key, LineKey.hash(bytes: b), line)
                    XCTAssertEqual(s.key, LineKey.hash(line), line)
                    // Against the definition: FNV-1a over the normalised text (`normalizeBytes`).
                    var reference: UInt64 = 0xcbf2_9ce4_8422_2325
                    LineKey.normalizeBytes(b) { reference = (reference ^ UInt64($0)) &* 0x0000_0100_0000_01b3 }
                    XCTAssertEqual(s.key, reference, line)
                    XCTAssertEqual(s.words, LineText.wordCount(bytes: b), line)
                    XCTAssertEqual(s.scalars, LineText.scalarCount(b), line)
                    // The learner's shortcuts for long lines.
                    XCTAssertEqual(SplitText.scalarCount(b), s.scalars, line)
                    XCTAssertEqual(LineScan.hasKey(b), s.key != LineKey.emptyHash, line)
                }
            }
        }
    }

    func testByteEndingAndCapitalisationEqualTheCharacterDefinitions() throws {
        // Every corpus line, its trimmed form and its ends, plus lines where grapheme rules matter:
        // combining marks, CR LF, a prepended mark before ASCII, the Greek question mark (≡ `;`).
        let tricky = ["Done.", "Done.\u{301}", "He said “yes.”", "He said ‘no’", "«Oui»", "Wait…", "Wait…\u{301}", "What?!",
                      "x\r\n", "x\r", "\u{0600}.", "\u{0600}1 Headline", "τι;", "τι\u{037E}", "ok \u{201D}", "é.", "e\u{301}.",
                      "a\u{200D}.", "🇫🇷.", "1️⃣", "\"“(«Title»)", "«\u{301}Title", "“\u{301}x", "‘Quoted’ line", "(Parenthetical) start",
                      "\"", "", " ", "***", "Ünïcode start", "9 lives", "\u{0663} Arabic digit", "\u{2160} Roman numeral"]
        for line in try corpusLines() + tricky {
            for s in [line, String(LineText.trimmed(Substring(line))), String(line.suffix(3)), String(line.prefix(3))] {
                XCTAssertEqual(LineText.ending(s), LineText.endingOfCharacters(s), s.debugDescription)
                XCTAssertEqual(LineText.ending(Substring(s)), LineText.endingOfCharacters(s), s.debugDescription)
                XCTAssertEqual(LineText.startsCapitalised(s), LineText.startsCapitalisedCharacters(s), s.debugDescription)
            }
        }
        // The byte paths answer the common lines themselves (else they would only add cost).
        XCTAssertNotNil(Array("The end.".utf8).withUnsafeBufferPointer(LineText.endingOfBytes))
        XCTAssertNotNil(Array("“Quote” ends here”".utf8).withUnsafeBufferPointer(LineText.endingOfBytes))
        XCTAssertNotNil(Array("The start".utf8).withUnsafeBufferPointer(LineText.startsCapitalisedBytes))
        XCTAssertNil(Array("Café".utf8).withUnsafeBufferPointer(LineText.endingOfBytes))
    }

    func testFusedFoldAndPairsEqualTheSeparatePasses() throws {
        let tricky = ["  Hello  World ", "“Curly” ‘quotes’ — dash – en", "a\u{00A0}nbsp\u{00A0}b", "Tab\tTab\t\tx", "A\u{7F}B\u{1}c",
                      "\u{E2}\u{80}", "ÉCOLE Straße 42", "x \u{00A0} y", "(AP Photo/Evan Vucci)", "", " ", "a", "AB"]
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
        let fused = PairTable(), expected = PairTable()
        defer { scratch.deallocate() }
        // Random mixes: printable runs with single and double spaces take the 16-byte vector path
        // (and leave it at every kind of byte, within a chunk, at its end and in the last 17 bytes).
        let pieces = ["Word", "of the", " ", "  ", "\t", "42", "(AP)", "\u{7F}", "é", "“", "\u{00A0}", "—", "x/Y", "ABCDEFGHIJ",
                      " a", "Z", "@[`{", "\u{1}"]
        var rng = SeededGenerator()
        let mixes = (0..<6000).map { _ in (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
        var lines = try corpusLines() + tricky + mixes
        lines.append(String(decoding: [0x61, 0xE2, 0x80, 0x98, 0x20, 0xC2, 0xA0, 0x09, 0x5A, 0xE2, 0x80], as: UTF8.self))
        for line in lines {
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { b in
                var folded: [UInt8] = []
                let mask = LineText.fold(bytes: b, into: &folded)
                folded.withUnsafeBufferPointer { expected.fill(from: $0) }
                let count = LineText.foldWithPairs(bytes: b, to: scratch, pairs: fused.stamps, stamp: fused.nextLine())
                let fusedMask = fused.mask()
                XCTAssertEqual(Array(UnsafeBufferPointer(start: scratch, count: count)), folded, line)
                XCTAssertEqual(fusedMask.lo, mask.lo, line)
                XCTAssertEqual(fusedMask.hi, mask.hi, line)
                // Both tables saw the same lines with the same stamps: equal slots, equal pairs.
                XCTAssertEqual(memcmp(fused.stamps, expected.stamps, PairTable.pairSlots + 128), 0, line)
            }
        }
    }

    /// `winnow_fold_plain` marks the pairs of a run longer than 16 bytes 16 at a time: every run
    /// length around the block edges, after each kind of byte before the run (none, a space, a
    /// curly quote, a tab), gives the pairs and bytes of the separate passes; and the fold's output is
    /// folded (no ASCII capital, no blank run, no leading blank), shorter than the input where a
    /// blank run or a curly quote was folded.
    func testFoldPairsOfLongPlainRunsEqualTheSeparatePasses() {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 12)
        defer { scratch.deallocate() }
        let fused = PairTable(), expected = PairTable()
        let alphabet = Array("The Quick brown FOX, (jumps) over 42 lazy dogs! ~`{|}".utf8)
        var shortened = 0, kept = 0
        for head in ["", "a ", "“", "x\t", "  "] {
            for length in 1...70 {
                for tail in ["", "”", "  b", "\u{7F}"] {
                    let run = (0..<length).map { alphabet[($0 * 7 + length) % alphabet.count] }
                    let bytes = Array(head.utf8) + run + Array(tail.utf8)
                    bytes.withUnsafeBufferPointer { b in
                        var folded: [UInt8] = []
                        let mask = LineText.fold(bytes: b, into: &folded)
                        folded.withUnsafeBufferPointer { expected.fill(from: $0) }
                        let count = LineText.foldWithPairs(bytes: b, to: scratch, pairs: fused.stamps, stamp: fused.nextLine())
                        XCTAssertEqual(Array(UnsafeBufferPointer(start: scratch, count: count)), folded)
                        XCTAssertEqual(fused.mask().lo, mask.lo)
                        XCTAssertEqual(fused.mask().hi, mask.hi)
                        XCTAssertEqual(memcmp(fused.stamps, expected.stamps, PairTable.pairSlots + 128), 0,
                                       "head \(head.debugDescription), run \(length), tail \(tail.debugDescription)")
                        let out = Array(UnsafeBufferPointer(start: scratch, count: count))
                        XCTAssertFalse(out.contains { $0 >= 0x41 && $0 <= 0x5A }, "a capital left: \(bytes)")
                        XCTAssertFalse(zip(out, out.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }, "a blank run left: \(bytes)")
                        XCTAssertNotEqual(out.first, 0x20, "a leading blank left: \(bytes)")
                        if count < bytes.count { shortened += 1 } else { kept += 1 }
                    }
                }
            }
        }
        // Heads `“` (three bytes to one) and `  ` (dropped) shorten every input; a tab is one
        // blank (`x\t` keeps its length), and with no head only the tails `”` and `  b` shorten.
        XCTAssertGreaterThanOrEqual(shortened, 2 * 70 * 4)
        XCTAssertGreaterThan(kept, 0)
    }

    /// `LineScan.widerThan` (C, 16 bytes a step) says whether a line holds more than `limit`
    /// scalars, for every limit around a line's scalar count, on ASCII, multi-byte and mixed lines
    /// of every length near the 16-byte steps (a negative limit: every non-empty line is wider).
    func testLineScanWiderThanCountsScalars() {
        let pieces = ["word ", "é", "“", "—", "中文", "🙂", "x", "  ", "\t", "NBSP\u{00A0}"]
        var rng = SeededGenerator()
        var lines: [String] = (0..<70).map { String(repeating: "a", count: $0) }
        lines += (0..<70).map { String(repeating: "é", count: $0) }
        for _ in 0..<1500 {
            lines.append((0..<Int.random(in: 0...60, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        var wider = 0, checked = 0
        for line in lines {
            let bytes = Array(line.utf8)
            let scalars = line.unicodeScalars.count
            bytes.withUnsafeBufferPointer { b in
                for limit in Set([-1, 0, 1, 15, 16, 17, scalars - 1, scalars, scalars + 1, bytes.count, 200]) {
                    let got = LineScan.widerThan(limit, b)
                    if limit >= 0 || !bytes.isEmpty {
                        XCTAssertEqual(got, scalars > limit, "\(line.debugDescription) limit \(limit)")
                    }
                    if got { wider += 1 }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(wider, 0)
        XCTAssertLessThan(wider, checked)
    }

    /// `lastCharacters` steps back eight bytes at a time; it must stop where the byte-by-byte
    /// definition stops, on every length, mix of multi-byte scalars and count.
    func testLastCharactersEqualsTheByteLoop() {
        func reference(_ bytes: UnsafeBufferPointer<UInt8>, _ count: Int) -> Int {
            var scalars = 0, i = bytes.count
            while i > 0 && scalars < 2 * count {
                i -= 1
                if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
            }
            return i
        }
        let pieces = ["a", " ", "é", "—", "🙂", "e\u{301}", "Z", "中"]
        var rng = SeededGenerator()
        for _ in 0..<3000 {
            let line = (0..<Int.random(in: 0...90, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { b in
                for count in [0, 1, 3, 4, 5, 17, 30, 60, 200] {
                    let got = LineText.lastCharacters(b, count)
                    XCTAssertEqual(b.count - got.count, reference(b, count), "\(line.debugDescription) \(count)")
                }
            }
        }
    }
}
