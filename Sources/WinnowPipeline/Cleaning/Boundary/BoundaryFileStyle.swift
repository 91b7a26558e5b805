/// File-level house style for JSONL dumps. The dump-level votes (most headlines carry a header
/// block: `applyDumpStyle`; the anchored headlines do: `BoundaryAnchoredStyle.swift`; headlines
/// in mixed case or in capitals: `BoundaryMixedCase.swift`, `BoundaryCapitals.swift`) read a
/// text's confident starts. A JSONL record is one page, often one article: it has one or two
/// headlines, too few to vote (3+ titles, 2+ anchored, 3+ backed), so a glued second page's
/// headline or an article's subhead in a record was judged with no house style at all, while the
/// same site's pages in a text dump were judged by the style of all of them. A file's records come
/// from one site, so its habits are the file's: every record's first line is an anchored
/// headline that shows them.
///
/// `StyleTally` counts what the votes read, per record, on the starts the line scores pass
/// (before any vote acts: the counts do not depend on the style, so the records are scored in a
/// first pass, in parallel, and kept scored for the second: `StorySplitter.Prepared`). The split stage sums them over the file's records read so far
/// (the current batch of at most `ReadStage.recordsPerBatch` included: a bounded first pass, carried
/// forward in file order, the same for any thread count) and hands each record the others' sum
/// (`Plan.fileStyle`); each vote adds its own record's marks, counted where it votes as in a text
/// dump. A file of one record, and every text dump, votes on its own starts alone, as before.
///
/// Nor does the header-style vote (`unlike_dump_headlines`) take a record's first line as its
/// headline: a record is a page, and its top line opens it even without a header block below (an
/// opinion page's headline over its teaser lines, a headline over its dek); demoted, the next
/// line with a header block below took the title and the top line was left as a story of its own.
struct StyleTally: Equatable, Sendable {
    /// Headline starts (kicker headlines included): the header-style and capitals votes.
    var titles = 0
    /// Of them, the header-style vote's voters (`styleVoters`: labels over a title left out), and
    /// those of the voters with a header block below (`hasHeader`).
    var headerVoters = 0
    var headerTitles = 0
    /// Of them, set in capitals.
    var capitalTitles = 0
    /// Anchored headline starts (`isAnchored`), and those of them with a page's header below.
    var anchored = 0
    var anchoredHeader = 0
    /// Backed headline starts (`isBacked`), and those of them in mixed case.
    var backed = 0
    var backedMixed = 0
    /// Headline starts that are not kickers (`headlineStarts`), and starts that are no headline
    /// (dateline ledes): the headline-style vote (`BoundaryHeadlineStyle.swift`). Every lede is
    /// counted, bare or under a headline: in the file's tally the vote asks more of its
    /// headlines than a text dump's own count does, never less.
    var headlines = 0
    var ledes = 0

    static func + (a: StyleTally, b: StyleTally) -> StyleTally {
        StyleTally(titles: a.titles + b.titles, headerVoters: a.headerVoters + b.headerVoters, headerTitles: a.headerTitles + b.headerTitles,
                   capitalTitles: a.capitalTitles + b.capitalTitles, anchored: a.anchored + b.anchored,
                   anchoredHeader: a.anchoredHeader + b.anchoredHeader, backed: a.backed + b.backed,
                   backedMixed: a.backedMixed + b.backedMixed, headlines: a.headlines + b.headlines, ledes: a.ledes + b.ledes)
    }

    static func - (a: StyleTally, b: StyleTally) -> StyleTally {
        StyleTally(titles: a.titles - b.titles, headerVoters: a.headerVoters - b.headerVoters, headerTitles: a.headerTitles - b.headerTitles,
                   capitalTitles: a.capitalTitles - b.capitalTitles, anchored: a.anchored - b.anchored,
                   anchoredHeader: a.anchoredHeader - b.anchoredHeader, backed: a.backed - b.backed,
                   backedMixed: a.backedMixed - b.backedMixed, headlines: a.headlines - b.headlines, ledes: a.ledes - b.ledes)
    }
}


extension BoundaryPlanner {
    /// What the votes read from `candidates` (the starts the line scores passed).
    /// A label over a title does not vote on the header style here either (`labels`:
    /// `labelsOverTitles` of `candidates`, as `Scored.labels` holds them).
    func styleTally(_ candidates: [Candidate], labels: [Bool], _ lines: [ClassifiedLine], facts: LineFacts) -> StyleTally {
        var t = StyleTally()
        t.headlines = Self.headlineStarts(candidates)
        for c in candidates where !c.start.isTitle { t.ledes += 1 }
        // The header-style voters as the record's own vote counts them (`styleVoters`).
        for c in Self.styleVoters(candidates, labels, facts) {
            t.headerVoters += 1
            if Self.hasHeader(c.start.scored) { t.headerTitles += 1 }
        }
        for c in candidates where c.start.isTitle {
            let caps = lines.withContentBytes(c.line, SplitText.isAllCapitals)
            t.titles += 1
            if caps { t.capitalTitles += 1 }
            if Self.isAnchored(c.start) {
                t.anchored += 1
                // The same test the record's own vote applies (`anchoredHeaderStyle`): a headline
                // under a page's header counts as marked in the file's tally too.
                if Self.showsHeaderStyle(c) { t.anchoredHeader += 1 }
            }
            if Self.isBacked(c.start) {
                t.backed += 1
                if !caps { t.backedMixed += 1 }
            }
        }
        return t
    }

    /// The header-style vote (`headerStyle`) over `titles` and the file's other records' titles:
    /// 3+ titles, `header_style_share` of them with a header block.
    func fileHeaderStyle(_ titles: [Candidate], _ plan: Plan) -> Bool {
        let n = titles.count + plan.fileStyle.headerVoters
        let marked = titles.filter { Self.hasHeader($0.start.scored) }.count + plan.fileStyle.headerTitles
        return n >= 3 && Self.votes(marked, of: n, share: config.headerStyleShare, tiesAbstain: config.headerStyleTiesAbstain)
    }
}

extension StorySplitter {
    /// Style tallies of a file's records (`BoundaryFileStyle.swift`), and what each record is
    /// handed: the file's tally so far (`carried`, updated) and this batch's, less its own.
    static func fileStyles(_ own: [StyleTally], carried: inout StyleTally) -> [StyleTally] {
        carried = own.reduce(carried, +)
        let file = carried
        return own.map { file - $0 }
    }
}
