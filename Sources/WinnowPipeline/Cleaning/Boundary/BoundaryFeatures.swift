import Foundation

/// Computes boundary features for lines of a `ClassifiedText`.
struct BoundaryScorer {
    let config: SplitConfig
    let datelines: DatelineMatcher
    /// How far (in lines) to look ahead for the credit/widget block and the lede.
    let lookahead = 14
    /// At most this many furniture lines are skipped looking for the lede.
    static let maxFurniture = 2
    /// `bullet_prefixes` as UTF-8 bytes: a byte comparison instead of `hasPrefix`'s Unicode one.
    /// Not `BoilerplateLearner.opensList` (the learner's and `ListContext`'s bullet), on purpose:
    /// a key point or teaser bullet here is set tight as often as spaced (`•The overall share of
    /// …`: the prefixes `•`, `●`, `▪`, `■` need no blank; blind sets b3 and b4 and our own a3, f3,
    /// h3, i3 have such lines), while `– ` and `· ` open a list item there but here would make
    /// bullets of a hard-wrapped paragraph's lines that go on after a dash (`– is to understate the
    /// case.`, `– and false – impressions,”`: 15 of the 16 public sets have such lines). Both share
    /// `startsWithSymbolBullet`.
    private let bullets: [[UInt8]]
    /// Bytes a bullet can open with (`bullets`' first bytes and 0xE2).
    private let bulletFirstBytes: [Bool]

    /// `config.weights` as a table: a feature's weight is one array load, not a dictionary lookup
    /// hashing the feature's name.
    let weights: FeatureWeights

    init(config: SplitConfig, datelines: DatelineMatcher) {
        self.config = config
        weights = FeatureWeights(config.weights)
        self.datelines = datelines
        bullets = config.bulletPrefixes.map { Array($0.utf8) }
        var first = [Bool](repeating: false, count: 256)
        first[0xE2] = true  // the pictograph bullets of `startsWithSymbolBullet`
        for b in bullets { if let f = b.first { first[Int(f)] = true } }
        bulletFirstBytes = first
    }

    func isBullet(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most lines open with a letter or quote no bullet opens with: one table load.
        guard let b = u.first, bulletFirstBytes[Int(b)] else { return false }
        return bullets.contains { u.starts(with: $0) } || Self.startsWithSymbolBullet(u)
    }

    /// A pictograph and a blank open the line (`▸ `, `► `, `➤ `, `→ `, `‣ `): a list marker from
    /// the arrows (U+2190–21FF), geometric shapes (U+25A0–25FF) or dingbats (U+2700–27BF) blocks,
    /// or the bullets U+2022/2023/2043, whichever one a site picks.
    static func startsWithSymbolBullet(_ u: some Sequence<UInt8>) -> Bool {
        var it = u.makeIterator()
        guard it.next() == 0xE2, let b1 = it.next(), let b2 = it.next(), it.next() == 0x20 else { return false }
        switch b1 {
        case 0x86, 0x87, 0x96, 0x97, 0x9C, 0x9D, 0x9E: return true
        case 0x80: return b2 == 0xA2 || b2 == 0xA3
        case 0x81: return b2 == 0x83
        default: return false
        }
    }

    /// A short body line `j` that does not end like a sentence, between a headline and its lede:
    /// page furniture no rule knows (`Courtesy of …`, `Jane Doe | Polaris`, `(Mike Blake/Reuters)`),
    /// or a byline of any length (`By Jane Doe and John Roe - October 20, 2014`).
    @inline(__always)
    func isFurniture(_ j: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        // A speaker's name over its turn is the dialogue's, no header (`BoundaryTurnLabels.swift`).
        guard facts.ending[j] != .sentence, !facts.isTurnLabel(j) else { return false }
        return lines[j].words < config.minWords || facts.byline[j]
    }

    /// A short line ending with a colon above the lede (`Dear readers:`, `Editor's note:`) introduces
    /// it: the prose line right after it is the lede.
    @inline(__always)
    func isIntroduction(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        lines[j].words < config.minWords && lines.withContentBytes(j) { u in
            var e = u.count
            while e > 0 && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
            return e > 0 && u[e - 1] == 0x3A
        }
    }

    /// The line holds a social handle in brackets: `(@` then 1-30 handle characters and `)`.
    static func hasHandleInBrackets(_ line: some StringProtocol) -> Bool {
        SplitText.withBytes(line) { hasHandleInBrackets($0) }
    }

