import Foundation
import XCTest
@testable import WinnowPipeline

/// The dateline matcher skips a regex when the line's head fails the byte requirement proved from
/// the pattern; it must find exactly what running every regex finds.
final class DatelineRequirementTests: XCTestCase {
    /// The matcher without requirements: every gated line through every regex, run by ICU
    /// (NSRegularExpression, the old code: the matcher's PCRE2 must agree with it).
    fileprivate func reference(_ m: DatelineMatcher, _ line: String) -> String? {
        let u = line.utf8
        guard let b0 = u.first else { return nil }
        let b1 = u.dropFirst().first ?? 0
        let isCap = { (b: UInt8) in b >= 0x41 && b <= 0x5A }
        let isLower = { (b: UInt8) in (b >= 0x61 && b <= 0x7A) || b >= 0xC0 }
        let dated = Array(u).withUnsafeBufferPointer { DatelineMatcher.hasDatedComma($0, within: m.maxChars) }
        let colon = Array(u).withUnsafeBufferPointer { DatelineMatcher.hasPlaceColon($0, within: m.maxChars) }
        // Two capitals, Latin-1 ones too (`ZÜRICH`, `DatelineCapitals.swift`).
        let two = Array(u).withUnsafeBufferPointer { DatelineCapitals.opensWithTwo($0) }
        guard b0 == 0x28 || two || (isCap(b0) && isLower(b1) && (dated || colon)) else { return nil }
        let head = String(line.prefix(m.maxChars))
        let ns = head as NSString
        for p in m.patterns {
            let re = try! NSRegularExpression(pattern: p.pattern)
            guard let r = re.firstMatch(in: head, options: [], range: NSRange(location: 0, length: ns.length)) else { continue }
            let g = r.numberOfRanges > 1 ? r.range(at: 1) : r.range
            guard g.location != NSNotFound else { continue }
            return DatelineMatcher.placeOnly(ns.substring(with: g))
        }
        // Then the listed places (their lookup is checked against its regex in DatelinePlaceColonTests).
        var h = head
        return h.withUTF8 { u in m.places.match(u).map { DatelineMatcher.placeOnly(String(decoding: UnsafeBufferPointer(rebasing: u[$0]), as: UTF8.self)) } }
    }

    func testDefaultPatternsGetARequirement() {
        let r = SplitConfig.defaultDatelinePatterns.map { DatelineRequirement(pattern: $0) }
        XCTAssertEqual(r[0]?.marks, ["—", "–", "-"].map { Array($0.utf8) })
        XCTAssertEqual(r[1]?.marks, [":", "—", "–", "-"].map { Array($0.utf8) })
        XCTAssertEqual(r[2]?.marks, ["—", "–", "-"].map { Array($0.utf8) })
    }

    /// A mixed-case place is a dateline only before a full date and a dash; the date is cut.
    func testMixedCasePlaceWithAFullDate() throws {
        let (_, config) = try CleaningFixtures.configs()
        let m = try DatelineMatcher(config)
        for (line, place) in [("New Delhi, June 23, 2020 — Police in India’s Uttar Pradesh", "New Delhi"),
                              ("New Delhi, July 13, 2020 – The", "New Delhi"),
                              ("Kyiv, Ukraine, Sept. 3, 2019 (AP) - Ukraine's", "Kyiv, Ukraine"),  // the date is cut, the region kept: as `Kyiv, Ukraine (AP) -` gives
                              ("São Paulo, September 30, 2021 — A", "São Paulo")] {
            XCTAssertEqual(m.place(in: line), place, line)
        }
        for line in ["New Delhi, June 23 — Police", "New Delhi, June 23, 2020: Police", "Police in New Delhi, June 23, 2020 — x",
                     "\"New Delhi, June 23, 2020 — Police said", "On June 23, 2020 — a Tuesday", "New Delhi — Police"] {
            XCTAssertNil(m.place(in: line), line)
        }
        for (s, dated) in [("X, June 2", true), ("X, Sept. 3", true), ("X, Jo 2", false), ("X, june 2", false), ("X,June 2", false), ("X, June", false), ("X, Sep. 30", true), ("", false)] {
            XCTAssertEqual(Array(s.utf8).withUnsafeBufferPointer { DatelineMatcher.hasDatedComma($0, within: 60) }, dated, s)
        }
    }

