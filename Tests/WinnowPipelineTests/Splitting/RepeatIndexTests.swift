import XCTest
@testable import WinnowPipeline

/// `RepeatIndex`: its sampled grams find a long needle at every offset of every line in reach,
/// exactly as a search of each line does, and nothing outside the reach or refused by the caller.
final class RepeatIndexTests: XCTestCase {
    private func line(_ s: String, kind: LineKind = .body) -> ClassifiedLine {
        ClassifiedLine(text: s, content: s, kind: kind, key: LineKey.hash(s), words: s.split(separator: " ").count)
    }

    private let sentence = "The council approved the new budget for the harbour on Tuesday."

    /// The needle at each offset 0..<40 of a longer line, which sits at each distance from the
    /// needle's line (across a 128-line window border too): found within reach, not past it.
    func testFindsTheNeedleAtEveryOffsetWithinReach() {
        let filler = "Rain is expected across the region later in the week, forecasters said."
        for offset in 0..<40 {
            let pad = String(repeating: "x", count: offset)
            for at in [1, 5, 126, 127, 128, 199, 200, 260] {
                var lines = (0..<300).map { _ in line(filler) }
                lines[0] = line(sentence)
                lines[at] = line(pad + sentence + " More text follows here.")
                let index = RepeatIndex(minBytes: StoryFurniture.keyPointMinBytes)
                let found = lines.withContentBytes(0) { n in
                    index.occurs(n, in: lines, from: 1, to: min(lines.count, StoryFurniture.keyPointReach)) { _ in true }
                }
                XCTAssertEqual(found, at < 200, "offset \(offset), line \(at)")
            }
        }
    }

    /// The caller's test decides (a line of another kind, a copy with the same key), a shorter
    /// line never holds it, and a gram shared with other lines (`the harbour`) names them only.
    func testCallerRefusesAndSharedGramsDoNotMatch() {
        var lines = [line(sentence), line("Officials said the harbour on Tuesday was calm and the budget for it was new."),
                     line("Shipping news: " + sentence, kind: .stripped(rule: "promo", role: nil)), line(sentence)]
        // A fresh index per question: one is built for one array of lines (`LineFacts`' lines).
        func found() -> Bool {
            let index = RepeatIndex(minBytes: StoryFurniture.keyPointMinBytes)
            return lines.withContentBytes(0) { n in
                index.occurs(n, in: lines, from: 1, to: lines.count) { k in
                    if case .body = lines[k].kind { return lines[k].key != lines[0].key }
                    return false
                }
            }
        }
        XCTAssertFalse(found(), "a stripped line and the same line again are refused")
        lines[3] = line("Reporters wrote: " + sentence)
        XCTAssertTrue(found())
    }

    /// Long chains: every line in a window shares the needle's opening grams (decoys that stop
    /// short of its end), so a lookup walks many entries of one bucket before the holder; one
    /// index answers many ranges exactly as a search of each line in range does.
    func testLongChainsOfSharedGramsAnswerLikeALineSearch() {
        let opening = String(sentence.prefix(40))
        var lines = (0..<260).map { i in line(opening + " and then line \(i) of the decoys went on.") }
        lines[0] = line(sentence)
        for at in [3, 130, 250] { lines[at] = line("Yes: " + sentence + " \(at)") }
        let index = RepeatIndex(minBytes: StoryFurniture.keyPointMinBytes)
        // Holders at 3, 130 and 250: ranges that stop just short of one and just past it.
        for (from, to) in [(1, 3), (1, 4), (4, 130), (4, 131), (131, 250), (131, 251), (200, 260), (1, 260)] {
            let expected = (from..<to).contains { k in lines[k].content.contains(sentence) }
            let found = lines.withContentBytes(0) { n in
                index.occurs(n, in: lines, from: from, to: to) { _ in true }
            }
            XCTAssertEqual(found, expected, "lines \(from)..<\(to)")
        }
    }

    /// Windows without a line long enough to index (short lines only) have no table: a reach
    /// across them still finds the holder in the next window, and a text with no long line but
    /// the needle's finds nothing.
    func testWindowsWithoutLongLinesAreSkipped() {
        var lines = (0..<400).map { _ in line("Short line.") }
        lines[0] = line(sentence)
        let index = RepeatIndex(minBytes: StoryFurniture.keyPointMinBytes)
        func found(_ from: Int, _ to: Int) -> Bool {
            lines.withContentBytes(0) { n in index.occurs(n, in: lines, from: from, to: to) { _ in true } }
        }
        XCTAssertFalse(found(1, 400))
        lines[300] = line("Earlier: " + sentence)
        let rebuilt = RepeatIndex(minBytes: StoryFurniture.keyPointMinBytes)
        let holder = lines.withContentBytes(0) { n in rebuilt.occurs(n, in: lines, from: 1, to: 400) { _ in true } }
        XCTAssertTrue(holder, "the holder in window 2, past an empty window 1")
        let before = lines.withContentBytes(0) { n in rebuilt.occurs(n, in: lines, from: 1, to: 300) { _ in true } }
        XCTAssertFalse(before)
    }

    /// A range starting at or past the lines indexed holds nothing: false, as a walk of the lines
    /// would answer, not a trap on a window range running backwards (256 lines: two windows, and
    /// `from` 256 opens a third).
    func testRangePastTheLinesIndexedFindsNothing() {
        var lines = (0..<256).map { _ in line("Rain is expected across the region later in the week, forecasters said.") }
        lines[0] = line(sentence)
        lines[200] = line("Earlier: " + sentence)
        let index = RepeatIndex(minBytes: StoryFurniture.keyPointMinBytes)
        func found(_ from: Int, _ to: Int) -> Bool {
            lines.withContentBytes(0) { n in index.occurs(n, in: lines, from: from, to: to) { _ in true } }
        }
        XCTAssertFalse(found(256, 300), "from at the line count")
        XCTAssertFalse(found(400, 500), "from past it")
        XCTAssertTrue(found(1, 300), "the index built by the first query still answers")
        let fresh = RepeatIndex(minBytes: StoryFurniture.keyPointMinBytes)
        XCTAssertFalse(lines.withContentBytes(0) { n in fresh.occurs(n, in: lines, from: 1000, to: 1200) { _ in true } }, "first query past the end")
    }
}
