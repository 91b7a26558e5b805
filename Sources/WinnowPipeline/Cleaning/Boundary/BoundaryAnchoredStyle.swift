/// Header style read from anchored headlines. `unlike_dump_headlines` asks whether most of a
/// dump's headline starts carry a header block (credit, widget, byline, a repeated headline), and
/// every candidate that passed the threshold votes. In a text of long structured articles (an
/// investigation with a subhead every few hundred words) the subheads that passed on shape and
/// headline affinity outnumber the real headlines and vote the style down, so none of them is
/// demoted: three headlines under a header block lost to five bare subheads (blind set b4).
///
/// A headline whose boundary is certain on other grounds — the start of the text, a trailer
/// right above it (the story before signed off), a page's header block around it (`page_header`)
/// — shows the house style without that bias: a subhead never opens a text and never follows a
/// sign-off. Where at least `anchoredVoters` such headlines stand, and `header_style_share` of
/// them carry a header block of `minHeaderKinds` kinds (a tie abstains as in
/// `BoundaryStyleVote.swift`), a bare headline start (`isBare`: no header block, dateline lede,
/// trailer or start of text) is unlike the dump's headlines: `unlike_anchored_headlines`, and it
/// stops being a start if that takes it under the threshold. Only where the vote of all starts did
/// not already act (`applyDumpStyle`). The long-story prior does not take such a line back
/// (`styleDemoted`): a structured article is long because of the sections its subheads open.
///
/// Measured (story_f1, against the vote left out): b2 .9145 -> .9252, b4 .8814 -> .8896, b3 .8522
/// -> .8543, o1313 .9366 -> .9385, others unchanged. With three anchored voters b2 and b4 kept
/// only a quarter of that; with one kind of header evidence enough, a3 lost .0011 (a credit under
/// its first headline and a widget under another outvoted its bare headlines).
/// A headline under a page's header (`page_header`: a byline and a time stamp set above it)
/// votes for the header style too, and is never bare (`isBare`): counted as bare, such pages
/// outvoted the headlines over header blocks in a long-investigation dump and its subheads stood
/// (extra blind set seed 53: story_f1 .8942 -> .9245; w2 .7507 -> .7537, w3 .7977 -> .8038; every
/// other public set the same).
extension BoundaryPlanner {
    /// Anchored headlines needed for the vote.
    static let anchoredVoters = 2

    /// A headline start whose boundary is certain without its header: the text's first line, right
    /// after a trailer, or under a page's header (two page edges around it).
    static func isAnchored(_ start: Start) -> Bool {
        start.isTitle && !isKicker(start.scored)
            && start.scored.fired.contains { $0 == .startOfText || $0 == .trailerBefore || $0 == .pageHeader }
    }

    /// Whether the anchored headlines among `candidates` show a header style that the vote of all
    /// headline starts misses. Asked before `applyDumpStyle`, which acts exactly when that vote passes.
    /// A JSONL record's votes add the file's other records' (`plan.fileStyle`, `BoundaryFileStyle.swift`).
    /// `dumpStyle`: the vote `applyDumpStyle` takes (`dumpHeaderStyle`); where it passed, this one abstains.
    func anchoredHeaderStyle(_ candidates: [Candidate], _ plan: Plan, dumpStyle: Bool) -> Bool {
        guard scorer.weights[.unlikeAnchoredHeadlines] != 0, Self.anchoredVoters > 0, !dumpStyle else { return false }
        return anchoredVote(candidates, plan, ledes: true)
    }

