/// Wide gaps: many dumps set their documents further apart than their paragraphs (two blank lines
/// between stories, one between paragraphs; a blank line between stories of unbroken copy). A line
/// with more blank lines right above it than the dump's usual paragraph gap (the median over body
/// lines) gets `wide_gap`. Only where such gaps are rare (at most `wide_gap_share` of body lines):
/// where every other paragraph has one, the spacing says nothing about stories.
extension BoundaryPlanner {
    /// Per line: whether its gap is wide (all false when the weight is 0 or wide gaps are common).
    /// Read on `LineFacts.shape` (a line's `kind` copies its rule name per look).
    func wideGaps(_ shape: [LineFacts.Shape]) -> [Bool] {
        var wide = [Bool](repeating: false, count: shape.count)
        guard scorer.weights[.wideGap] != 0 else { return wide }
        let median = Self.paragraphGap(shape)
        // Blank lines right above each body line (any other line resets the run).
        var run = 0, body = 0, above = 0
        for i in shape.indices {
            switch shape[i] {
            case .blank: run += 1
            case .body:
                if run > median { wide[i] = true; above += 1 }
                body += 1
                run = 0
            default: run = 0
            }
        }
        guard above > 0, Double(above) <= config.wideGapShare * Double(body) else {
            return [Bool](repeating: false, count: shape.count)
        }
        return wide
    }

    /// `wide_gap_headline`: a line of headline length (`headline_length`: `min_words` to
    /// `max_words` words) not ending like a sentence, under a wide gap. Two stories of one beat
    /// glued under the dump's story gap share words (cohesion up to ~0.1), and their headline is
    /// held under the threshold; a short section head under a wide gap (`ROUND 2`, `TESTING` in a
    /// fact check that sets its sections apart) is not of headline length, and a short paragraph
    /// under one (a lede under its byline, a text's first line) ends like a sentence: both keep
    /// `wide_gap` alone.
    func addWideGapHeadline(_ s: inout ScoredLine) {
        guard scorer.weights[.wideGapHeadline] != 0, s.fired.contains(.headlineLength), !s.fired.contains(.sentenceEnding) else { return }
        s.add(.wideGapHeadline, scorer.weights)
    }

    /// The headline starts that may come under a gap: kickers and the start of the text left out.
    static func gapTitles(_ candidates: [Candidate]) -> [Candidate] {
        candidates.filter { $0.start.isTitle && !isKicker($0.start.scored) && !$0.start.scored.fired.contains(.startOfText) }
    }

    /// Whether the dump's headlines come under wide gaps: at least `header_style_share` of
    /// `gapTitles` do (`wide_gap`). The header-style vote exempts a `wide_gap_headline` only there
    /// (`applyDumpStyle`). No minimum count: a file of three stories has two such headlines (w2/038:
    /// both under two blank lines, in a file whose paragraphs have one).
    func gapShare(_ candidates: [Candidate]) -> Bool {
        dumpShare(Self.gapTitles(candidates), { $0.fired.contains(.wideGap) })
    }

    /// Dump style "stories set apart": when at least `header_style_share` of 3+ headline starts
    /// (past the start of the text) come under a wide gap, a bare headline start under the usual
    /// paragraph gap is an in-article subhead (`narrow_gap`).
    func applyGapStyle(_ candidates: inout [Candidate], _ plan: inout Plan) {
        guard scorer.weights[.narrowGap] != 0 else { return }
        let titles = Self.gapTitles(candidates)
        guard titles.count >= 3, dumpShare(titles, { $0.fired.contains(.wideGap) }) else { return }
        candidates = candidates.compactMap { c in
            guard Self.isBare(c.start), !c.start.scored.fired.contains(.wideGap) else { return c }
            return demoted(c, .narrowGap, note: "the dump's stories come under wide gaps", &plan)
        }
    }
}
