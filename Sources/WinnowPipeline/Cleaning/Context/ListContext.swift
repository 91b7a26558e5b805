import Foundation

/// A site's link lists flattened into the text ("Most read" / "1. <title>" / "2. <title>",
/// "Related stories" over a few titles), stripped as `link_list` (to metadata `links`).
///
/// Each item is a headline of another story: no line rule can tell it from a headline of this
/// dump, and the heading alone is all the `widget` family strips. The heading tells the block
/// below it: its items are the lines right under it (`spacedMaxGap` blank lines between at most) that are
/// short (a title, not a paragraph) and either numbered from 1 on, or bulleted (`• <title>`, up to
/// the first line without a bullet), or an unnumbered block that a blank line (or the end of the
/// text) closes within `max_items` lines, or titles set apart by blank lines (`spacedItems`). An
/// unnumbered block that runs on without a blank line ends at the next story's headline, told by
/// the header furniture under it (`itemsAboveHeadline`), or at a trailer stripped under its titles;
/// where neither is found it is left alone: where it stops is not known there. Runs after the line
/// rules and the caption pass, before the splitter.
enum ListContext {
    static let rule = "link_list"

    static func apply(_ lines: inout [ClassifiedLine], config: ListConfig) {
        guard config.enabled, !config.headingKeys.isEmpty else { return }
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            // Headings are a few words: most lines stop at the count, with no key lookup.
            guard lines[i].kind != .blank, isHeading(i, in: lines, config: config) else { continue }
            let items = listItems(after: i, in: lines, config: config)
            guard !items.isEmpty else { continue }
            if lines[i].kind == .body { strip(&lines[i], detail: "heading of a link list", link: false) }
            for j in items where lines[j].kind == .body {
                strip(&lines[j], detail: "item of the link list under line \(i + 1)", link: true)
            }
            i = items.last!
        }
    }

    /// The item lines of the list headed by line `h` (empty: no list there).
    static func listItems(after h: Int, in lines: [ClassifiedLine], config: ListConfig) -> [Int] {
        let j = pastGap(h + 1, in: lines)
        guard j < lines.count, isItem(j, in: lines, config: config) else { return [] }
        if let first = number(of: j, in: lines), first == 1 {
            let items = numberedItems(from: j, in: lines, config: config)
            return mixedItems(after: items, in: lines, config: config) ?? items
        }
        if isBulleted(j, in: lines) { return bulletedItems(from: j, in: lines, config: config) }
        let plain = unnumberedItems(from: j, in: lines, config: config)
        // Ranks without their dots (`1 <title>` / `2 <title>`) where the block is no unnumbered
        // list (it runs on into the next page): the ranks tell the items.
        if plain.isEmpty, dotlessFirstRank(j, in: lines) != nil {
            let items = numberedItems(from: j, in: lines, config: config, ranked: true)
            return mixedItems(after: items, in: lines, config: config) ?? items
        }
        return plain
    }

    /// `listItems` of a block whose first item has no number or bullet.
    private static func unnumberedItems(from first: Int, in lines: [ClassifiedLine], config: ListConfig) -> [Int] {
        var j = first
        // Unnumbered: consecutive item lines, closed by a blank line, the end of the text or the
        // next box's heading (a page's rails set one under another: "What to read next" over its
        // titles, then "From our partners" over its own) when the lines above it read as titles:
        // fewer than half end a sentence (a title may: "… Here's how that could happen."). Short
        // sentences between two `Read more:` labels are the story's own paragraphs: the heading
        // does not close them as a list.
        // `max_items` counts the titles (kept lines): a rail's stripped lines between and under
        // them (an ad label, a sponsored box the learner knows) make no list longer.
        let start = j
        var items: [Int] = [], titles = 0
        while j < lines.count, lines[j].kind != .blank {
            if items.count >= 2, isHeading(j, in: lines, config: config),
               2 * items.filter({ endsSentence($0, in: lines) }).count < items.count { break }
            guard isItem(j, in: lines, config: config), titles < config.maxItems else {
                // One item over the headline, or a run a long paragraph ends (ListContext+OneItem.swift, +OpenRun.swift).
                let above = itemsAboveHeadline(from: start, in: lines, config: config)
                if !above.isEmpty { return above }
                let one = oneItemAboveHeadline(from: start, in: lines, config: config)
                return one.isEmpty ? itemsAboveLastTitle(from: start, in: lines, config: config) : one
            }
            if lines[j].kind == .body { titles += 1 }
            items.append(j)
            j += 1
        }
        if items.count == 1 { return spacedItems(from: items[0], in: lines, config: config) }
        // The next page's headline and dek under `Read next` (`ListContext+NextPageHead.swift`).
        if isNextPageHead(items, in: lines) || isNextPageHeadline(items, in: lines) { return [] }  // ListContext+NextPageHeadline.swift
        return items.count >= 2 ? items : []
    }

    /// Line `j` is kept and ends a sentence (a title does not: `itemsAboveHeadline` reads it so too).
    private static func endsSentence(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[j].kind else { return false }
        return lines.withContentBytes(j) { LineText.ending(bytes: $0) } == .sentence
    }

    /// Line `j` is a list heading (`apply` opens a list at it).
    /// Or a section rail's heading (`More in Politics`: `SectionRail`).
    static func isHeading(_ j: Int, in lines: [ClassifiedLine], config: ListConfig) -> Bool {
        guard lines[j].words > 0 else { return false }
        if lines[j].words <= config.headingMaxWords && config.headingKeys.contains(lines[j].key) { return true }
        if lines[j].words <= config.sectionHeadingMaxWords && !config.sectionPrefixes.isEmpty
            && lines.withContentBytes(j, { SectionRail.isHeading($0, prefixes: config.sectionPrefixes) }) { return true }
        // An outlet's rail under a reprint (`More from <Outlet>:`, SectionRail.swift).
        return lines[j].words <= SectionRail.maxSourceHeadingWords && lines[j].words >= 3
            && lines.withContentBytes(j, SectionRail.isSourceHeading)
    }

    /// An unnumbered list that no blank line closes, ended by the next story's headline: the first
    /// title-shaped line (an item that ends no sentence) with a header's furniture right under it
    /// (a byline, a time stamp, a credit or caption, a sharing bar: what a page sets below a
    /// headline, never below an item of a link box), after at least two kept titles (a kept byline
    /// is an item line, no title: a rail may set one under each of its items). The items are
    /// the lines above it. A run whose line over the furniture ends a sentence (a dek under its
    /// headline, or a two-sentence headline the splitter reads better) or is itself a byline is
    /// left alone, as is one that reaches a line no item is before any such headline, or a kept
    /// line ending a sentence. A trailer stripped under two or more titles closes the list as a
    /// blank line would.
    static func itemsAboveHeadline(from start: Int, in lines: [ClassifiedLine], config: ListConfig) -> [Int] {
        var items: [Int] = [], titles = 0, j = start
        // Titles that end a sentence (`railSentencesFit`).
        var sentences = 0
        // The last item's rank (`4. <title>`): a line carrying the next one continues the rail,
        // whatever furniture stands under it (`ListContext+RankRun.swift`).
        var lastRank: Int? = nil
        while j + 1 < lines.count, lines[j].kind != .blank, isItem(j, in: lines, config: config),
              items.count < config.maxItems {
            // A trailer (an author's bio, a source line) ends the story the list sits in: it closes
            // the list as a blank line does, and the next story starts under it.
            if case .stripped(_, .trailer) = lines[j].kind { return titles >= 2 && railSentencesFit(sentences, titles: titles) ? items : [] }
            if case .body = lines[j].kind {
                // The ending read once, on the bytes, for the byline test and the title test.
                let (ending, byline) = endingAndByline(j, in: lines)
                // The next page's title tag ends the list (`ListContext+PageEdge.swift`).
                if titles >= 2, isRepeatedTitleTag(j, in: lines) { return railSentencesFit(sentences, titles: titles) ? items : [] }
                let ranked = rank(of: j, in: lines)
                defer { if let r = ranked { lastRank = r } }
                if titles >= 2, hasHeaderFurniture(below: j, in: lines, config: config) {
                    // The next rank over the furniture is the rail's last item, over its page's
                    // footer or the next page's top (`ListContext+RankRun.swift`).
                    // Or its place among the titles, or the next page's headline lies below the
                    // chrome under it (`ListContext+RailOverPage.swift`).
                    guard railSentencesFit(sentences, titles: titles) else { return [] }
                    if ranksInPlace(ranked, marked: number(of: j, in: lines) != nil, after: lastRank, titles: titles) { return items + [j] }
                    guard ending != .sentence, !byline else { return [] }
                    if endsRailOverPage(j, in: lines, config: config) { return items + [j] }
                    return items
                }
                // A title ends no sentence: a line that does is a paragraph's (a promo, a note),
                // unless a section's label opens it (`ListContext+LabelledItem.swift`), or it is
                // one of a few among the rail's titles (`railSentencesFit`).
                if ending == .sentence && !opensWithItemLabel(j, in: lines) { sentences += 1 }
                // A rail's item carrying its own byline (`By Jane Doe` under each title): the
                // byline is an item line, not a title.
                if !byline { titles += 1 }
                // A prompt to the reader right under a title (`Download the app`, a sign-up box)
                // closes the box as a blank line would: the title is the box's last item, not the
                // headline of a story (pages set prompts between articles, never under a headline).
                if titles >= 3, !byline, isPrompt(j + 1, in: lines) {
                    return railSentencesFit(sentences, titles: titles) ? items + [j] : []
                }
            }
            items.append(j)
            j += 1
        }
        return []
    }

    /// Line `j` is a byline the line rules kept (`By Jane Doe`): header furniture under a
    /// headline, never the headline itself.
    static func isByline(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[j].kind else { return false }
        return endingAndByline(j, in: lines).byline
    }

    /// Body line `j`'s ending and whether it is a byline, from one read of its bytes.
    static func endingAndByline(_ j: Int, in lines: [ClassifiedLine]) -> (ending: LineText.Ending, byline: Bool) {
        let words = lines[j].words
        return lines.withContentBytes(j) { u in
            let ending = LineText.ending(bytes: u)
            return (ending, Byline.matches(u, words: words, ending: ending))
        }
    }

    /// Line `j + 1` is a kept byline, or is stripped as furniture a page sets under a headline (a stamp, a credit or
    /// caption, a widget); a trailer ends a story instead. A widget with a title right under it
    /// is a section's kicker over the next item or headline (`Opinion`), not furniture under `j`.
    static func hasHeaderFurniture(below j: Int, in lines: [ClassifiedLine], config: ListConfig) -> Bool {
        if isByline(j + 1, in: lines) { return true }
        guard case .stripped(let rule, let role) = lines[j + 1].kind, let role else { return false }
        // A prompt addressed to the reader (a sign-up box, a consent banner, an app prompt) is set
        // between articles, not under a headline: it closes the list (`itemsAboveHeadline`).
        if rule == promptRule { return false }
        switch role {
        case .timestamp, .credit, .caption: return true
        case .widget:
            guard j + 2 < lines.count, case .body = lines[j + 2].kind else { return true }
            return !isItem(j + 2, in: lines, config: config)
        case .trailer, .prefix, .link: return false
        }
    }

    /// The family of prompts addressed to the reader (`news.yaml`).
    static let promptRule = "chrome_prompt"

    /// Line `j` is stripped as a prompt to the reader (`promptRule`).
    static func isPrompt(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard j < lines.count, case .stripped(let rule, _) = lines[j].kind else { return false }
        return rule == promptRule
    }

    /// Most blank lines between a heading and its first item, or between two items: a page that
    /// sets its paragraphs apart by two blank lines sets its list so too.
    static let spacedMaxGap = 2

    /// The first line at or after `j` past up to `spacedMaxGap` blank lines.
    static func pastGap(_ j: Int, in lines: [ClassifiedLine]) -> Int {
        var k = j
        while k < lines.count, k - j < spacedMaxGap, lines[k].kind == .blank { k += 1 }
        return k
    }

    /// Titles each on a line of its own between blank lines, from line `start` on: a page that
    /// sets its list apart as it sets its paragraphs (`RELATED STORIES` over three titles, a
    /// blank line or two between each). The same gap between every two items, at least two of
    /// them, one at least a title's shape (`isTitleShaped`: a box of one-line paragraphs ends each
    /// with its full stop; a title may too, `Come divided. Leave hopeful.`, fresh wire sets kept
    /// such boxes whole), and a plain end: a wider gap or the end of the text. A run that stops at
    /// a body line or a stripped one (a byline) after the items' own gap may have taken the next
    /// story's headline as its last item (`ListContext+SpacedEdge.swift`).
    static func spacedItems(from start: Int, in lines: [ClassifiedLine], config: ListConfig) -> [Int] {
        guard isSpacedItem(start, in: lines, config: config) else { return [] }
        var items = [start], gap = 0, j = start + 1
        while true {
            var b = 0
            while j < lines.count, lines[j].kind == .blank { b += 1; j += 1 }
            if j == lines.count { break }                       // the end of the text closes it
            if gap > 0 && b > gap { break }                     // a wider gap closes it
            guard b >= 1, b <= spacedMaxGap, gap == 0 || b == gap,
                  isSpacedItem(j, in: lines, config: config), items.count < config.maxItems else {
                return spacedItemsAboveHead(items, edge: j, in: lines, config: config)
            }
            gap = b
            items.append(j)
            j += 1
        }
        return items.count >= 2 && items.contains(where: { isTitleShaped($0, in: lines) }) ? items : []
    }

    /// A spaced list's item: a kept title (`isItem`), whatever its ending (`spacedItems` wants one
    /// of the box's items title-shaped).
    static func isSpacedItem(_ j: Int, in lines: [ClassifiedLine], config: ListConfig) -> Bool {
        guard case .body = lines[j].kind else { return false }
        return isItem(j, in: lines, config: config) && isTitleShaped(j, in: lines)
    }

    /// Kept line `j` ends no sentence, or is title-cased throughout (`… on Facebook. It Did Not Go
    /// Well.`): a one-line paragraph ends with its full stop and capitalises few of its words.
    static func isTitleShaped(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        LineText.ending(lines[j].content) != .sentence
            || lines.withContentBytes(j) { SplitText.titleCaseShare($0) } >= spacedTitleCaseShare
    }

    /// Share of long words capitalised (`SplitText.titleCaseShare`) that makes a line ending in a
    /// full stop a title.
    static let spacedTitleCaseShare = 0.8

    /// Items numbered 1, 2, 3, … from line `j` on (up to `spacedMaxGap` blank lines between two).
    private static func numberedItems(from start: Int, in lines: [ClassifiedLine], config: ListConfig, ranked: Bool = false) -> [Int] {
        var items: [Int] = [], expected = 1, j = start
        while j < lines.count, items.count < config.maxItems, isItem(j, in: lines, config: config),
              (ranked ? rank(of: j, in: lines) : number(of: j, in: lines)) == expected {
            items.append(j)
            expected += 1
            j += 1
            let k = pastGap(j, in: lines)
            if k > j, k < lines.count, number(of: k, in: lines) == expected { j = k }
        }
        return items
    }

    /// A numbered list whose numbers the scrape kept on some items only (`1. <title>` / `<title>` /
    /// `3 <title>`: a rail prints its ranks as separate elements, some lost, some without their
    /// dot): the lines right under the numbered run (no blank line between) go on as items when
    /// each is a title carrying its own rank or none, and a blank line, the text's end or the next
    /// box's heading closes the block within `max_items` (where the block stops is known, as for
    /// an unnumbered block), with no prose right under it where a line has no rank. Nil: no such
    /// block, the numbered run stands alone.
    private static func mixedItems(after items: [Int], in lines: [ClassifiedLine], config: ListConfig) -> [Int]? {
        guard let last = items.last, last + 1 < lines.count, lines[last + 1].kind != .blank else { return nil }
        var out = items, j = last + 1, unranked = false
        // Where a ranked item meets a stripped line (a cookie banner, an app prompt: the page's
        // next box, no blank line between): the block may end there when it cannot end later.
        var edge: Int? = nil
        while j < lines.count, lines[j].kind != .blank {
            if isHeading(j, in: lines, config: config) { break }
            // A prompt to the reader or the next page's title tag closes the block (`ListContext+PageEdge.swift`).
            if closesRail(j, in: lines) { break }
            if isRepeatedTitleTag(j, in: lines) { return out.count > items.count ? out : nil }
            guard out.count < config.maxItems, isItem(j, in: lines, config: config) else { return rankedEdge(edge, out, items) }
            if let n = rank(of: j, in: lines) {
                guard n == out.count + 1 else { return rankedEdge(edge, out, items) }
                // Every rank in sequence is an edge the block reaches (`ListContext+PageEdge.swift`).
                edge = out.count + 1
            } else { unranked = true }
            out.append(j)
            j += 1
        }
        // A title without a rank right under the numbered run may as well be the next story's
        // headline, a blank line and its lede under it (w2 lost a title so): unranked lines go
        // with the list only when a blank line closes the block and no prose follows it (the
        // page's next box: its masthead, a menu, a stripped line).
        if unranked {
            guard j < lines.count else { return rankedEdge(edge, out, items) }
            var k = j
            while k < lines.count, lines[k].kind == .blank { k += 1 }
            if k < lines.count, case .body = lines[k].kind, lines[k].words >= Self.proseMinWords { return rankedEdge(edge, out, items) }
        }
        return out.count > items.count ? out : nil
    }

    /// The block up to its last ranked item, when it holds ranks past the numbered run's (`1.`,
    /// none, `3`, none, `5.`): the ranks tell the rail's length at least, so the lines between are
    /// its items; what follows the last rank (the next box, or the next page's headline) is left.
    private static func rankedEdge(_ edge: Int?, _ out: [Int], _ items: [Int]) -> [Int]? {
        guard let e = edge, e >= items.count + 2 else { return nil }
        return Array(out.prefix(e))
    }

    /// Words of a line read as prose under a list (the next story's lede), not a page's masthead.
    static let proseMinWords = 10

    /// The rank opening line `j`: `number(of:)`, or 1-2 digits and a space before a letter
    /// (`2 Donald Trump …`, a rank whose dot the scrape dropped). Asked only inside a numbered
    /// list, where the rank must be the item's place.
    static func rank(of j: Int, in lines: [ClassifiedLine]) -> Int? {
        if let n = number(of: j, in: lines) { return n }
        return lines.withContentBytes(j) { u in
            var n = 0, k = 0
            while k < u.count, k < 2, u[k].isASCIIDigit { n = n * 10 + Int(u[k] - 0x30); k += 1 }
            guard k > 0, k + 1 < u.count, u[k] == 0x20, u[k + 1] >= 0x41 else { return nil }
            return n
        }
    }

    /// 1 when line `j` opens with a dotless rank 1 and the line right under it with rank 2
    /// (`1 President-elect …` / `2 Sen. Rand Paul …`: a rail whose ranks lost their dots): two
    /// ranks in sequence under a heading are a numbered list, where one alone may open a sentence
    /// (`1 in 5 voters …`).
    private static func dotlessFirstRank(_ j: Int, in lines: [ClassifiedLine]) -> Int? {
        guard j + 1 < lines.count, lines[j + 1].kind == .body, rank(of: j, in: lines) == 1,
              rank(of: j + 1, in: lines) == 2 else { return nil }
        return 1
    }

    /// Items each opened by a bullet ("• <title>") from line `j` on, up to `spacedMaxGap`
    /// blank lines between two: the bullets mark where the list stops (the first line without one), so, unlike an
    /// unnumbered block, no blank line need close it ("Related:" over three bulleted titles and the
    /// next story's headline right under them). More than `max_items` is no link box.
    private static func bulletedItems(from start: Int, in lines: [ClassifiedLine], config: ListConfig) -> [Int] {
        var items: [Int] = [], j = start
        while j < lines.count, isBulleted(j, in: lines), isItem(j, in: lines, config: config) {
            guard items.count < config.maxItems else { return [] }
            items.append(j)
            j += 1
            let k = pastGap(j, in: lines)
            if k > j, k < lines.count, isBulleted(k, in: lines) { j = k }
        }
        return items
    }

    /// Line `j` opens with a list bullet and a space (`BoilerplateLearner.opensList`).
    static func isBulleted(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        lines[j].kind != .blank && lines.withContentBytes(j) { BoilerplateLearner.opensList($0) }
    }

    /// A linked title: a kept line of 2 to `max_words` words that does not open in lower case (a
    /// hard-wrapped paragraph's lines are short too, but some of them go on in lower case), or a
    /// line a rule stripped already (a `RELATED: <title>` link, an ad between items).
    static func isItem(_ j: Int, in lines: [ClassifiedLine], config: ListConfig) -> Bool {
        switch lines[j].kind {
        case .blank: return false
        case .stripped: return true
        case .body:
            return lines[j].words >= 2 && lines[j].words <= config.maxWords && lines[j].linkRule == nil
                && !lines.withContentBytes(j, { $0.first.map { $0.isASCIILower } ?? true })
        }
    }

    /// The item number opening line `j` (`1. `, `2) `), if any.
    static func number(of j: Int, in lines: [ClassifiedLine]) -> Int? {
        lines.withContentBytes(j) { u in
            var n = 0, k = 0
            while k < u.count, k < 2, u[k].isASCIIDigit { n = n * 10 + Int(u[k] - 0x30); k += 1 }
            guard k > 0, k + 1 < u.count, u[k] == UInt8(ascii: ".") || u[k] == UInt8(ascii: ")"), u[k + 1] == 0x20 else { return nil }
            return n
        }
    }

    private static func strip(_ line: inout ClassifiedLine, detail: String, link: Bool) {
        let text = String(line.content)
        line = line.with(kind: .stripped(rule: rule, role: .widget), detail: detail)
        if link { line.metadata = ["links": .array([.string(text)])] }
    }
}