    static func hasHandleInBrackets(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = u.baseAddress else { return false }
        var k = 0
        // memchr jumps from one `(` to the next: most lines have none.
        while k + 3 < u.count, let p = memchr(base + k, 0x28, u.count - 3 - k) {
            k = UnsafeRawPointer(p) - UnsafeRawPointer(base)
            if u[k + 1] == 0x40 {
                var j = k + 2
                while j < u.count && j - k - 2 <= 30, u[j] == 0x5F || SignOff.isAlnum(u[j]) { j += 1 }
                if j > k + 2 && j < u.count && u[j] == 0x29 { return true }
            }
            k += 1
        }
        return false
    }

    /// The line opens with a colon label (`NAME: `) within `within` bytes whose text starts with a
    /// quotation mark.
    static func quotesAfterLabel(_ line: some StringProtocol, within: Int) -> Bool {
        SplitText.withBytes(line) { quotesAfterLabel($0, within: within) }
    }

    static func quotesAfterLabel(_ u: UnsafeBufferPointer<UInt8>, within: Int) -> Bool {
        var k = 0
        while k < min(u.count, within) && u[k] != 0x3A { k += 1 }
        guard k + 2 < u.count, u[k] == 0x3A, u[k + 1] == 0x20 else { return false }
        let q = u[k + 2]
        return q == 0x22 || (q == 0xE2 && k + 4 < u.count && u[k + 3] == 0x80 && u[k + 4] == 0x9C)
    }

    /// What follows line `i` up to its lede: block roles, a repeat of the line, and the lede.
    struct After { var credit = false, widget = false, inArticleWidget = false, repeated = false, byline = false, shortByline = false, furniture = 0, teasers = 0, lede: Int? }

    /// At most this many captions or teasers are passed over looking for the lede.
    static let maxTeasers = 2

    /// `teasers`: pass over captions and teasers (`isTeaser`); only worth it for a line that
    /// can be a headline.
    /// `inArticle`: widgets an article sets between its paragraphs (`inArticleWidgets`; empty: none).
    func after(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, teasers: Bool, inArticle: [Bool] = []) -> After {
        var a = After()
        var j = i + 1
        // The line after an introduction is the lede only if it is prose; else the introduction is.
        var intro: Int?
        // Only below a headline-length line: a short one (`JOIN US!`) is a promo, not a headline.
        let headlineLong = lines[i].words >= config.minWords
        // A line ending like a sentence repeated as the very next line (nothing but blanks between)
        // is a doubled paragraph (galleries and slideshows print each caption twice), not a page
        // header: a headline repeats under its header block, or ends open.
        let doubledSentence = facts.ending[i] == .sentence
        // The line printed twice in a row (`doubledSentence`): the dump doubles its paragraphs, and
        // a paragraph below printed twice is the next doubled one, no teaser repeating a lede.
        var doubled = false
        var passed = false
        // A page's title tag (`Headline | Site Name`) is repeated below without the site's name:
        // that headline printed again is the same header repeat (`StorySplitter+SiteSuffix`).
        let bareKey = lines.withContentBytes(i, StorySplitter.bareTitleKey(bytes:))
        var headerEdge = false
        while j < lines.count && j <= i + lookahead {
            if let k = intro, facts.shape[j] != .blank {
                a.lede = facts.shape[j] == .body && lines[j].words >= config.proseMinWords ? j : k
                return a
            }
            switch facts.shape[j] {
            case .blank: break
            // A credit of a media box the article sets between its paragraphs (`inArticleWidgets`)
            // is no lead photo of a page header.
            case .credit:
                if !inArticle.isEmpty && inArticle[j] { a.inArticleWidget = true } else { a.credit = true }
            case .widget:
                if !inArticle.isEmpty && inArticle[j] { a.inArticleWidget = true } else { a.widget = true }
                if !headerEdge { headerEdge = Self.isHeaderEdge(j, lines, facts) }
            // A disclaimer under the header's time stamp or credit (`BoundaryHeaderDisclaimer.swift`).
            case .trailer where headerEdge: break
            case .trailer, .prefixOrLink: return a
            // A trailer in the header is its byline (`BoundaryHeaderByline.swift`), as a short kept
            // one is (`short_byline_after`: `Written by Jane Doe` over its stamp, as `By Jane Doe`).
            case .headerByline:
                if a.furniture < Self.maxFurniture { a.furniture += 1; a.shortByline = true }
            case .body:
                if lines[j].key == lines[i].key || bareKey != nil && lines[j].key == bareKey { if passed || !doubledSentence { a.repeated = true } else { doubled = true } }
                else if facts.bullet[j] {}
                else if a.furniture < Self.maxFurniture && isFurniture(j, in: lines, facts: facts) {
                    a.furniture += 1
                    if lines[j].words >= config.minWords { a.byline = true }  // only a byline is furniture at that length
                    else if facts.byline[j] { a.shortByline = true }  // a short byline: `short_byline_after`
                }
                else if teasers && !doubled && a.teasers < Self.maxTeasers && isTeaser(j, headline: i, in: lines, facts: facts) { a.teasers += 1; a.credit = true }
                else if headlineLong && isIntroduction(j, in: lines) { intro = j }
                else { a.lede = j; return a }
            }
            if facts.shape[j] != .blank { passed = true }
            j += 1
        }
        a.lede = intro
        return a
    }