    /// The vote of the anchored headlines, and with `ledes` of the ledes under a page's header
    /// (`isPageHeaderLede`) too: only where no anchored headline votes against the header style.
    /// The ledes speak for a dump whose headlines cannot; where a headline at the start of the
    /// text stands bare, the dump sets its headlines bare and its bare headlines are no subheads
    /// (i3 lost four stories where two such ledes outvoted it).
    func anchoredVote(_ candidates: [Candidate], _ plan: Plan, ledes: Bool) -> Bool {
        // Counted in one walk, no candidate copied into a filtered array.
        var anchored = 0, shown = 0, pageLedes = 0
        for k in candidates.indices {
            let start = candidates[k].start
            if start.isTitle && Self.isAnchored(start) {
                anchored += 1
                if Self.showsHeaderStyle(candidates[k]) { shown += 1 }
            } else if Self.isPageHeaderLede(start) {
                pageLedes += 1
            }
        }
        let dissent = plan.fileStyle.anchored > plan.fileStyle.anchoredHeader || shown < anchored
        let paged = ledes && !dissent ? pageLedes : 0
        let n = anchored + paged + plan.fileStyle.anchored
        guard n >= Self.anchoredVoters else { return false }
        let marked = shown + paged + plan.fileStyle.anchoredHeader
        return Self.votes(marked, of: n, share: config.headerStyleShare, tiesAbstain: config.headerStyleTiesAbstain)
    }

    /// A headline-less lede under a page's header (`page_header`: two page edges, a byline and a
    /// time stamp, set above it after a paragraph that ended) votes for the header style: that
    /// dump opens its stories under header furniture. In a dump whose stories have no headlines
    /// (a columnist's pages, each under its byline and stamp) no headline votes at all, and a
    /// column's own subheads (`Costas vs. Putin`, `The Woman Behind the Breast Photo`) passed on
    /// shape and topic alone: they are bare starts unlike the dump's.
    static func isPageHeaderLede(_ start: Start) -> Bool {
        !start.isTitle && start.scored.fired.contains(.pageHeader)
    }

    /// An anchored headline votes for the header style with `minHeaderKinds` kinds of header evidence
    /// below it, or under a page's header (`page_header`: two page edges, a byline and a time stamp,
    /// set above it): the page put its header furniture over the headline rather than under it,
    /// which is still a header (at the text's start, `text_start_header`). Counted as bare, such headlines outvoted the headlines under header
    /// blocks in a long investigation dump whose every page opens so, and its subheads stood.
    static func showsHeaderStyle(_ c: Candidate) -> Bool {
        headerKinds(c.start.scored) >= minHeaderKinds || c.start.scored.fired.contains { $0 == .pageHeader || $0 == .textStartHeader }
    }

    /// Kinds of header evidence (`headerKinds`) an anchored headline needs to vote for the style:
    /// one (a caption's credit under the first headline, a time stamp under another) is what a
    /// dump of bare headlines shows now and then; two is a page's header.
    static let minHeaderKinds = 2

    /// How many kinds of header evidence a start has below it: a credit or caption, a widget or
    /// time stamp, a byline or furniture line, the headline repeated, a date prefix.
    static func headerKinds(_ s: ScoredLine) -> Int {
        var n = 0
        if s.fired.contains(.creditAfter) { n += 1 }
        if s.fired.contains(.widgetAfter) { n += 1 }
        if s.fired.contains(where: { $0 == .furnitureAfter || $0 == .bylineAfter }) { n += 1 }
        if s.fired.contains(.repeatedAfter) { n += 1 }
        if s.fired.contains(.datePrefix) { n += 1 }
        return n
    }

    /// Demotes the bare headline starts of a text whose anchored headlines carry header blocks.
    /// Where only the ledes under page headers carry the vote (a dump of headline-less stories),
    /// only a bare start that ends open: such a dump's short lede (`Does social media drive
    /// social isolation, or does social isolation drive social media?`) reads as a bare
    /// headline too, but it ends as a sentence or a question, and a subhead ends as neither
    /// (b3 lost four stories to the demotion of such ledes).
    func applyAnchoredHeaderStyle(_ candidates: inout [Candidate], _ plan: inout Plan) {
        let headlines = anchoredVote(candidates, plan, ledes: false)
        candidates = candidates.compactMap { c in
            guard Self.isBare(c.start), headlines || c.start.scored.fired.contains(.openEnding),
                  !Self.isMarkupEdgeTitleCase(c.start.scored),  // a page's top (BoundaryMarkupEdge.swift)
                  !c.start.scored.fired.contains(.learnedLabelHeadline) else { return c }  // BoundaryLearnedLabelEdge.swift
            return demoted(c, .unlikeAnchoredHeadlines, note: "the headlines at the start or after a trailer carry header blocks", &plan)
        }
    }
}
