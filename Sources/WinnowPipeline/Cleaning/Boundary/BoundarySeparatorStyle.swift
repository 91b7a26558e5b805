/// Dump style "stories set apart by a separator": a dump glued together by one tool sets the same
/// rule line (`=====`, `+++`, `* * *`, `###`) between every two stories. Articles set rules between
/// their own sections too, so one rule line says nothing (`separator_breaks` reads it as a
/// paragraph break); but where the same rule line repeats through a text and at least half of its
/// occurrences already sit right above a start found on other evidence (a headline, a page
/// header, a dateline lede), it is the dump's story separator: the first line under each of its
/// other occurrences opens a story too (`separator_style`, added to a score raised to the
/// threshold), a headline if it has a headline's shape, else a headline-less lede. An AP fact check's `___` between claims is seldom followed by
/// starts: the vote fails there.
extension BoundaryPlanner {
    func applySeparatorStyle(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let w = scorer.weights
        guard w[.separatorStyle] != 0, !candidates.isEmpty else { return }
        let facts = plan.facts
        // Rule lines by their bytes' hash, in text order.
        var marks: [(line: Int, key: UInt64)] = []
        for j in lines.indices {
            let rule: Bool
            switch facts.shape[j] {
            case .blank: rule = lines.isSeparatorLine(j)
            case .trailer: rule = lines[j].textByteCount >= 3 && !lines.withTextBytes(j, Self.hasLetter)
            default: rule = false
            }
            // One rule by its bytes and its layout (`layoutKey`).
            if rule { marks.append((j, Self.layoutKey(lines.withTextBytes(j, Self.ruleKey), j, facts.shape))) }
        }
        guard marks.count >= Self.minSeparators else { return }
        // A lede found on a lone separator above it (`BoundaryLoneEdge.swift`) does not vote: the
        // rule itself is its evidence, and an article's section rules over paragraphs of new
        // subtopics would confirm themselves.
        // Such a start counts against the style (it is no evidence for it) but is not added again.
        // A short bare label (`MEMORIALS`, `TESTING`: a capitals section head on shape alone,
        // `isSectionLabelStart`) does not vote either: an AP fact check sets one under its `___`
        // between claims, and two such labels carried the vote there (x6604/082 split in five).
        // Like a lone-edge start it counts against the style and is not added again.
        let starts = candidates.filter { !$0.start.scored.fired.contains(.lonePageEdge) && !Self.isSectionLabelStart($0.start) }.map(\.line)
        let loneStarts = Set(candidates.filter { $0.start.scored.fired.contains(.lonePageEdge) || Self.isSectionLabelStart($0.start) }.map(\.line))
        /// The first body line under rule line `j` that is no byline or credit (the page header
        /// between a rule and its story's first line), before the next rule line; nil at the end.
        func firstLine(under j: Int, before next: Int) -> Int? {
            var b = j + 1
            while b < next && (facts.shape[b] != .body || facts.byline[b] || facts.credit[b]) { b += 1 }
            return b < next ? b : nil
        }
        func started(_ from: Int, _ through: Int) -> Bool {
            var lo = 0, hi = starts.count
            while lo < hi { let m = (lo + hi) / 2; if starts[m] <= from { lo = m + 1 } else { hi = m } }
            return lo < starts.count && starts[lo] <= through
        }
        var added: [Candidate] = []
        for key in Set(marks.map(\.key)) {
            let own = marks.indices.filter { marks[$0].key == key }
            guard own.count >= Self.minSeparators else { continue }
            var open: [Int] = []
            var confirmed = 0, lone = 0
            for m in own {
                let next = m + 1 < marks.count ? marks[m + 1].line : lines.count
                guard let b = firstLine(under: marks[m].line, before: next) else { continue }
                if started(marks[m].line, b) { confirmed += 1 } else if loneStarts.contains(b) { lone += 1 } else { open.append(b) }
            }
            guard confirmed * 2 >= confirmed + lone + open.count, !open.isEmpty else { continue }
            for b in open where lines[b].linkRule == nil && !facts.bullet[b] {
                var s = plan.rejected[b] ?? ScoredLine()
                // A start at the threshold at least: the story-length prior weighs starts by their
                // margin, and a prose lede's own score (a sentence, too long for a headline) says
                // nothing of how surely it opens a story here.
                s.score = max(s.score, config.threshold)
                s.add(.separatorStyle, w)
                s.note("the dump's story separator is right above (at least half of its occurrences sit over a start): scored from the threshold")
                plan.rejected[b] = nil
                let headline = (s.fired.contains(.openEnding) || s.fired.contains(.questionEnding) || Self.isKicker(s))
                    && !s.fired.contains(.tooLong) && lines[b].words <= config.maxWords
                added.append(Candidate(b, Start(isTitle: headline, scored: s)))
            }
        }
        guard !added.isEmpty else { return }
        candidates = (candidates + added).sorted { $0.line < $1.line }
    }

    /// `key` mixed with whether a blank line sits right above and right below rule line `j`: the
    /// tool that glued a dump sets its separator alike every time (`***` under a blank, then a
    /// blank), an article sets its own section breaks in its layout (`***` between two wrapped
    /// paragraphs, no blank around it), and the two votes are held apart.
    static func layoutKey(_ key: UInt64, _ j: Int, _ shape: [LineFacts.Shape]) -> UInt64 {
        let layout: UInt64 = (j > 0 && shape[j - 1] == .blank ? 1 : 0) | (j + 1 < shape.count && shape[j + 1] == .blank ? 2 : 0)
        return (key ^ layout) &* 0x100000001b3
    }

    /// A rule line repeats at least this often to be a dump's story separator.
    static let minSeparators = 2

    /// FNV-1a of the line's bytes, blanks left out (`* * *` and `***` are one rule).
    static func ruleKey(_ u: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in u where b != 0x20 && b != 0x09 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// A title start on a short label's shape alone (`too_few_words`, `isBare`: no header block,
    /// dateline lede, trailer or page header): an article's section head as often as a headline.
    static func isSectionLabelStart(_ start: Start) -> Bool {
        start.scored.fired.contains(.tooFewWords) && isBare(start)
    }
}
