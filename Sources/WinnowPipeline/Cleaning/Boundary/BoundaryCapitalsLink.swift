/// A related-story link set in capitals between an article's paragraphs, in a dump whose own
/// headlines are set in capitals (`CONSERVATIVE WRITER JEROME CORSI REJECTS POTENTIAL MUELLER PLEA
/// DEAL` in a story on Mueller's inquiry, `FLASHBACK: POLICE FACE HEIGHTENED THREAT OF AMBUSH` in
/// one on a shooting of officers). A site that sets its headlines in capitals sets the links to
/// its other stories the same way, so the capitals style (`BoundaryCapitals.swift`) read them as
/// headlines of the next story and cut the article in two there (w201, w203, w204: three false
/// splits, each a story lost twice over).
///
/// The two read apart by what lies around them. A story's headline carries its page below it (a
/// byline, a photo credit, a share row, a dateline lede) or ends what is above it (a trailer, the
/// text's start); a link stands bare between two paragraphs of prose. And a headline announces
/// the story below it: its words come back there more than in the text above. A link points to
/// another story on the same subject as the one it sits in: its words (`Corsi`, `Mueller`, `plea`)
/// are already in the paragraphs above it, and the paragraphs below go on with the article, not
/// with the link's story. So a bare start set in capitals whose headline affinity is no better
/// than neutral (`headline_affinity` value < 0: its words come back below less than
/// `affinity_neutral` beyond the share found above) is the article's link, not a start
/// (`inline_capitals_link`). A line whose words are too few to measure keeps its reading, and so
/// does one next to another line in capitals (a headline wrapped over two lines: its first
/// line's words are a fragment's). At exactly neutral (0.000) sat real headlines of the reader
/// and wire dev sets (r1, w2), so the bar is strict.
///
/// Only where the site prints its page under its headlines (most capitals headlines carry header
/// evidence): every real headline in capitals under the neutral affinity in the wire dev sets (5)
/// carries a share row, a furniture line or a dateline lede below it and stays, while a reader's
/// copy (r1) sets all its headlines bare, and one of them (`AMERICANS ARE MAKING A BIG MISTAKE
/// ABOUT HEALTH CARE`) reuses the words of the story above.
/// The kept line is still a link: a long one leaves the text as `caps_link`
/// (`StorySplitter+CapsLink.swift`).
extension BoundaryPlanner {
    /// In a dump whose headlines are set in capitals (the vote `applyCapitalsStyle` took), demotes
    /// the bare capitals starts whose words do not come back below: links to related stories.
    func demoteInlineCapitalsLinks(_ candidates: inout [Candidate], _ caps: (Int) -> Bool, _ plan: inout Plan,
                                   affinity: inout HeadlineAffinity) {
        guard scorer.weights[.inlineCapitalsLink] != 0 else { return }
        // The site prints its page under its headlines: most of the capitals headlines carry
        // header evidence. Where they stand bare as a rule (a reader's copy of a paper, headlines
        // between paragraphs and nothing else: r1), a bare one is no exception to the house style.
        var capsTitles = 0, backed = 0
        for c in candidates where c.start.isTitle && caps(c.line) {
            capsTitles += 1
            if !Self.isBare(c.start) || Self.hasEvidence(c.start.scored) { backed += 1 }
        }
        guard Self.votes(backed, of: capsTitles, share: config.headerStyleShare, tiesAbstain: true) else { return }
        var kept: [Candidate] = []
        kept.reserveCapacity(candidates.count)
        for c in candidates {
            let s = c.start.scored
            guard Self.isBare(c.start), !Self.hasEvidence(s), let v = s.value(of: .headlineAffinity), v < Self.linkAffinityBar, caps(c.line),
                  !Self.capitalsNextTo(c.line, caps, plan.facts),
                  plan.printedLines(c.line) == 1,  // wrapped over printed lines: a head (BoundaryJoinedHeadline.swift)
                  let share = affinity.storyShare(c.line, from: kept.last?.line ?? 0) else { kept.append(c); continue }
            guard share >= Self.inlineLinkStoryShare else { kept.append(c); continue }
            if let d = demoted(c, .inlineCapitalsLink, note: "a bare line in capitals whose words do not come back below: a link to a related story", &plan) { kept.append(d) }
            else { plan.inlineLinks.insert(c.line) }
        }
        candidates = kept
    }

    /// A capitals line whose `headline_affinity` value is under this reads as a link, not a head:
    /// strictly under neutral (real headlines sat at exactly 0.000). `BoundaryJoinedHeadline.swift`
    /// lifts no line under it either.
    static let linkAffinityBar = 0.0

    /// Share of the line's words already in the story since the previous start (`storyShare`)
    /// that marks a link to a story on the same subject: 0.71 and 0.40 for the two links of the
    /// wire dev sets. A reader's real headline (r1) has 0.50, so this does not tell them apart
    /// either; kept as the floor a link needs.
    static let inlineLinkStoryShare = 0.34

    /// The nearest non-blank line above or below `i` is kept and set in capitals too: a headline
    /// wrapped over two lines (`FOX NEWS' DANGEROUS CORONAVIRUS` / `"MISSION ACCOMPLISHED"
    /// MOMENT`, whose first line says too little for its affinity), or copy set in capitals. A
    /// link stands alone between paragraphs in mixed case.
    static func capitalsNextTo(_ i: Int, _ caps: (Int) -> Bool, _ facts: LineFacts) -> Bool {
        if let j = facts.nonBlank(before: i), facts.shape[j] == .body, caps(j) { return true }
        if let j = facts.nonBlank(after: i), facts.shape[j] == .body, caps(j) { return true }
        return false
    }
}