    /// What precedes line `i`: nil (start of text), a trailer, or the previous content line.
    /// A photo caption (a line ending with a credit) and a teaser bullet are skipped: they sit
    /// between stories as often as inside one, and say nothing about how the previous story ended.
    /// A byline is skipped too: it opens the next story.
    /// `furniture`: a credit, widget or link line (not a blank) lies between the line and `i`.
    enum Before { case start, trailer, line(Int, furniture: Bool) }

    func before(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Before {
        // Its own walk (not `previousBody`): it stops at a trailer and passes captions, bullets and bylines.
        var j = i - 1
        var furniture = false
        while j >= 0 {
            switch facts.shape[j] {
            case .blank: break
            case .credit, .widget, .prefixOrLink, .headerByline: furniture = true
            case .trailer: return .trailer
            case .body:
                // A byline opens the story below it: a lede under one still follows what came before.
                if !facts.credit[j] && !facts.bullet[j] && !facts.byline[j] { return .line(j, furniture: furniture) }
            }
            j -= 1
        }
        return .start
    }

    func addBefore(_ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts, _ s: inout ScoredLine) {
        let w = weights
        switch before(i, in: lines, facts: facts) {
        case .start:
            s.add(.startOfText, w)
            // A header set over the text's first headline (`BoundaryTextStartHeader.swift`).
            if w[.unlikeAnchoredHeadlines] != 0 && isUnderTextStartHeader(i, in: lines, facts: facts) { s.add(.textStartHeader, w) }
        case .trailer: s.add(.trailerBefore, w)
        case .line(let p, let furniture):
            // A contact, credit or bio line the rules kept as body: the previous story likely ended.
            if SignOff.matches(lines, p) { s.add(.signOffBefore, w); break }
            // An open end across removed page furniture (a promo, a credit) continues nothing.
            if facts.ending[p] != .open { s.add(.afterSentence, w) }
            // A line that opens with a dash (`— With assistance by …`, `-- Jane Doe`) is a story's
            // tail, set without a full stop: no paragraph cut above, whatever its end.
            else if !furniture && !lines.withContentBytes(p, BoundaryPlanner.opensWithDash) { s.add(.afterOpenLine, w) }
            // A line printed twice right under the colon that announced it (not across stripped
            // furniture, which may have been the announced embed): `BoundaryAfterColon.swift`.
            if !furniture && w[.afterColon] != 0 && s.fired.contains(.repeatedAfter)
                && endsParagraphOnColon(p, in: lines, facts: facts) { s.add(.afterColon, w) }
        }
        if i > 0, facts.shape[i - 1] == .blank { s.add(.blankBefore, w) }
    }

    /// How much line `i` looks like a headline that starts a story; nil if it cannot be one.
    /// `facts`: per-line facts of `lines` (`facts(_:)`, `BoundaryPlanner.Plan.facts`).
    /// `inArticle`: widgets an article sets between its paragraphs (`inArticleWidgets`; empty: none).
    func headline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, inArticle: [Bool] = []) -> ScoredLine? {
        // The fields, not a copy of the whole line (a copy retains every field); the content is
        // read as bytes (`ClassifiedLine.withContentBytes`).
        let words = lines[i].words
        let w = weights
        guard words > 0, lines[i].contentByteCount <= config.maxChars * 4 else { return nil }
        // An embedded post's attribution (`… — Jane Doe (@janedoe) July 12, 2019`) quotes a post.
        guard !lines.withContentBytes(i, Self.hasHandleInBrackets) else { return nil }
        // A byline is header furniture under a headline, never one itself; nor is a speaker's name
        // over its turn (`BoundaryTurnLabels.swift`).
        guard !facts.byline[i], !facts.isTurnLabel(i) else { return nil }
        // Nor is a correction (`Correction: A previous version of this story …`): the story's own
        // text, set under its last paragraph and trailers. (An editor's note opens stories: b3.)
        guard facts.ending[i] != .sentence || !lines.withContentBytes(i, EditorsNote.opensCorrection) else { return nil }
        // Nor is a sentence cut off by a dash (`So you want to convert them to Yang? You think —`):
        // an interrupted speaker in a transcript or an interview.
        guard words < Self.cutOffMinWords || !lines.withContentBytes(i, Self.endsCutOff) else { return nil }
        // Nor is a ticker box's strip of quotes (`BoundaryQuoteStrip.swift`).
        guard !lines.withContentBytes(i, Self.isQuoteStrip) else { return nil }
        var s = ScoredLine()
        switch facts.ending[i] {
        case .open: s.add(.openEnding, w)
        case .sentence: s.add(.sentenceEnding, w)
        case .question: s.add(.questionEnding, w)
        }
        let tooLong = isLongerThanHeadline(i, in: lines)
        if tooLong { s.add(.tooLong, w) }
        else if words < config.minWords { s.add(.tooFewWords, w) }
        else { s.add(.headlineLength, w) }
        s.add(lines.withContentBytes(i, LineText.startsCapitalised) ? .capitalised : .lowercaseStart, w)
        // Title Case is only worth measuring on lines short enough to be headlines.
        if !tooLong && lines.withContentBytes(i, SplitText.titleCaseShare) >= config.titleCaseShare { s.add(.titleCase, w) }
        if lines[i].isMetadataBearing { s.add(.datePrefix, w) }
        if w[.listItem] != 0 && lines.withContentBytes(i, Self.opensWithEnumerator) { s.add(.listItem, w) }
        if w[.wikiSectionHead] != 0 && lines.withContentBytes(i, Self.endsWithEditLink) { s.add(.wikiSectionHead, w) }  // BoundaryWikiSection.swift
        if w[.liveEntryHeading] != 0 && liveEntryHeading(i, in: lines) { s.add(.liveEntryHeading, w) }  // BoundaryLiveEntryHeading.swift
        if w[.entryRowAfter] != 0 && overLiveEntryRow(i, in: lines, facts: facts) { s.add(.entryRowAfter, w) }  // BoundaryLiveEntryRowHead.swift
        if facts.credit[i] { s.add(.captionCredit, w) }
        if w[.sectionLabel] != 0 && !tooLong && facts.places[i] == nil
            && sectionLabelled(i, in: lines, titleCase: s.fired.contains(.titleCase)) { s.add(.sectionLabel, w) }
        // Captions and teasers matter under a headline; a paragraph (long, sentence ending) skips
        // the check. (Long open headlines and two-sentence ones keep it.)
        let a = after(i, in: lines, facts: facts, teasers: !(tooLong && s.fired.contains(.sentenceEnding)), inArticle: inArticle)
        if a.credit { s.add(.creditAfter, w) }
        if a.widget { s.add(.widgetAfter, w) }
        else if a.inArticleWidget { s.add(.inArticleWidgetAfter, w) }
        if a.repeated { s.add(.repeatedAfter, w) }
        // Only a headline-shaped line: a gallery repeats long captions with credits between. Not over
        // an in-article widget: a pull quote again under an ad slot is no header (2 blind sets −.0025).
        if a.repeated && (a.credit || a.widget) && !tooLong && !s.fired.contains(.captionCredit) { s.add(.headerRepeat, w) }
        if a.furniture > 0 { s.add(.furnitureAfter, w) }
        // A thread's title over the line naming its poster (`BoundaryForumPost.swift`).
        if w[.forumPostAfter] != 0 && Self.isOverForumPost(i, in: lines) { s.add(.forumPostAfter, w) }
        if a.byline { s.add(.bylineAfter, w) }
        // Not over a sentence (a story's last paragraph over the next story's byline), nor under a
        // byline-shaped line (`Jane Doe, Acme Capital` over `John Roe, Beal Bank`: a list of names).
        else if a.shortByline && w[.shortBylineAfter] != 0 && !s.fired.contains(.sentenceEnding)
                    && !(facts.previousBody(before: i).map { facts.byline[$0] } ?? false) { s.add(.shortBylineAfter, w) }
        if let lede = a.lede {
            // A repeated colon label below (`PROTEST GROUP: …` under `ISSUE: …`) is a list's
            // field, not the dateline of a lede.
            // A colon label opening a quotation (`TRUMP: “We have …`) names a speaker, not a place.
            if facts.places[lede] != nil && !facts.label[lede]
                && !lines.withContentBytes(lede, { Self.quotesAfterLabel($0, within: config.datelineMaxChars) }) { s.add(.datelineAfter, w) }
            if lines[lede].words >= config.proseMinWords && facts.ending[lede] != .open {
                s.add(.proseAfter, w)
                // Decided by the planner, which adds the weight only if the line's words come back below it.
                // Only up to a two-sentence headline's length (`max_words` admits a paragraph).
                if s.fired.contains(.sentenceEnding) && s.fired.contains(.headlineLength)
                    && words <= BoundaryPlanner.twoSentenceHeadlineMaxWords
                    && lines.withContentBytes(i, SplitText.hasInnerSentenceBreak) { s.twoSentences = true }
            }
        }
        addBefore(i, lines, facts, &s)
        return s
    }

