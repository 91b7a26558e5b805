/// A worded trailer that sits in a headline's header is the page's byline, not the end of a story
/// (`header_bylines`). The contributor rules strip `Written by Jane Doe` (and `Reporting by …`) as
/// a trailer: under a story's last paragraph it signs the story off, but sites also set it under
/// the headline (and its dek), over the date stamp: `Headline` / `Its one-sentence dek.` /
/// `Written by Jane Doe` / `Published March 3, 2019` / lede. Read as a trailer there it closes
/// the headline's story before its lede: the headline finds no lede below it (`after` stops at a
/// trailer), the lede gets `trailer_before` and the furniture block's headline-less reading, and
/// `mergeHeadlineLedes` refuses to join them, so the story loses its title.
///
/// Position decides, not the words: the line is short (a name line, at most `Byline.maxWords`
/// words), a time stamp follows it right below (a byline's date: a page's header, never a
/// sign-off's), and above it (blank lines and stripped captions or widgets aside) is a
/// headline standing on its own (a Title Case line or one that does not end like a sentence, of
/// at most `max_words` words), or a dek of one paragraph right under such a headline. A story's
/// last paragraph is prose that ends like a sentence, under more prose. Such a line gets shape
/// `.headerByline`: the boundary walks read it as the kept byline they pass in a header.
extension BoundaryScorer {
    /// Words of a dek (one paragraph under the headline, wrapped or not): longer is an article's
    /// opening paragraph.
    static let maxDekWords = 60

    /// Re-reads the stripped trailers of `f.shape` that stand in a headline's header as `.headerByline`.
    /// Needs the body lines' `ending` and `byline` facts.
    func markHeaderBylines(_ lines: [ClassifiedLine], _ f: inout LineFacts) {
        guard config.headerBylines else { return }
        for t in lines.indices where f.shape[t] == .trailer && lines[t].words >= 2 && lines[t].words <= Byline.maxWords {
            let credited = creditBelow(t, f)
            guard stampBelow(t, f.shape, lines) || credited, headlineOrDekAbove(t, lines, f, flush: credited) else { continue }
            f.shape[t] = .headerByline
        }
    }

    /// The next line below trailer `t` (blank lines aside) is a stripped time stamp: the byline's
    /// date; or a stripped reading time (`5 min read`, `Reading time: 5 minutes`), which only a
    /// page's header carries (`BoundaryHeaderReadingTime.swift`). (A sign-off over the next page's
    /// newsletter box, byline and stamp is no byline.)
    func stampBelow(_ t: Int, _ shape: [LineFacts.Shape], _ lines: [ClassifiedLine]) -> Bool {
        var j = t + 1
        while j < lines.count && shape[j] == .blank { j += 1 }
        guard j < lines.count else { return false }
        if case .stripped(_, .timestamp?) = lines[j].kind { return true }
        return isReadingTimeBelow(j, shape, lines)
    }

    /// Above trailer `t`, past blank lines and stripped non-trailer lines (a caption, a widget), is
    /// a standing headline, or a dek paragraph right under one.
    private func headlineOrDekAbove(_ t: Int, _ lines: [ClassifiedLine], _ f: LineFacts, flush: Bool = false) -> Bool {
        var p = t - 1
        while p >= 0 && f.shape[p] != .body {
            if f.shape[p] == .trailer || f.shape[p] == .headerByline { return false }
            p -= 1
        }
        // A paragraph reflowed onto one line is no dek either when it runs past `maxDekWords`.
        guard p >= 0, !f.byline[p], !f.bullet[p], lines[p].words <= Self.maxDekWords else { return false }
        // A photo's caption set between the headline and its byline (`BoundaryHeaderReadingTime.swift`).
        if config.headerReadingTime && isCaptionUnderHeadline(p, t, lines, f) { return true }
        // Over a credit, a headline flush under the story before (`BoundaryCreditedByline.swift`).
        if flush && ((p + 1)..<t).allSatisfy({ f.shape[$0] == .blank }) && isFlushHeadline(p, lines, f) { return true }
        // The paragraph holding `p` (a hard-wrapped dek runs over several lines).
        var first = p, words = lines[p].words
        while first > 0 && f.shape[first - 1] == .body && !f.byline[first - 1] {
            first -= 1
            words += lines[first].words
            if words > Self.maxDekWords { return false }
        }
        if first == p && isStandingHeadline(p, lines, f) { return true }
        // A dek: one paragraph that ends like a sentence (or a question), right under a headline
        // (blank lines between only).
        guard f.ending[p] != .open else { return false }
        var h = first - 1
        while h >= 0 && f.shape[h] == .blank { h -= 1 }
        guard h >= 0, h < first - 1, f.shape[h] == .body, h == 0 || f.shape[h - 1] != .body else { return false }
        if isStandingHeadline(h, lines, f) { return true }
        // A dek of two paragraphs, each set apart (`BoundaryHeaderReadingTime.swift`).
        guard config.headerReadingTime, !f.byline[h], !f.bullet[h], f.ending[h] != .open,
              lines[h].words + words <= Self.maxDekWords * 2 else { return false }
        var h2 = h - 1
        while h2 >= 0 && f.shape[h2] == .blank { h2 -= 1 }
        guard h2 >= 0, h2 < h - 1, f.shape[h2] == .body, h2 == 0 || f.shape[h2 - 1] != .body else { return false }
        return isStandingHeadline(h2, lines, f)
    }

    /// Line `h` reads as a headline on its own: `minKickedHeadlineWords` to `max_words` words,
    /// capitalised, and open (or a question), or set in Title Case (`It's Good That … Bernie. Now
    /// We Have to Organize.`); a paragraph of its own (no body line right above it).
    func isStandingHeadline(_ h: Int, _ lines: [ClassifiedLine], _ f: LineFacts) -> Bool {
        guard lines[h].words >= StorySplitter.minKickedHeadlineWords, lines[h].words <= config.maxWords,
              h == 0 || f.shape[h - 1] != .body, !f.byline[h], !f.bullet[h] else { return false }
        return lines.withContentBytes(h) { u in
            // An embedded tweet ending on its attribution is no headline (`BoundaryTweetEnd.swift`).
            guard LineText.startsCapitalised(u), !Self.endsOnTweetAttribution(u) else { return false }
            return f.ending[h] != .sentence || SplitText.titleCaseShare(u) >= config.titleCaseShare
        }
    }
}
