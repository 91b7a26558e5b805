/// A record's own subhead, however far its topic strays: a JSONL record that opens with a page's
/// head (credits, widgets, a byline or a repeat under its headline: `isPageStart`), in a file whose
/// other records' headlines carry header blocks too (`fileStyle`, 3+ of them voting: one record
/// alone may be a scraper's glue of a headed page and bare feed items), was saved from a site
/// that heads its pages so. A second page glued into that record would carry its own head too (a byline, a section label, a repeat, a stamp: stripped lines right at the headline). A
/// bare headline set straight between two kept paragraphs, with not one stripped line at it on
/// either side, is the article's own section head: a columnist's digest turns to new matter at
/// each one (`The Woman Behind the Breast Photo` under a paragraph on the president's ratings),
/// so the glued-record checks' low cohesion and headline affinity (`gluedInRecord`) do not count
/// there.
extension BoundaryPlanner {
    /// The nearest non-blank lines above and below `i` are both kept body lines.
    static func setBetweenParagraphs(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        var a = i - 1
        while a >= 0 && lines[a].kind == .blank { a -= 1 }
        var b = i + 1
        while b < lines.count && lines[b].kind == .blank { b += 1 }
        return a >= 0 && b < lines.count && lines[a].kind == .body && lines[b].kind == .body
    }

    /// Whether the glued-record reading may keep `i`'s start: not under a record opened by a
    /// page's head (`strong`) where `i` sits bare between paragraphs.
    func mayBeGluedInRecord(_ i: Int, _ s: ScoredLine, strong: Bool, _ lines: [ClassifiedLine], _ plan: Plan) -> Bool {
        if strong && Self.setBetweenParagraphs(i, lines) && fileHeadsItsPages(plan.fileStyle) { return false }
        return gluedInRecord(i, s, plan.facts)
    }

    /// The file's other records vote for header blocks under their headlines (3+ voters).
    func fileHeadsItsPages(_ t: StyleTally) -> Bool {
        t.headerVoters >= Self.fileHeadVoters && Self.votes(t.headerTitles, of: t.headerVoters, share: config.headerStyleShare, tiesAbstain: true)
    }

    /// Fewest headlines of the file's other records that vote (as the dump-level votes ask).
    static let fileHeadVoters = 3
}
