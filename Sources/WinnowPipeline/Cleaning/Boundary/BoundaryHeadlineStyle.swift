/// Dump style "headlines, no bare dateline ledes", the mirror of `applyDatelineStyle`: an outlet's
/// dump either opens its stories with headlines or with dateline ledes. Where most starts are
/// headlines, a dateline-shaped line in the middle of the prose (`UPDATE: …`, `FILE PHOTO: …`,
/// `EDITOR'S NOTE: …`, a quoted wire paragraph) with no headline above reading it as its lede,
/// no header block right above it (credits, widgets: a header whose headline was missed) and no
/// trailer (`trailer_before`, `trailer_edge`) or start of text before it, is a line of the story it sits in: it gets
/// `unlike_dump_ledes` and stops being a start if that takes it under the threshold.
extension BoundaryPlanner {
    func applyHeadlineStyle(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let w = scorer.weights
        guard w[.unlikeDumpLedes] != 0 else { return }
        // A JSONL record (one page, one or two stories) adds its file's other records
        // (`Plan.fileStyle`, `BoundaryFileStyle.swift`): alone it never has the 3 headlines to vote,
        // so a page's own lede under a preamble (a partnership note, an editor's note, a video
        // blurb) with a dateline of its own was cut off from its headline. A text dump's tally is
        // empty.
        let titled = Self.headlineStarts(candidates) + plan.fileStyle.headlines
        guard titled >= 3, candidates.contains(where: { !$0.start.isTitle }) else { return }
        /// The score of line `p`, passing (a candidate) or not.
        func scored(_ p: Int) -> ScoredLine? {
            var lo = 0, hi = candidates.count
            while lo < hi { let m = (lo + hi) / 2; if candidates[m].line < p { lo = m + 1 } else { hi = m } }
            return lo < candidates.count && candidates[lo].line == p ? candidates[lo].start.scored : plan.rejected[p]
        }
        // The style counts every dateline lede without a headline above (after a trailer too: a
        // wire dump's ledes follow the previous story's trailer).
        let bare = candidates.map { c in !c.start.isTitle && !hasHeadlineAbove(c.line, scored, lines, plan.facts) }
        let lone = candidates.indices.map { k in
            bare[k] && !candidates[k].start.scored.fired.contains(where: { $0 == .trailerBefore || $0 == .startOfText || $0 == .trailerEdge || $0 == .readMoreEdge })
                && !Self.underHeaderBlock(candidates[k].line, plan.facts)
        }
        guard lone.contains(true), titled >= 2 * (bare.filter({ $0 }).count + plan.fileStyle.ledes) else { return }
        var k = -1
        candidates = candidates.compactMap { c in
            k += 1
            guard lone[k] else { return c }
            return demoted(c, .unlikeDumpLedes, note: "dump starts stories at headlines", &plan)
        }
    }

    /// Page furniture (a credit or widget line) sits right above line `i`, below the body line
    /// before it: the lede of a header block whose headline was not recognised (or was stripped
    /// as a widget: `WATCH LIVE: …`). Teaser bullets (`- …`, `▸ …`) are part of a header block,
    /// as the splitter strips them there.
    static func underHeaderBlock(_ i: Int, _ facts: LineFacts) -> Bool {
        // Its own walk (not `previousBody`): it passes bullets too, and asks what it passes.
        var p = i - 1
        while p >= 0 && (facts.shape[p] != .body || facts.bullet[p]) {
            if facts.shape[p] == .credit || facts.shape[p] == .widget { return true }
            p -= 1
        }
        return false
    }

    /// A headline sits right above dateline lede `i`: past blanks, stripped lines and at most
    /// `maxLeadIn` short body lines (under `prose_min_words`: `Politicians lie.`, a split
    /// lede's first sentences), a headline-shaped line within `cohesion_margin` of the threshold
    /// (not too long; a sentence only if it reads the dateline lede as its own, `dateline_after`).
    /// `scored`: the score of a line, passing or not.
    private func hasHeadlineAbove(_ i: Int, _ scored: (Int) -> ScoredLine?, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        // Its own walk (not `previousBody`): it passes short body lines as well.
        var p = i - 1
        var short = 0
        while p >= 0 {
            if facts.shape[p] == .body {
                if let s = scored(p), !s.fired.contains(.tooLong), s.score >= config.threshold - config.cohesionMargin,
                   Self.isHeadlineCandidate(s), !s.fired.contains(.sentenceEnding) || s.fired.contains(.datelineAfter) { return true }
                guard lines[p].words < config.proseMinWords, short < Self.maxLeadIn else { return false }
                short += 1
            }
            p -= 1
        }
        return false
    }
}
