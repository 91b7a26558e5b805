import Foundation

/// Re-joins hard-wrapped paragraphs before boundary scoring.
///
/// Some dumps wrap text at a fixed width (~65–80 columns). Every wrapped line then has an open
/// ending and looks like a headline. A text counts as wrapped when almost no content line is
/// longer than a width W ≤ `maxWrapWidth` and many lines come close to W. In such a text, line i
/// continues on line i+1 unless the first word of i+1 would have fitted on line i (the classic
/// reflow test), line i+1 is indented while i is not at the start of the paragraph style, or
/// either line is blank or boilerplate.
enum Reflow {
    static let maxWrapWidth = 100
    static let minWrapWidth = 30

    /// The wrap width if the text looks hard-wrapped, else nil.
    static func wrapWidth(_ lines: [ClassifiedLine]) -> Int? {
        // Most texts are not wrapped: more than 3% of their lines are wider than any wrap width.
        // Counting those first (a line of at most `maxWrapWidth` bytes cannot be wider, a longer
        // one is measured only up to the limit) rejects them without measuring every line.
        var n = 0, wide = 0
        for l in lines where l.kind == .body {
            n += 1
            if l.text.utf8.count > maxWrapWidth && SplitText.width(l.text, upTo: maxWrapWidth + 1) > maxWrapWidth { wide += 1 }
        }
        guard n >= 4, wide <= n - 1 - (n * 97) / 100 else { return nil }
        var lengths: [Int] = []
        lengths.reserveCapacity(n)
        for l in lines where l.kind == .body { lengths.append(SplitText.width(l.text)) }
        guard lengths.count >= 4 else { return nil }
        lengths.sort()
        let width = lengths[(lengths.count * 97) / 100]
        guard width <= maxWrapWidth, width >= minWrapWidth else { return nil }
        let near = lengths.filter { $0 >= width - 15 }.count
        return near * 10 >= lengths.count * 4 ? width : nil
    }

    /// For each line, whether it continues on the next line.
    ///
    /// Stories glued into one dump may be wrapped at different widths, so the width used for the
    /// reflow test is local: the longest content line within `window` lines. In indent-style text
    /// (paragraphs open with an indented line) every non-indented line continues the previous one.
    static func continuations(_ lines: [ClassifiedLine], window: Int = 10) -> [Bool] {
        var joins = [Bool](repeating: false, count: lines.count)
        guard wrapWidth(lines) != nil else { return joins }
        let lengths = lines.map { $0.kind == .body ? SplitText.width($0.text) : 0 }
        let indented = lines.map { $0.kind == .body && ($0.text.first == " " || $0.text.first == "\t") }
        let indentStyle = indented.filter { $0 }.count >= 3
        for i in 0..<max(0, lines.count - 1) {
            let a = lines[i], b = lines[i + 1]
            guard a.kind == .body else { continue }
            if case .stripped = b.kind {
                // A wrapped paragraph's tail can look like boilerplate on its own (`24.` read as a
                // wire sign-off). It is the tail when the paragraph stops mid-sentence and the
                // tail's first word would not have fitted on the line above.
                let local = lengths[max(0, i - window)...min(lines.count - 1, i + window)].max() ?? 0
                if endsMidSentence(a.content) && lengths[i] + 1 + firstWordWidth(b.text) > local - 1 { joins[i] = true }
                continue
            }
            guard b.kind == .body else { continue }
            if indented[i + 1] { continue }
            if indentStyle { joins[i] = true; continue }
            let local = lengths[max(0, i - window)...min(lines.count - 1, i + window)].max() ?? 0
            let firstWord = firstWordWidth(b.content)
            let startsLower = b.content.first?.isLowercase ?? false
            if lengths[i] + 1 + firstWord > local - 1 || (startsLower && lengths[i] * 10 >= local * 6) { joins[i] = true }
        }
        return joins
    }

    /// Width of the first word (leading blanks skipped), in scalars.
    static func firstWordWidth(_ s: String) -> Int {
        var n = 0
        for b in s.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 }) {
            if b == 0x20 || b == 0x09 { break }
            if b & 0xC0 != 0x80 { n += 1 }
        }
        return n
    }

    /// The line stops inside a sentence: its last character is a letter, digit, comma, semicolon
    /// or hyphen (not `.`, `?`, `!`, a closing quote or bracket).
    static func endsMidSentence(_ s: String) -> Bool {
        guard let last = s.utf8.last(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        switch last {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2C, 0x3B, 0x2D: return true
        default: return false
        }
    }

    /// Merges continuation lines into their paragraph's first line. Returns the merged lines and,
    /// for each merged line, the range of input lines it covers.
    static func merge(_ lines: [ClassifiedLine]) -> (lines: [ClassifiedLine], spans: [Range<Int>]) {
        let joins = continuations(lines)
        guard joins.contains(true) else { return (lines, lines.indices.map { $0..<($0 + 1) }) }
        var out: [ClassifiedLine] = []
        var spans: [Range<Int>] = []
        var i = 0
        while i < lines.count {
            var merged = lines[i]
            var j = i
            while j < lines.count - 1 && joins[j] {
                j += 1
                let tail = String(SplitText.trimmingBlanks(lines[j].text))
                // A stripped tail (see `continuations`) is body text: its whole line joins, and
                // what the rule read from it (metadata) is dropped.
                let isBody = lines[j].kind == .body
                merged.content += " " + (isBody ? lines[j].content : tail)
                merged.text += " " + tail
                merged.words += isBody ? lines[j].words : LineText.wordCount(tail)
                if isBody { for (k, v) in lines[j].metadata where merged.metadata[k] == nil { merged.metadata[k] = v } }
            }
            if j > i { merged.key = LineKey.hash(merged.content) }
            out.append(merged)
            spans.append(i..<(j + 1))
            i = j + 1
        }
        return (out, spans)
    }
}
