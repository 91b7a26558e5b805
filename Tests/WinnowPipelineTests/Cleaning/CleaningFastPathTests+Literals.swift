import Foundation
import XCTest
@testable import WinnowPipeline

/// The rule families' byte-level matchers: regex prefilters, literal tables, byte-pair lists and
/// the exact-key table find what the plain matchers they replace find.
extension CleaningFastPathTests {
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
        // The gate's one-byte literals (`GateCondition.anyByte`): their byte row slot.
        let withBytes = literals + [[0x3E], [0xBA]]
        let slotted = BigramLists(withBytes, bytesAsSlots: true)
        for (k, lit) in withBytes.enumerated() {
            XCTAssertEqual(BigramLists.rarestPair(lit), slotted.rarest[k], String(decoding: lit, as: UTF8.self))
        }
        XCTAssertEqual(slotted.pairList(withBytes.count - 1), [UInt16(PairTable.byteRow + 0xBA)])
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
        // Not modelled: inline flags but case (`(?i)`, `(?-i)`: PrefilterCaseTests). The filter then
        // admits everything.
        let flags = PatternPrefilter(pattern: "(?s)abc")
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

    func testExactKeyTableFindsEveryFamilyOfAKey() {
        var sets: [Set<UInt64>] = []
        for k in 0..<140 {
            var set = Set<UInt64>()
            for j in 0..<(k * 7 % 40) { set.insert(UInt64(j * 31 + k % 5) &* 0x9E37_79B9_7F4A_7C15) }
            sets.append(set)
        }
        let table = ExactKeyTable(sets)
        var probes = Set(sets.flatMap { $0 })
        for extra in 0..<500 { probes.insert(UInt64(extra) &* 0xD6E8_FEB8_6659_FD93) }
        for key in probes {
            var expected: FamilyMask = 0
            for (k, set) in sets.prefix(128).enumerated() where set.contains(key) { expected |= 1 << FamilyMask(k) }
            XCTAssertEqual(table.families(of: key), expected)
        }
        XCTAssertEqual(ExactKeyTable([]).families(of: 42), 0)
    }
}
