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
        var lengths: [Int] = []
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
            guard a.kind == .body, b.kind == .body else { continue }
            if indented[i + 1] { continue }
            if indentStyle { joins[i] = true; continue }
            let local = lengths[max(0, i - window)...min(lines.count - 1, i + window)].max() ?? 0
            let firstWord = b.content.utf8.prefix { $0 != 0x20 }.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            let startsLower = b.content.first?.isLowercase ?? false
            if lengths[i] + 1 + firstWord > local - 1 || (startsLower && lengths[i] * 10 >= local * 6) { joins[i] = true }
        }
        return joins
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
                merged.content += " " + lines[j].content
                merged.text += " " + lines[j].text.trimmingCharacters(in: .whitespaces)
                merged.words += lines[j].words
                for (k, v) in lines[j].metadata where merged.metadata[k] == nil { merged.metadata[k] = v }
            }
            if j > i { merged.key = LineKey.hash(merged.content) }
            out.append(merged)
            spans.append(i..<(j + 1))
            i = j + 1
        }
        return (out, spans)
    }
}
