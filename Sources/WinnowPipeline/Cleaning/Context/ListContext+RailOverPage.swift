/// A rail's last item over the next page's chrome, and ranks that tell an item's place.
///
/// An unnumbered list that no blank line closes ends at the next story's headline, told by the
/// header furniture under it (`itemsAboveHeadline`). A portal glues its pages line to line: the
/// rail's last item may stand over the next box's label (`Sponsored`, `Publicidade`, a newsletter
/// prompt), read there as furniture under a headline, while the next page's real headline comes
/// further down, under the page's chrome (ads, app prompt, share row, menu), with its own byline or
/// time stamp under it (portal sets: the last item took the title, the headline was stripped as
/// header furniture). Two things tell the item:
///
/// - the stripped run under it holds no header of its own (no time stamp, credit or caption:
///   chrome and the page's footer only) and reaches a kept, title-shaped line with a byline or time stamp right
///   under it or under its dek, or its lede right under it: that line is the headline, the item
///   was the rail's;
/// - a rank equal to its place among the rail's titles (`5. <title>` under four unranked ones):
///   a rail prints ranks on some items only, and no page numbers its headline on from a list.
///
/// And a rail's title may end a sentence, as long as fewer than half of them do (`railSentencesFit`).
extension ListContext {
    /// Fewest stripped lines between the item and the headline below: a page's share row or one
    /// ad label under a real headline is shorter than a box, an app prompt and a menu.
    static let railChromeMinLines = 4

    /// Words of a kept line under the item read as a menu's item or a masthead, not a headline.
    static let railMenuMaxWords = 3

    /// Stripped lines scanned under the item before giving up.
    static let railChromeMaxLines = 40

    /// Body line `j`, over stripped lines that read as header furniture, is the rail's last item:
    /// the run under it is chrome (`railChromeMinLines` or more lines, no stamp, credit or caption; kept lines of a
    /// menu's few words count so) up to a headline
    /// with its own header (`hasOwnHeader`).
    static func endsRailOverPage(_ j: Int, in lines: [ClassifiedLine], config: ListConfig) -> Bool {
        var k = j + 1, run = 0
        while k < lines.count, k - j <= railChromeMaxLines {
            switch lines[k].kind {
            case .blank: break
            case .stripped(_, let role):
                // A stamp, credit or caption under the item would be its header; a page's footer
                // (a copyright line, a trailer) closes the page the rail ends.
                switch role {
                case .timestamp?, .credit?, .caption?: return false
                default: run += 1
                }
            case .body:
                if run >= railChromeMinLines, isItem(k, in: lines, config: config),
                   isTitleShaped(k, in: lines), !isByline(k, in: lines), hasOwnHeader(k, in: lines) { return true }
                // A menu's item or the site's name (the menu pass runs after the lists): chrome too.
                guard lines[k].words <= railMenuMaxWords else { return false }
                run += 1
            }
            k += 1
        }
        return false
    }

    /// A byline or time stamp right under line `h`, or under one kept line (a dek) under it; or its
    /// lede right under it (a paragraph of `proseMinWords` words or more: `WASHINGTON - House …`).
    private static func hasOwnHeader(_ h: Int, in lines: [ClassifiedLine]) -> Bool {
        if h + 1 < lines.count, case .body = lines[h + 1].kind, lines[h + 1].words >= proseMinWords,
           !isByline(h + 1, in: lines) { return true }
        func isHeader(_ k: Int) -> Bool {
            guard k < lines.count else { return false }
            if isByline(k, in: lines) { return true }
            if case .stripped(_, .timestamp?) = lines[k].kind { return true }
            return false
        }
        if isHeader(h + 1) { return true }
        guard h + 1 < lines.count, case .body = lines[h + 1].kind else { return false }
        return isHeader(h + 2)
    }

    /// A rail's titles may end a sentence (`The 'Absurd' New Reality of Reporting From the U.S.`,
    /// `Why didn't he quit — or fight back? Senators treated …`): a run holds fewer than half
    /// such lines among its `titles`; a run of paragraphs (a promo, a note, short sentences) ends
    /// most of them so.
    static func railSentencesFit(_ sentences: Int, titles: Int) -> Bool {
        2 * sentences < titles
    }

    /// `rank` is the item's place among the rail's `titles` above it, or follows the last rank.
    /// The place alone counts only for a `marked` rank (`5. `, `5) `): a headline may open with a
    /// bare number (`3 market-panic signals point to …` under two unranked titles).
    static func ranksInPlace(_ rank: Int?, marked: Bool, after last: Int?, titles: Int) -> Bool {
        guard let r = rank else { return false }
        return (marked && r == titles + 1) || continuesRanks(rank, after: last)
    }
}
