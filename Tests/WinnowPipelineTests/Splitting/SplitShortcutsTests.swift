import Foundation
import XCTest
@testable import WinnowPipeline

/// Shortcuts in the splitter's per-line checks give what the plain loops they replace give:
/// `Reflow.mostlyNarrow` stops counting once the answer is no, `SplitText.endsWithCredit` finds
/// slashes with `memchr`.
final class SplitShortcutsTests: XCTestCase {
    /// `mostlyNarrow` counting every body line (the definition).
    private func mostlyNarrowCountingAll(_ lines: [ClassifiedLine]) -> Bool {
        var n = 0, wide = 0
        for l in lines where l.kind == .body {
            n += 1
            if l.text.unicodeScalars.count > Reflow.maxWrapWidth { wide += 1 }
        }
        return n >= 4 && wide <= n - 1 - (n * 97) / 100
    }

    func testAllowedWideNeverDecreases() {
        for n in 0..<5000 { XCTAssertLessThanOrEqual(Reflow.allowedWide(n), Reflow.allowedWide(n + 1), "\(n)") }
    }

    func testMostlyNarrowEqualsCountingAllLines() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        var rng = SeededGenerator()
        var narrow = 0, texts = 0
        let short = "A wrapped line of news text that stops well before the limit"
        let long = String(repeating: "A paragraph of news text that runs on ", count: 4)
        for _ in 0..<300 {
            // Mostly short lines with a few long ones, blanks and a boilerplate line between.
            let count = Int.random(in: 0...120, using: &rng)
            let longShare = [0.0, 0.01, 0.03, 0.05, 0.5].randomElement(using: &rng)!
            let text = (0..<count).map { _ -> String in
                let r = Double.random(in: 0..<1, using: &rng)
                if r < longShare { return long }
                if r < longShare + 0.05 { return "" }
                if r < longShare + 0.07 { return "Advertisement" }
                return short
            }.joined(separator: "\n")
            let lines = classifier.classify(text).lines
            let expected = mostlyNarrowCountingAll(lines)
            XCTAssertEqual(Reflow.mostlyNarrow(lines), expected)
            if expected { narrow += 1 }
            texts += 1
        }
        XCTAssertGreaterThan(narrow, 10)
        XCTAssertLessThan(narrow, texts - 10)
    }

    /// `endsWithCredit`'s slash test walking every byte of the tail (the definition).
    private func slashCreditByBytes(_ s: String, tail: Int = 40) -> Bool {
        let u = Array(s.utf8)
        var end = u.count
        while end > 0 && (u[end - 1] == 0x20 || u[end - 1] == 0x09) { end -= 1 }
        guard end >= 3 else { return false }
        let isLetter = { (b: UInt8) in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        // After the slash: more than `creditLowerWords` words opening in lower case, or a sentence
        // closed on one, is prose (`… a Reuters/Ipsos opinion poll released on Tuesday.`).
        func prose(_ from: Int) -> Bool {
            let words = u[from..<end].split(separator: 0x20)
            let lower = words.dropFirst().filter { $0.first! >= 0x61 && $0.first! <= 0x7A }
            let closes = words.count > 1 && words.last!.first! >= 0x61 && words.last!.first! <= 0x7A && u[end - 1] == 0x2E
            return lower.count > SplitText.creditLowerWords || closes
        }
        for k in max(1, end - tail)..<(end - 1) where u[k] == 0x2F {
            if isLetter(u[k - 1]) && u[k + 1] >= 0x41 && u[k + 1] <= 0x5A && !prose(k + 1) { return true }
        }
        return false
    }

    func testCreditSlashesFoundWithMemchrEqualByteWalk() {
        var rng = SeededGenerator()
        let pieces = ["a", "Z", "/", " ", "/R", "s/E", "9/11", "é", "\t", "x/Y", "and/or", "(AP)", ". (Sipa USA)", " poll", "."]
        var credits = 0
        for _ in 0..<5000 {
            let s = (0..<Int.random(in: 0...30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let expected = slashCreditByBytes(s)
            if expected { XCTAssertTrue(SplitText.endsWithCredit(s), s.debugDescription); credits += 1 }
            // Without a slash credit the answer is the bracket test's alone.
            if !expected { XCTAssertEqual(SplitText.endsWithCredit(s), SplitText.endsWithCredit(s.replacingOccurrences(of: "/", with: "|")), s.debugDescription) }
        }
        XCTAssertGreaterThan(credits, 100)
    }
}

extension SplitShortcutsTests {
    func testPlaceOnlyOnBytesEqualsScalars() {
        var rng = SeededGenerator()
        let pieces = ["WASHINGTON", "New York", ",", ", ", " ", "\t", "March", "3", "12", "Reuters", "é", "½", "\u{2003}", "-", "."]
        for _ in 0..<5000 {
            let s = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            XCTAssertEqual(DatelineMatcher.placeOnly(s), DatelineMatcher.placeOnlyByScalars(s), s.debugDescription)
        }
        XCTAssertEqual(DatelineMatcher.placeOnly(" WASHINGTON, March 3 "), "WASHINGTON")
        XCTAssertEqual(DatelineMatcher.placeOnly("ALEXANDRIA, VA "), "ALEXANDRIA, VA")
        // A two-part place keeps its region: the date starts after the last comma before its digit.
        XCTAssertEqual(DatelineMatcher.placeOnly("AUSTIN, Texas, May 17"), "AUSTIN, Texas")
        XCTAssertEqual(DatelineMatcher.placeOnlyByScalars("Kyiv, Ukraine, Sept. 3, 2019"), "Kyiv, Ukraine")
    }
}

extension SplitShortcutsTests {
    /// `Reflow.wrapWidth` by sorting the widths (the definition).
    private func wrapWidthBySorting(_ widths: [Int]) -> Int? {
        guard widths.count >= 4 else { return nil }
        let lengths = widths.sorted()
        let width = lengths[(lengths.count * 97) / 100]
        guard width <= Reflow.maxWrapWidth, width >= Reflow.minWrapWidth else { return nil }
        var near = 0
        for l in lengths where l >= width - 15 { near += 1 }
        return near * 10 >= lengths.count * 4 ? width : nil
    }

    func testWrapWidthHistogramEqualsSorting() {
        var rng = SeededGenerator()
        var found = 0
        for _ in 0..<5000 {
            let wrap = Int.random(in: 20...110, using: &rng)
            let widths = (0..<Int.random(in: 0...60, using: &rng)).map { _ -> Int in
                Double.random(in: 0..<1, using: &rng) < 0.05 ? Int.random(in: 0...300, using: &rng) : Int.random(in: 0...wrap, using: &rng)
            }
            let expected = wrapWidthBySorting(widths)
            XCTAssertEqual(Reflow.wrapWidth(bodyWidths: widths), expected, "\(widths)")
            if expected != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 100)
    }
}

extension SplitShortcutsTests {
    func testSelectEqualsSortedElement() {
        var rng = SeededGenerator()
        for _ in 0..<3000 {
            // Few distinct values (repeats) or many.
            let distinct = Int.random(in: 1...50, using: &rng)
            let a = (0..<Int.random(in: 1...120, using: &rng)).map { _ in Double(Int.random(in: 0..<distinct, using: &rng)) / 7 }
            let k = Int.random(in: 0..<a.count, using: &rng)
            var b = a
            XCTAssertEqual(Cohesion.select(&b, k), a.sorted()[k], "\(a) \(k)")
            XCTAssertEqual(b.sorted(), a.sorted())
        }
    }
}
