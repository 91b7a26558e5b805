/// Turn labels: an interview or a transcript names its speakers on lines of their own, each name
/// over the turn it opens (`Sean Illing` / `Mark Lilla`, `michael barbaro` / `archived recording`),
/// the names taking turns all through the text. Such a name under an interviewer's question is the
/// next speaker, not the byline of a headline: it is no header furniture (`isFurniture`), so a
/// question set on its own line is not read as the next story's headline over its byline.
/// allsides-dev: ~45 single-interview records split at their questions.
///
/// A byline repeated through a dump (one author's stories glued together) is no turn label: its
/// copies stand a story apart, and nothing else recurs between two of them as the other speaker
/// does in a dialogue.
extension BoundaryScorer {
    /// Words a turn label has at most (`Rep. Roger Williams`, `Sen. Shelley Moore Capito`) and at
    /// least (a lone word is a section label or a widget as often as a name).
    static let turnLabelWords = 2...5
    /// Times a name stands alone in the text before it reads as a speaker's label.
    static let turnLabelRepeats = 3
    /// Body lines at most from one copy of a label to the next: a turn is a few paragraphs.
    static let turnLabelGap = 24

    /// Per line: a speaker's name over its turn (see the type's note). Body lines only; all false
    /// where the text has no dialogue.
    func turnLabels(_ lines: [ClassifiedLine], shape: [LineFacts.Shape], ending: [LineText.Ending]) -> [Bool] {
        // Name-shaped lines, with their place among the body lines.
        var found: [(line: Int, body: Int, key: UInt64)] = []
        var body = 0
        for i in lines.indices where shape[i] == .body {
            body += 1
            guard Self.turnLabelWords.contains(lines[i].words), ending[i] == .open,
                  lines.withContentBytes(i, Self.isNameShaped) else { continue }
            found.append((i, body, lines[i].key))
        }
        var labels = [Bool](repeating: false, count: lines.count)
        guard found.count >= 2 * Self.turnLabelRepeats - 1 else { return labels }
        var count: [UInt64: Int] = [:]
        for f in found { count[f.key, default: 0] += 1 }
        let recurring = found.filter { count[$0.key]! >= Self.turnLabelRepeats }
        // Two copies of one name near each other with another recurring name between them: the
        // speakers take turns.
        var last: [UInt64: Int] = [:]  // key → index in `recurring` of its latest copy
        for (n, f) in recurring.enumerated() {
            // (`p` is the name's latest copy, so whatever recurring line stands between is another.)
            if let p = last[f.key], n > p + 1, f.body - recurring[p].body <= Self.turnLabelGap {
                labels[recurring[p].line] = true
                labels[f.line] = true
                for m in (p + 1)..<n { labels[recurring[m].line] = true }
            }
            last[f.key] = n
        }
        return labels
    }

    /// Letters, spaces, periods, hyphens and apostrophes only, opening on a letter: a person's
    /// name or a role (`archived recording`), no heading with digits, quotes, dashes or a colon.
    /// Bytes of 0x80 and up pass as letters (`Raúl`) but for general punctuation (`E2 80 xx`:
    /// curly quotes, dashes), where only the curly apostrophe (`O’Rourke`) passes.
    static func isNameShaped(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = u.first, first.isASCIILetter || (first >= 0xC3 && first <= 0xC5) else { return false }
        var k = 0
        while k < u.count {
            let b = u[k]
            if b == 0xE2 {
                guard k + 2 < u.count, u[k + 1] == 0x80, u[k + 2] == 0x99 else { return false }
                k += 3
                continue
            }
            guard b >= 0x80 || b.isASCIILetter || b == 0x20 || b == 0x2E || b == 0x2D || b == 0x27 else { return false }
            k += 1
        }
        return true
    }
}
