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
        for l in lines where l.kind == .body { lengths.append(l.text.count) }
        guard lengths.count >= 8 else { return nil }
        lengths.sort()
        let width = lengths[(lengths.count * 97) / 100]
        guard width <= maxWrapWidth, width >= minWrapWidth else { return nil }
        let near = lengths.filter { $0 >= width - 15 }.count
        return near * 10 >= lengths.count * 4 ? width : nil
    }

    /// For each line, whether it continues on the next line.
    static func continuations(_ lines: [ClassifiedLine]) -> [Bool] {
        var joins = [Bool](repeating: false, count: lines.count)
        guard let width = wrapWidth(lines) else { return joins }
        for i in 0..<max(0, lines.count - 1) {
            let a = lines[i], b = lines[i + 1]
            guard a.kind == .body, b.kind == .body else { continue }
            // An indented next line opens a new paragraph in indent-style dumps.
            if b.text.first == " " || b.text.first == "\t" { continue }
            let firstWord = b.content.prefix { $0 != " " }.count
            if a.text.count + 1 + firstWord > width - 1 { joins[i] = true }
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