    /// A line that opens like a dateline but is shaped like a headline (`OPINION: Tax cuts are
    /// key`, `ANALYSIS — Why rates stay high`): a bare label (no date, agency or bracket after it),
    /// headline length, no terminal punctuation, prose or a page header after it. A real dateline opens a lede, a
    /// sentence (`ADDIS ABABA: Do you live in a bubble?` is one); a wire dateline
    /// (`SEOUL, July 8 (Xinhua) -`) on a wrapped line is never a kicker.
    /// `question`: a question ending (`OPINION: Has Trump caused a rural rebound?`) passes too;
    /// only asked where the dump's stories start at headlines (`BoundaryLabelled.swift`).
    func isKickerHeadline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, question: Bool = false) -> Bool {
        let line = lines[i]
        guard opensWithLabel(i, in: lines, facts: facts), line.words <= config.maxWords, facts.ending[i] == .open || question && facts.ending[i] == .question,
              SplitText.width(line.content) <= config.maxChars,
              let s = headline(i, in: lines, facts: facts) else { return false }
        // Or a page's header right under it (its byline on the next line, with a stamp or widgets
        // below: no blank line, separator or caption between): a lede stands under its byline,
        // never over it; the prose below may open with a short first paragraph (`It is a
        // political movement devouring itself.`), which `prose_after` does not read.
        if s.fired.contains(.proseAfter) { return true }
        guard i + 1 < lines.count, facts.byline[i + 1] else { return false }
        let below = furnitureBelowKinds(i, in: lines, facts: facts)
        return below & Self.storyEndKinds == 0 && BoundaryScorer.isPageHeader(below)
    }

    /// Furniture kinds that close a story rather than head one.
    static let storyEndKinds = FurnitureKind.separator.rawValue | FurnitureKind.trailer.rawValue

    /// Line `i` opens with a dateline-shaped label (not a bracketed one, not a known place) followed
    /// right away by its separator (`:`, `-`, or a dash's lead byte 0xE2): `OPINION: …`, `ANALYSIS — …`.
    func opensWithLabel(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard let place = facts.places[i] else { return false }
        let content = lines[i].content.utf8
        guard content.first != 0x28 else { return false }
        let rest = content.dropFirst(place.utf8.count).drop { $0 == 0x20 }
        guard let sep = rest.first, sep == 0x3A || sep == 0x2D || sep == 0xE2 else { return false }
        // A known place is a wire dateline (`TOKYO -- …`, `DES MOINES, Iowa -- …`), no label.
        return !StorySplitter.labelNamesKnownPlace(place, config: config)
    }

    /// How much line `i`, which opens with a dateline, starts a headline-less story.
    func datelineStart(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> ScoredLine {
        var s = ScoredLine()
        s.add(.datelineStart, weights)
        addBefore(i, lines, facts, &s)
        return s
    }

    /// A label line of headline shape that starts a story already (`started_kickers`): a label and
    /// its separator, at most `max_words` words and `max_chars` characters, an open or question
    /// ending or Title Case (`OPINION: Wake Up, World Leaders. The Alarm Is Deafening.`; a lede is a
    /// sentence in sentence case), and a longer line below it past stripped lines and at most one
    /// short kept line (a caption): a headline under a section label, not a dateline lede.
    func isStartedKicker(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        let line = lines[i]
        guard opensWithLabel(i, in: lines, facts: facts), line.words <= config.maxWords, SplitText.width(line.content) <= config.maxChars else { return false }
        guard facts.ending[i] != .sentence || SplitText.titleCaseShare(line.content) >= config.titleCaseShare else { return false }
        var j = i + 1, kept = 0
        while j < lines.count && kept <= 1 {
            if lines[j].kind == .body {
                if lines[j].words > line.words { return true }
                kept += 1
            }
            j += 1
        }
        return false
    }
}
