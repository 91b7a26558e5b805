import Foundation
import XCTest
@testable import WinnowPipeline

/// The byte-level fast path agrees with the plain matchers it replaces: a regex prefilter never
/// rejects a line its regex matches, and literal tables find the same literal as a scan in order.
final class CleaningFastPathTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    /// Lines from the seed dumps and the dev-set sample plus crafted boilerplate.
    private func corpusLines() throws -> [String] {
        var lines: [String] = [
            "Updated 5 sec ago", "First published 3 hours ago", "Last updated: Yesterday", "October 24, 2024",
            "24 Oct 2024 10:15 GMT", "2024-10-28", "3/4/24 10:15 pm", "Reporting by Jane Doe; Editing by John Roe",
            "Jane Doe contributed from Paris.", "Source: independent.co.uk", "via dailyledger.ca", "Source - snopes.in",
            "Jane Doe/AFP via Getty Images", "@handle/Twitter", "Mette Becker | PA Images", "Courtesy of Coastal Herald",
            "File photo: Sipa USA", "A man walks by (AP Photo/Evan Vucci)", "Protesters march (Saul Loeb/AFP via Getty Images)",
            "Follow Jane Doe on Twitter", "Listen 5 min", "12:30", "[pullquote]", "12 comments", "a a a",
            "Reuters nm", "AP 0312 1405", "* * *", "— George Will is a syndicated columnist.", "S.E. Cupp is the host of a show on CNN.",
            " date 2024-10-28 Headline here", "Find AP Fact Checks at http://apnews.com/APFactCheck",
            "Support Vox’s explanatory journalism", "KELVIN Kelvin kelvin", "ÉCOLE Über straße", "“Quoted” — dash – line",
        ]
        let fm = FileManager.default
        for dir in ["\(Self.root)/Fixtures/seeds", "\(Self.root)/Fixtures/devset/sample"] {
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else { continue }
            for name in names.sorted() {
                if name.hasSuffix(".txt") {
                    let text = try String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8)
                    lines += text.split(separator: "\n").map(String.init)
                } else if name.hasSuffix(".txt.gz") {
                    lines += try readLines(try GzipByteSource(path: "\(dir)/\(name)"))
                }
            }
        }
        return lines
    }

    private func newsFamilies() throws -> [RuleFamilyConfig] {
        let config = try PipelineConfig.load(path: "\(Self.root)/Pipelines/news.yaml")
        return try XCTUnwrap(config.clean).families
    }

    func testPrefilterNeverRejectsARegexMatch() throws {
        let lines = try corpusLines()
        XCTAssertGreaterThan(lines.count, 1000)
        var tested = 0, admitted = 0, matched = 0, admittedByPairs = 0
        let pairs = PairTable()
        for family in try newsFamilies() {
            for pattern in family.patterns {
                let re = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
                let filter = PatternPrefilter(pattern: pattern)
                for raw in lines {
                    let line = String(LineText.trimmed(Substring(raw)))
                    guard !line.isEmpty else { continue }
                    var subject = line
                    if let tail = family.tailChars, line.count > tail { subject = String(line.suffix(tail)) }
                    let hit = re.firstMatch(in: subject, range: NSRange(location: 0, length: subject.utf16.count)) != nil
                    var folded: [UInt8] = []
                    let bytes = Array(line.utf8)
                    let (ok, okPairs, okFolded) = bytes.withUnsafeBufferPointer { b -> (Bool, Bool, Bool) in
                        let mask = LineText.fold(bytes: b, into: &folded)
                        folded.withUnsafeBufferPointer { pairs.fill(from: $0) }
                        let sub = family.tailChars.map { line.count > $0 ? LineText.lastCharacters(b, $0) : b } ?? b
                        return (filter.admits(sub, isLineStart: sub.count == b.count, lineMask: mask),
                                filter.admits(sub, isLineStart: sub.count == b.count, lineMask: mask,
                                              bigrams: pairs.bigrams),
                                folded.withUnsafeBufferPointer { f in
                                    filter.admits(sub, isLineStart: sub.count == b.count, lineMask: mask,
                                                  bigrams: pairs.bigrams, folded: f)
                                })
                    }
                    tested += 1
                    if ok { admitted += 1 }
                    if okPairs { admittedByPairs += 1 }
                    if hit { matched += 1 }
                    if hit { XCTAssertTrue(ok, "prefilter of \(family.name) rejects a match: '\(pattern)' on '\(line)'") }
                    if hit { XCTAssertTrue(okPairs, "byte-pair test of \(family.name) rejects a match: '\(pattern)' on '\(line)'") }
                    let others = Array(subject.utf8).withUnsafeBufferPointer { filter.hasOtherFactors($0) }
                    if hit { XCTAssertTrue(others, "other factors of \(family.name) reject a match: '\(pattern)' on '\(line)'") }
                    // Needles looked for in the folded line find at least what the raw search finds.
                    if okPairs { XCTAssertTrue(okFolded, "folded-line search of \(family.name): '\(pattern)' on '\(line)'") }
                    // The pair test only ever narrows the byte-mask test.
                    if okPairs { XCTAssertTrue(ok, line) }
                }
            }
        }
        XCTAssertGreaterThan(matched, 30)
        // The filter must do its job: most (pattern, line) pairs never reach the regex.
        XCTAssertLessThan(Double(admitted) / Double(tested), 0.1, "admitted \(admitted) of \(tested)")
        XCTAssertLessThanOrEqual(admittedByPairs, admitted)
    }

    func testBytePairTestNeverHidesAContainedLiteral() throws {
        let lines = try corpusLines()
        let literals = try newsFamilies().flatMap(\.contains).map { LineText.fold($0) } + ["e", "is a", "  "]
        let table = LiteralTable(literals, indexByLastByte: false)
        let pairs = PairTable()
        var found = 0
        for raw in lines + ["Copyright 2024. ALL RIGHTS RESERVED", "is a"] {
            let folded = Array(LineText.fold(raw).utf8)
            folded.withUnsafeBufferPointer { f in
                pairs.fill(from: f)
                let plain = table.firstContained(in: f, mask: ByteMask(f))
                let paired = table.firstContained(in: f, mask: ByteMask(f), bigrams: pairs.bigrams)
                XCTAssertEqual(paired, plain, raw)
                if plain != nil { found += 1 }
            }
        }
        XCTAssertGreaterThan(found, 10)
    }

    /// The gate groups literals by `BigramLists.rarestPair`: it must be the pair each list tests
    /// first (non-ASCII bytes share pair slots with ASCII ones, repeated pairs, ties of rarity).
    func testRarestPairIsTheFirstPairTested() throws {
        var literals = try newsFamilies().flatMap { $0.contains + $0.prefixes + $0.suffixes }.map { Array(LineText.fold($0).utf8) }
        literals += ["aa", "abab", "zq", "qz", "é\u{65}", "xx yy", "\u{E9}i", "--", "0123"].map { Array($0.utf8) }
        literals = literals.filter { $0.count >= 2 }
        let lists = BigramLists(literals)
        for (k, lit) in literals.enumerated() {
            XCTAssertEqual(BigramLists.rarestPair(lit), lists.rarest[k], String(decoding: lit, as: UTF8.self))
        }
    }

    /// Each literal's list: its distinct pairs, each at its rarest occurrence, rarest first, ties by
    /// index (the reference is the Dictionary build `init` had); unusable and 1-byte literals none.
    func testPairListsAreDistinctRarestFirst() throws {
        var literals = try newsFamilies().flatMap { $0.contains + $0.prefixes + $0.suffixes }.map { Array(LineText.fold($0).utf8) }
        literals += ["aa", "abab", "zq", "qz", "é\u{65}", "xx yy", "\u{E9}i", "--", "0123", "z", "", "zazaz q"].map { Array($0.utf8) }
        let usable = literals.indices.map { $0 % 7 != 3 || $0 == literals.count - 1 }
        let lists = BigramLists(literals, usable: usable)
        for (k, lit) in literals.enumerated() {
            var seen: [UInt16: Int] = [:]
            if usable[k], lit.count >= 2 {
                for j in 1..<lit.count {
                    let p = UInt16(LineBigrams.index(lit[j - 1], lit[j]))
                    seen[p] = max(seen[p] ?? 0, BigramLists.rarity(lit[j - 1]) + BigramLists.rarity(lit[j]))
                }
            }
            let expected = seen.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            XCTAssertEqual(lists.pairList(k), expected, String(decoding: lit, as: UTF8.self))
            XCTAssertEqual(lists.rarest[k], expected.first ?? BigramLists.noPair)
        }
        // "zazaz q": six pairs, "za" and "az" twice each: four entries.
        XCTAssertEqual(lists.pairList(literals.count - 1).count, 4)
    }

    func testPrefilterReadsRequiredLiteralsAndFirstBytes() {
        let follow = PatternPrefilter(pattern: "^follow \\S+( \\S+)? on (twitter|x|facebook)\\b.*$")
        XCTAssertEqual(follow.anyOf.map { String(decoding: $0, as: UTF8.self) }, ["follow "])
        let ago = PatternPrefilter(pattern: "^(?:updated\\s*)?(?:about |\\d+\\s*)(?:s|sec|mins?)\\s+ago\\b.*$")
        XCTAssertEqual(ago.anyOf.map { String(decoding: $0, as: UTF8.self) }, ["ago"])
        // Not modelled: inline flags. The filter then admits everything.
        let flags = PatternPrefilter(pattern: "(?i)abc")
        XCTAssertTrue(flags.anyOf.isEmpty)
        XCTAssertNil(flags.firstBytes)
        // A pattern ending in `$` names the bytes a line can end with ("a a a", never "Ask a man").
        let repeated = try! XCTUnwrap(PatternPrefilter(pattern: "^(?:a\\s+){2,}a$").lastBytes)
        XCTAssertTrue(repeated.contains(0x61))
        XCTAssertFalse(repeated.contains(0x6E))
        let mask = ByteMask(lo: ~0, hi: ~0)
        for (line, admitted) in [("a a a", true), ("A A A", true), ("Ask a man", false)] {
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { b in
                XCTAssertEqual(PatternPrefilter(pattern: "^(?:a\\s+){2,}a$").admits(b, isLineStart: true, lineMask: mask), admitted, line)
            }
        }
        // No end condition: optional or white-space endings, `$` inside a group or in one alternative only.
        XCTAssertEqual(PatternPrefilter(pattern: "\\(photo\\)\\s*$").lastBytes?.contains(0x29), true)
        for pattern in ["^\\d+:\\d+.*$", "(?:x|y$)", "x$|y", "a?$", "(?:ab$)"] {
            XCTAssertNil(PatternPrefilter(pattern: pattern).lastBytes, pattern)
        }
        // A negated class of plain ASCII is its complement (case-insensitively; every byte ≥ 0x80
        // stays possible); with an escape that stands for a superset (\p, \s) it is unknown.
        let caption = try! XCTUnwrap(PatternPrefilter(pattern: "photo:\\s?[^.:()A]{2,60}$").lastBytes)
        XCTAssertFalse(caption.contains(0x2E))   // .
        XCTAssertFalse(caption.contains(0x61))   // a, as A is listed
        XCTAssertTrue(caption.contains(0x62))
        XCTAssertTrue(caption.contains(0xE2))
        let first = try! XCTUnwrap(PatternPrefilter(pattern: "^[^a-c,]x").firstBytes)
        XCTAssertFalse(first.contains(0x62))
        XCTAssertFalse(first.contains(0x2C))
        XCTAssertTrue(first.contains(0x64))
        XCTAssertNil(PatternPrefilter(pattern: "^[^\\p{L}]x").firstBytes)
        XCTAssertNil(PatternPrefilter(pattern: "^[^\\s]x").firstBytes)
        XCTAssertNil(PatternPrefilter(pattern: "^[^é]x").firstBytes)
        for (line, admitted) in [("Bx", false), ("bx", false), ("dx", true), ("Dx", true), ("éx", true), (",x", false)] {
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { b in
                XCTAssertEqual(PatternPrefilter(pattern: "^[^a-c,]x").admits(b, isLineStart: true, lineMask: mask), admitted, line)
            }
        }
    }

    func testLiteralTableFindsTheFirstLiteralInFileOrder() {
        let literals = ["getty images", "ap photo/", "afp", "photo", "ap"]
        let contains = LiteralTable(literals, indexByLastByte: false)
        let prefixes = LiteralTable(literals, indexByLastByte: false)
        let suffixes = LiteralTable(literals, indexByLastByte: true)
        for line in ["a photo by ap photo/x", "getty images and afp", "nothing here", "ap", "photo", "afp photo", ""] {
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { b in
                XCTAssertEqual(contains.firstContained(in: b, mask: ByteMask(b)), literals.firstIndex { line.contains($0) }, line)
                XCTAssertEqual(prefixes.firstPrefix(of: b), literals.firstIndex { line.hasPrefix($0) }, line)
                XCTAssertEqual(suffixes.firstSuffix(of: b), literals.firstIndex { line.hasSuffix($0) }, line)
            }
        }
    }

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

    func testExactKeyTableFindsEveryFamilyOfAKey() {
        var sets: [Set<UInt64>] = []
        for k in 0..<70 {
            var set = Set<UInt64>()
            for j in 0..<(k * 7 % 40) { set.insert(UInt64(j * 31 + k % 5) &* 0x9E37_79B9_7F4A_7C15) }
            sets.append(set)
        }
        let table = ExactKeyTable(sets)
        var probes = Set(sets.flatMap { $0 })
        for extra in 0..<500 { probes.insert(UInt64(extra) &* 0xD6E8_FEB8_6659_FD93) }
        for key in probes {
            var expected: UInt64 = 0
            for (k, set) in sets.prefix(64).enumerated() where set.contains(key) { expected |= 1 << UInt64(k) }
            XCTAssertEqual(table.families(of: key), expected)
        }
        XCTAssertEqual(ExactKeyTable([]).families(of: 42), 0)
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

    func testFoldingOnlyTheLineEndClassifiesLikeFoldingTheWholeLine() throws {
        let config = try XCTUnwrap(try PipelineConfig.load(path: "\(Self.root)/Pipelines/news.yaml").clean)
        let partial = try LineClassifier(config: config)
        let whole = try LineClassifier(config: config)
        whole.wholeFold = true
        // Long lines that end in credits, with blanks, curly quotes and NBSP around where the tail
        // subject (60 characters) starts, plus every corpus line (and pairs of them joined, which
        // makes long lines of real endings).
        let prose = "The council met on Tuesday and agreed a budget that officials said would cover the costs of the new school"
        var lines = try corpusLines()
        let corpus = lines
        for (a, b) in zip(corpus, corpus.dropFirst(3)) { lines.append(a + " " + b) }
        for pad in 0..<70 {
            let p = String(prose.prefix(40 + pad * 3))
            for end in [" (AP Photo/Evan Vucci)", "  (Saul Loeb/AFP via Getty Images)", "\u{00A0}(Photo: Reuters)", " ‘x’ (AFP/File)",
                        " — Photo: Jane Doe (Reuters)", "\t(AP)", " “(reuters)”", " getty images)", " / Getty Images",
                        String(repeating: " ", count: pad % 5) + "(Image: Jane Doe/AFP)"] {
                lines.append(p + end)
                lines.append("date 2024-10-28 " + p + end)
            }
        }
        let text = lines.joined(separator: "\n")
        let a = partial.classify(text).lines, b = whole.classify(text).lines
        XCTAssertEqual(a.count, b.count)
        var stripped = 0
        for (x, y) in zip(a, b) {
            XCTAssertEqual(x.kind, y.kind, String(x.text))
            XCTAssertEqual(x.detail, y.detail, String(x.text))
            XCTAssertEqual(x.metadata, y.metadata, String(x.text))
            XCTAssertEqual(x.content, y.content, String(x.text))
            if case .stripped = x.kind { stripped += 1 }
        }
        XCTAssertGreaterThan(stripped, 500, "the synthetic credit endings are stripped")
        // The shortcut is taken: a prose line ending in a credit, longer than every family that
        // reads whole lines (`max_chars` of those without `tail_chars`), folds from near its end.
        let longest = config.families.filter { $0.tailChars == nil }.map(\.maxChars).max() ?? 0
        var long = prose
        while long.utf8.count <= longest { long += " " + prose }
        let line = Array((long + " (AP Photo/Evan Vucci)").utf8)
        line.withUnsafeBufferPointer { l in
            let from = partial.foldStart(l, chars: l.count)
            XCTAssertGreaterThan(from, 0)
            XCTAssertLessThan(l.count - from, 130)
        }
    }

    /// The family gate (first and last bytes) only skips families that cannot match: every line
    /// is classified as when every family is tried, on corpus lines, the same lines with each
    /// possible first or last byte put in front or behind, and random mixes of rule fragments.
    func testFamilyGateClassifiesLikeTryingEveryFamily() throws {
        let config = try XCTUnwrap(try PipelineConfig.load(path: "\(Self.root)/Pipelines/news.yaml").clean)
        let gated = try LineClassifier(config: config)
        let ungated = try LineClassifier(config: config, everyFamily: true)
        var lines = try corpusLines()
        let samples = ["Getty Images", "photo: Jane Doe", "A man walks (AP Photo/Evan Vucci)", "12:30", "Updated 5 sec ago",
                       "© 2024 Reuters", "Reporting by Jane Doe", "read more", "Sign up for our newsletter", "x"]
        let ends = ["(", ")", "“", "”", "‘", "’", "—", "–", "\u{00A0}", "é", "É", "©", "@", "[", "]", "*", "#", "-", "_", ".", "\"", "'",
                    "D", "d", "R", "S", "F", "P", "©", "0", "9", "\u{7F}", "\u{1F}", "中", "🙂"]
        for s in samples {
            for e in ends { lines.append(e + s); lines.append(s + e); lines.append(e + s + e) }
        }
        let pieces = ["Photo", " by ", "Getty", " Images", "(AP", "/", ")", "Reuters", "©", "Copyright", " all rights reserved",
                      "sign up", " for our ", "Follow", " on Twitter", "12", ":", "30", " ago", "Updated", "—", "“", "”", " ", "x",
                      "date ", "2024-10-28", "Read more", "is a syndicated columnist", "contributed", ".", "|", "via ", "site.com"]
        var rng = SeededGenerator()
        for _ in 0..<4000 {
            lines.append((0..<Int.random(in: 1...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        let text = lines.joined(separator: "\n")
        let a = gated.classify(text).lines, b = ungated.classify(text).lines
        XCTAssertEqual(a.count, b.count)
        var stripped = 0
        for (x, y) in zip(a, b) {
            XCTAssertEqual(x.kind, y.kind, String(x.text))
            XCTAssertEqual(x.detail, y.detail, String(x.text))
            XCTAssertEqual(x.metadata, y.metadata, String(x.text))
            XCTAssertEqual(x.content, y.content, String(x.text))
            XCTAssertEqual(x.linkRule, y.linkRule, String(x.text))
            if case .stripped = x.kind { stripped += 1 }
        }
        XCTAssertGreaterThan(stripped, 1000, "the mixes and samples meet the rules")
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
