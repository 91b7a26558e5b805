/// The header block under a headline (`headerFollows`), and the text's first line over one (`headFirstLine`).
extension BoundaryPlanner {
    /// Below line `i` stands a header block: at most `maxDeks` dek lines, then furniture (a
    /// stripped line that ends no story, a kept byline), then a line of prose.
    static func headerFollows(_ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts, _ config: SplitConfig, before end: Int? = nil) -> Bool {
        var furniture = 0, deks = 0, seen = 0
        var j = i + 1
        let end = min(end ?? lines.count, lines.count)
        while j < end && seen < maxHeaderLines {
            defer { j += 1 }
            switch facts.shape[j] {
            case .blank: continue
            case .body: break
            default:
                seen += 1
                if endsStory(j, lines, facts) { return false }
                furniture += 1
                continue
            }
            seen += 1
            if facts.byline[j] || facts.isKeyPoint(j) { furniture += 1; continue }
            // Prose after the furniture: the lede.
            if furniture > 0 { return true }
            guard deks < maxDeks, facts.ending[j] != .open, lines[j].words >= StorySplitter.minKickedHeadlineWords,
                  lines[j].words <= config.maxWords else { return false }
            deks += 1
        }
        return false
    }

    /// Most words of a byline line a rule stripped as a trailer (`Written by Jane Doe`).
    static let authorMaxWords = 6

    /// A stripped line names its author as a header does: `authorMaxWords` words at most, opening
    /// with a capital, a ` by ` after the first word, and no `(` or `;` (`(Reporting by Jane Doe)`,
    /// `Reporting by Jane Doe; Editing by John Roe`: a wire story's trailer).
    static func namesAuthor(_ u: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words <= authorMaxWords, let c = u.first(where: { $0 != 0x20 && $0 != 0x09 }), c.isASCIIUpper,
              !u.contains(0x28), !u.contains(0x3B), u.count >= 4 else { return false }
        for k in 1..<(u.count - 3) where u[k] == 0x20 && u[k + 1] | 0x20 == 0x62 && u[k + 2] | 0x20 == 0x79 && u[k + 3] == 0x20 {
            return true
        }
        return false
    }

    /// Bytes of a line read as a headline's shape: 3 to `maxWords` words, two of them long, no
    /// sentence ending, opening with a capital, a digit, a quote or a non-ASCII letter.
    static func hasHeadlineShape(_ u: UnsafeBufferPointer<UInt8>, words: Int, config: SplitConfig) -> Bool {
        guard words >= StorySplitter.minKickedHeadlineWords, words <= config.maxWords,
              let c = u.first, LineText.ending(bytes: u) != .sentence, StorySplitter.hasHeadlineWords(u, words: words) else { return false }
        return c.isASCIIUpper || c.isASCIIDigit || c == 0x22 || c == 0x27 || c >= 0xC0
    }

    /// The text's first body line heads the first story (see the type's comment): no start is
    /// planned there, it reads as a headline, and below it, before the next line of prose, stand
    /// at most `maxDeks` dek lines and a furniture line (stripped, or a kept byline), with no start
    /// planned among them (a start there is the lift's).
    func headFirstLine(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        guard let f = facts.shape.firstIndex(of: .body), candidates.first.map({ $0.line > f }) ?? true,
              !facts.bullet[f], lines[f].linkRule == nil, facts.ending[f] != .sentence, isHeaderHeadline(f, lines, facts)
        else { return }
        guard Self.headerFollows(f, lines, facts, config, before: candidates.first?.line) else { return }
        var s = plan.rejected[f] ?? ScoredLine()
        s.note("the text's first line, over a header block")
        plan.rejected[f] = nil
        candidates.insert(Candidate(f, Start(isTitle: true, scored: s)), at: 0)
    }
}
