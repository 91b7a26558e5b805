/// A partner or aggregator page's source line right over the headline (`From The Guardian`,
/// `From New York Times - News`, `From S.E. Cupp`): the page names where the item came from, then
/// prints the item's headline on the next line. Read as a headline itself (a short Title Case
/// line opening the page) it took the title; the headline right under it takes it back, and the
/// source line goes to `metadata.kicker` as a section label does (`StorySplitter+Kicker.swift`).
/// Only with no blank line between: `From Here to Eternity` set apart is a headline of its own.
extension StorySplitter {
    /// Line `h` is `From ` and a name: up to `maxSourceWords` words after it, each opening with a
    /// capital or a digit (a joining `-`, `&`, `|` or lower-case `of`/`the`/`and` between them),
    /// no sentence end.
    static func isSourceLine(_ h: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard case .body = lines[h].kind, lines[h].words >= 2, lines[h].words <= maxSourceWords + 1,
              facts.ending[h] == .open, !facts.byline[h] else { return false }
        return lines.withContentBytes(h) { u in
            guard u.count <= maxSourceBytes, ByteSearch.hasPrefixFoldingASCII(u, from),
                  u[0] == UInt8(ascii: "F") else { return false }
            var capitals = 0, atWordStart = false
            for k in from.count..<u.count {
                let b = u[k]
                if b == 0x20 { atWordStart = true; continue }
                guard atWordStart else { continue }
                atWordStart = false
                if b.isASCIIUpper || b.isASCIIDigit || b >= 0xC0 { capitals += 1; continue }
                if b == UInt8(ascii: "-") || b == UInt8(ascii: "&") || b == UInt8(ascii: "|") { continue }
                // A lower-case joining word, or prose (`From there, the …` fails on `there,` first).
                let rest = UnsafeBufferPointer(rebasing: u[k...])
                guard joiners.contains(where: { ByteSearch.hasPrefixFoldingASCII(rest, $0) }) else { return false }
            }
            return capitals >= 1
        }
    }

    private static let from = Array("from ".utf8)
    private static let joiners: [[UInt8]] = ["of ", "the ", "and ", "for "].map { Array($0.utf8) }
    private static let maxSourceWords = 6
    private static let maxSourceBytes = 60
}

extension StorySplitter.Pass {
    /// A source line right over a headline, under a story's text: the partner page's next item
    /// opens there (`From The Guardian` / its headline / `Flipped into …`), planned or not. The
    /// story opens at the source line, and the headline under it takes the title back (the
    /// header's source-line rule, `StorySplitter+PassHeader.swift`); a start planned on the
    /// headline itself then opens the item, and this one, with no text, is dropped with the
    /// source line.
    mutating func startAtSourceLine(_ i: Int, key lineKey: UInt64) -> Bool {
        // The word count first: most body lines are longer than a source line.
        guard lines[i].words <= 7, storyCount > 0, plan.starts[i] == nil, i + 1 < lines.count,
              continuing == nil, !current!.isOpening,
              StorySplitter.isSourceLine(i, in: lines, facts: plan.facts),
              StorySplitter.readsAsHeadline(i + 1, in: lines, facts: plan.facts, config: scorer.config, labelled: true)
        else { return false }
        startStory(at: i, title: String(lines[i].content), key: lineKey)
        fate(i, .title)
        return true
    }
}
