/// A paragraph that ends on a colon announces what follows it in the same article: a chart's
/// title, printed twice as pages set a figure's title over its image and again as its caption
/// (`… it also grows more polarized:` over `Unequal Incomes, Ideology and Gridlock: How Rising
/// Inequality Increases` / `Political Polarization`, then both lines again). On shape the first
/// copy reads as a page title repeated over its article (`repeated_after`); after a colon it is
/// the announced item (`after_colon`, asked only of a line with `repeated_after`). A colon alone is
/// no sign: dumps end stories on `Here is the video:` or `… have the full report:` when the
/// announced embed or link was dropped, and the next story's headline follows it bare (a seed
/// story starts at 5.6 under such a line; 51 of 9,175 gold starts of 13 dev sets follow a colon).
extension BoundaryScorer {
    /// Line `p` ends on a colon and closes a paragraph: it has `min_words` words or more, or it
    /// is the last line of a wrapped paragraph (a content line right above). A short colon line
    /// standing alone (`Editor's note:`, `Dear readers:`) introduces the lede below it
    /// (`isIntroduction`) and is not counted.
    func endsParagraphOnColon(_ p: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        let colon = lines.withContentBytes(p) { u -> Bool in
            var e = u.count
            while e > 0 && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
            return e > 0 && u[e - 1] == 0x3A
        }
        guard colon else { return false }
        return lines[p].words >= config.minWords || (p > 0 && facts.shape[p - 1] == .body)
    }
}

// `label_turn` (added by the planner to every start path): a colon label that opens three or more
// lines of a text (`LineFacts.label`, `label_repeats`) and then a quotation names a speaker whose
// claims the article goes through one by one (`TRUMP: “…”` over `THE FACTS: …`); each turn sits
// under a stripped rule or section label that reads like a page's furniture block, but a story
// opens on its own dateline or headline, not on a recurring speaker's quote.