    func testPatternsWithSyntaxGetNone() {
        for p in [#"^A|B[:-]+\s"#, #"(?i)^X[:-]+\s"#, #"^X[a-z]+\s"#, #"^X[:-]*\s"#, #"^X[^:]+\s"#, #"^X[:-]+\s+"#,
                  #"^X[\w]+\s"#, #"^X[[:]]+\s"#, #"^X\\s"#, #"^X[:-]+\\s"#, #"^X\Q[:]\E+\s"#, #"(^X[:-]+\s)"#,
                  #"^X[:-]?\s"#, #"^X[:]]+\s"#, #"^X(?<n>a)[:-]+\s"#, #"^X[ :]+\s"#, #"^X[&:]+\s"#,
                  #"^X(?!a[:-]+\s"#] {
            XCTAssertNil(DatelineRequirement(pattern: p), p)
        }
        XCTAssertNotNil(DatelineRequirement(pattern: #"^(A|B)(?:x)[:—]\s"#))
    }

    /// Lookarounds match no characters and only narrow the rest: the pattern gets the requirement
    /// of the rest (a trailing one included, as the capitals dateline's `(?!(?<=:\s)…)` is).
    func testLookaroundsAreDropped() throws {
        let plain = try XCTUnwrap(DatelineRequirement(pattern: #"^X[:—]+\s"#))
        for p in [#"^X(?=a)[:—]+\s"#, #"^(?!(?:FILE|SOURCE) ?:)X[:—]+\s"#, #"^X[:—]+\s(?!(?<=:\s)[^\p{Ll}]{15,}$)"#,
                  #"^(?<![)(])X[:—]+\s(?=[(\]])"#] {
            XCTAssertEqual(DatelineRequirement(pattern: p), plain, p)
        }
    }

    func testRequirementNeedsAMarkBeforeANonPrintable() throws {
        let r = try XCTUnwrap(DatelineRequirement(pattern: #"^X[:—]+\s"#))
        func may(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { r.mayMatch($0) } }
        XCTAssertTrue(may("LONDON: x"))
        XCTAssertTrue(may("LONDON —\tx"))
        XCTAssertTrue(may("LONDON:\u{00A0}x"))
        XCTAssertFalse(may("LONDON:x"))
        XCTAssertFalse(may("LONDON:"))
        XCTAssertFalse(may("LONDON —"))
        XCTAssertFalse(may("US officials said on Monday"))
    }

    func testMatcherAgreesWithEveryRegexRun() throws {
        let (_, config) = try CleaningFixtures.configs()
        var lines = [
            "WASHINGTON (Reuters) - The", "(LONDON) — Britain", "(LONDON)—Britain", "BRUSSELS: EU", "BRUSSELS:EU",
            "NEW YORK, March 3 — A", "NEW YORK, Mar — x", "US officials said", "OPINION: Why", "ÉTATS: x",
            "KYIV –\u{00A0}Ukraine", "KYIV -\tx", "AB", "(", "(A) -", "(A) - ", "PARIS —", "PARIS — ",
            "ZÜRICH — Swiss", "New Delhi, June 23, 2020 — Police", "Kyiv, Ukraine, Sept. 3, 2019 (AP) - x",
            "Monday, June 23, 2020: x", "New Delhi, June 23 — x", "Atlanta: “The", "Des Moines, Iowa: Mr. X",
            "Austin: I", "Austin, Texas: The", "Iowa: The", "Beijing: the", "São Paulo: A", "Washington said: The", "Then, Mr. Smith said — x", "SEOUL\r\n— x", "TOKYO e\u{0301}: x",
            String(repeating: "A", count: 58) + ": x", String(repeating: "A", count: 59) + ": x",
            String(repeating: "A", count: 60) + ": x", String(repeating: "A", count: 59) + ":\u{0301} x",
            String(repeating: "AB ", count: 19) + "C\u{0301}: x",
        ]
        let sample = CleaningFixtures.root.appendingPathComponent("Fixtures/devset/sample").path
        for name in try FileManager.default.contentsOfDirectory(atPath: sample).sorted() where name.contains(".txt") {
            for block in try ExplainSupport.readBlocks(path: sample + "/" + name, config: ReadConfig()) {
                for line in block.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let t = String(SplitText.trimmingBlanks(String(line)))
                    lines.append(t)
                    // Shifted heads put marks and blanks at the 60-character edge.
                    if t.count > 20 { lines.append(String(t.prefix(2)).uppercased() + String(t.dropFirst(20))) }
                }
            }
        }
        for maxChars in [config.datelineMaxChars, 12] {
            var c = config
            c.datelineMaxChars = maxChars
            let m = try DatelineMatcher(c)
            XCTAssertTrue(m.requirements.allSatisfy { $0 != nil })
            var found = 0
            for line in lines {
                let expected = reference(m, line)
                XCTAssertEqual(m.place(in: line), expected, line)
                if expected != nil { found += 1 }
            }
            XCTAssertGreaterThan(found, 5)
        }
    }
}

extension DatelineRequirementTests {
    /// The matcher walks a head once for all patterns (a table of the patterns each byte may open
    /// a mark of): its bits are those of asking each requirement's `mayMatch`, with a pattern that
    /// has no requirement always passed.
    func testOneWalkPassesWhatEachRequirementPasses() throws {
        let (_, config) = try CleaningFixtures.configs()
        var c = config
        // The real patterns, one with no requirement (alternation), and two with marks of their own.
        c.datelinePatterns = config.datelinePatterns + ["^(A|B)\\s", "^Q[;,]\\s", "^Q[—!]+\\s"]
        let m = try DatelineMatcher(c)
        XCTAssertNil(m.requirements[config.datelinePatterns.count])
        let heads = ["WASHINGTON (Reuters) - The", "(LONDON) — Britain", "BRUSSELS: EU", "BRUSSELS:EU", "A; b", "A;b",
                     "x —\u{00A0}y", "x —", "—", "-", "", "A", "KYIV -\tx", "a, b, c! d", "LONDON —— x", "a;", ";\u{0301}",
                     "Then, Mr. Smith said — x", "ZÜRICH — Swiss", "US officials said on Monday"]
        for head in heads {
            let bytes = Array(head.utf8)
            bytes.withUnsafeBufferPointer { u in
                var expected: UInt64 = 0
                for (k, r) in m.requirements.enumerated() where r?.mayMatch(u) ?? true { expected |= 1 << UInt64(k) }
                XCTAssertEqual(m.passedRequirements(u), expected, head)
            }
        }
    }

    /// Past 64 patterns the requirement bits run out: the later patterns are still tried.
    func testMatcherWithManyPatternsAgreesWithRegex() throws {
        let (_, config) = try CleaningFixtures.configs()
        var c = config
        // 70 patterns that need a `;` mark (none of the lines has one), then the real ones.
        c.datelinePatterns = (0..<70).map { "^Q\($0)[;]\\s" } + config.datelinePatterns
        let m = try DatelineMatcher(c)
        XCTAssertEqual(m.requirements.count, 70 + config.datelinePatterns.count)
        let lines = ["WASHINGTON (Reuters) - The", "(LONDON) — Britain", "BRUSSELS: EU", "NEW YORK, March 3 — A",
                     "US officials said", "ZÜRICH — Swiss", "PARIS — "]
        var found = 0
        for line in lines {
            let expected = reference(m, line)
            XCTAssertEqual(m.place(in: line), expected, line)
            if expected != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 4)
    }
}

/// Record ids are built on bytes now; they must be what the String form gave.
final class DocumentIDTests: XCTestCase {
    func testIDEqualsHashOfBaseNameIndexAndText() {
        for (source, index, text) in [("/a/b/dump.txt", 0, "Hello"), ("dump.txt", 12345, "Zürich — x"), ("/x/y/", -3, ""),
                                      ("d", Int.max, String(repeating: "long text ", count: 40))] {
            let base = source.split(separator: "/").last.map(String.init) ?? source
            var h = SHA256()
            h.update(Array(base.utf8) + [0] + Array(String(index).utf8) + [0] + Array(text.utf8))
            let expected = "wn-" + String(h.finalizeHex().prefix(16))
            XCTAssertEqual(DocumentID.derive(recordID: nil, storyIndex: index, storyCount: 1, source: source, text: text), expected)
        }
        XCTAssertEqual(DocumentID.derive(recordID: "r1", storyIndex: 2, storyCount: 3, source: "s", text: "t"), "r1#2")
        XCTAssertEqual(DocumentID.derive(recordID: "r1", storyIndex: 0, storyCount: 1, source: "s", text: "t"), "r1")
    }
}
