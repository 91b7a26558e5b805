/// `question_subhead`: an article's own question subhead over a lone credit or widget.
///
/// An explainer, an FAQ or an interview sets its questions as subheads (`How should we begin the
/// meal?`, `What happens to the party if he wins?`), and a site sets a photo (its credit) or an ad
/// break (`Story Continued Below`) right under one as it does under a headline. Shape and that one
/// furniture line then made a start mid-article (wire dumps w201/w203/w204: three false splits,
/// cohesion too weak to veto them). A page's head differs where the dump's pages carry a byline, a
/// time stamp or the headline printed again under their headlines: a real headline there keeps
/// one of those, a dateline lede, or a page edge above it; the subhead has the paragraph it
/// continues right above it and just the one credit or widget below. So where at least half of the
/// dump's other headline starts carry such a page head, such a question is demoted. A question headline under a page
/// edge, over its own byline or stamp, over a dateline lede or under a wide gap stays a start.
extension BoundaryPlanner {
    /// Demotes question subheads (`isQuestionSubhead`) in a dump where at least half of the other
    /// headline starts carry a page head (`carriesPageHead`).
    func dropQuestionSubheads(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard scorer.weights[.questionSubhead] != 0 else { return }
        let suspects = candidates.indices.filter { Self.isQuestionSubhead(candidates[$0], lines) }
        guard !suspects.isEmpty else { return }
        let titles = candidates.indices.filter { candidates[$0].start.isTitle }
        let headed = titles.filter { Self.carriesPageHead(candidates[$0], lines) }.count
        var dropped = Set<Int>()
        for k in suspects {
            // The other titles vote (the suspect carries no page head, so it never counts itself);
            // a tie counts (w201: two of four, the other two a section label and a bare headline).
            let others = titles.count - 1
            guard others >= Self.minVoters, headed * 2 >= others else { continue }
            if let kept = demoted(candidates[k], .questionSubhead, note: nil, &plan) { candidates[k] = kept } else { dropped.insert(k) }
        }
        if !dropped.isEmpty { candidates = candidates.indices.filter { !dropped.contains($0) }.map { candidates[$0] } }
    }

    /// Other headline starts a dump needs before its habit says anything.
    static let minVoters = 2

    /// A title start ending in `?` right under a paragraph that ended (`after_sentence`), with no
    /// anchor of a page's head (trailer or page edge above, start of text, byline, dateline lede,
    /// repeat or date prefix below, wide gap, header above), over exactly one stripped credit or
    /// widget (not a time stamp) and then body text.
    static func isQuestionSubhead(_ c: Candidate, _ lines: [ClassifiedLine]) -> Bool {
        let f = c.start.scored.fired
        guard c.start.isTitle, f.contains(.questionEnding), f.contains(.afterSentence) else { return false }
        guard !pageHeadAnchors.contains(where: f.contains) else { return false }
        var j = c.line + 1, furniture = 0
        while j < lines.count && lines[j].kind != .body {
            switch lines[j].kind {
            case .blank: break
            case .stripped(_, .credit?), .stripped(_, .widget?): furniture += 1
            default: return false
            }
            j += 1
        }
        return furniture == 1 && j < lines.count
    }

    /// What anchors a start as a page's head, above or below it.
    static let pageHeadAnchors: [SplitFeature] = [.trailerBefore, .startOfText, .pageHeader, .headerAbove, .bylineAfter,
                                                  .shortBylineAfter, .datelineAfter, .repeatedAfter, .datePrefix, .wideGap,
                                                  .wideGapHeadline, .recordEdge]

    /// A title start that carries a page's head: a byline (kept, `byline_after`/`short_byline_after`),
    /// its own headline printed again (`repeated_after`) or a stripped time stamp in the stripped
    /// block right below it.
    static func carriesPageHead(_ c: Candidate, _ lines: [ClassifiedLine]) -> Bool {
        let f = c.start.scored.fired
        if f.contains(.bylineAfter) || f.contains(.shortBylineAfter) || f.contains(.repeatedAfter) { return true }
        var j = c.line + 1
        while j < lines.count && lines[j].kind != .body {
            if case .stripped(_, .timestamp?) = lines[j].kind { return true }
            j += 1
        }
        return false
    }
}
