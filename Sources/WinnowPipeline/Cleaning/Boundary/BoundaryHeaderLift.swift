/// A headline over its own header block, above a start planned under it.
///
/// A page sets its header top down: headline, a dek (a sentence or two that sells the story),
/// then furniture (byline, time stamp, share widgets, a photo and its credit), then the lede. The
/// line scores often start the story low in that block: at the lede (a dateline lede, or a prose
/// line under the furniture block), or at the dek, which the furniture under it makes look like
/// the headline (`credit_after`, `widget_after`). The headline above is then left as the last line
/// of the story before, and the story gets no title or the dek's sentence as its title.
///
/// So a start that has no headline of its own (a lede, or a title line ending like a sentence or
/// a question: a dek) moves up to the headline of its header: walking up over blank lines,
/// stripped lines and kept bylines (the furniture, one line at least) and at most `maxDeks`
/// sentence lines (deks), the first line that reads as a headline (`isHeaderHeadline`), which
/// stands where a story ends (the text's start, a stripped line, or a paragraph that ended above
/// it). A line ending in a question is a headline only when no headline-shaped line stands right
/// above it (a dek asks questions too: `And will we keep using it when all of this is over?`).
///
/// Without a dek between, the block is `adoptOrphanHeadlines`'s (a line right over furniture
/// after a sentence's end is as often the previous story's last line: `— With assistance by …`).
///
/// The headline may itself have been stripped: learned from the corpus when the same story runs
/// in several dumps (its headline line then repeats across documents). The start stays where it
/// is and takes that line's text as its title (`Start.titleLine`).
///
/// And the text's first line, when no start is planned there, heads its story the same way when
/// it reads as a headline and a header block follows it (`Full Disclosure for All!` / byline /
/// time stamp / credit / lede): a start of text needs no score to start a story, but its title
/// was never chosen.
extension BoundaryPlanner {
    /// Content words a title needs for a line over it to restate it (`restatesTitle`).
    static let minRestatedWords = 3

    /// Line `p` holds every content word of title line `i` (`minRestatedWords` of them at least),
    /// in any order: the same headline worded twice. Asked of one line over a lifted start only.
    static func restatesTitle(_ p: Int, over i: Int, _ lines: [ClassifiedLine]) -> Bool {
        var above: Set<UInt64> = []
        lines.withContentBytes(p) { Cohesion.forEachContentWord($0) { above.insert($0) } }
        var words = 0
        var all = true
        lines.withContentBytes(i) { Cohesion.forEachContentWord($0) { words += 1; if !above.contains($0) { all = false } } }
        return all && words >= minRestatedWords
    }

    /// Dek lines a header may hold between headline and furniture (or the start).
    static let maxDeks = 2
    /// Non-blank lines walked up from a start to its headline.
    static let maxHeaderLines = 20

    func liftHeadlinesOverHeaders(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        for k in candidates.indices {
            let i = candidates[k].line
            let start = candidates[k].start
            // A start with a headline of its own keeps it; a kicker is `titleStartedKickers`'.
            // Nor does a title the scores read as a headline in two sentences (`two_sentence_headline`).
            // A title closed by a photo credit (`caption_credit`) is a caption, no headline either.
            // A title in sentence case the page repeats below (`repeated_after`) is as often the
            // dek of a headline right above it (`DONALD TRUMP PRAISES CHINA …` / `President says
            // he does not blame …` / furniture / the dek again), as a question title is: only the
            // line right above it, set apart (in capitals, or under a stripped line), may be its
            // headline. A title in Title Case or capitals is the headline the page repeats.
            let repeatedTitle = start.isTitle && facts.ending[i] == .open && start.scored.fired.contains(.repeatedAfter)
                && lines.withContentBytes(i) { !SplitText.setsAsHeadline($0, titleCaseShare: config.titleCaseShare) }
            let dekTitle = start.isTitle && (facts.ending[i] != .open || start.scored.fired.contains(.captionCredit) || repeatedTitle)
                && !Self.isKicker(start.scored)
                && !start.scored.fired.contains { $0 == .twoSentenceHeadline || $0 == .leadingHeadline }
            // A title too short for a headline (`SCROLL TO BOTTOM FOR UPDATES`, `THE FACTS`) under
            // furniture is a label in the header of a headline above it, as a lede is.
            let labelTitle = start.isTitle && !dekTitle && start.scored.fired.contains(.tooFewWords)
                && facts.ending[i] == .open && !Self.isKicker(start.scored)
            let floor = k == 0 ? -1 : candidates[k - 1].line
            // A start planned on a kept byline (`By Jane Doe, Staff Writer`, often read as a
            // headline by its shape, so skipped below) is its header's top furniture: a learned
            // headline right above it (blank lines between), set apart from other learned lines,
            // titles its story: a story run in several dumps (a fresh blind set: 3 titles lost).
            if !start.isTitle && facts.byline[i] {
                var p = i - 1
                while p > floor && facts.shape[p] == .blank { p -= 1 }
                if p > floor, isLearnedHeadline(p, lines), Self.learnedSetApart(p, lines, facts), !isPromoBoxItem(p, lines, facts) {
                    candidates[k].start.titleLine = p
                    candidates[k].start.scored.note("title from a learned headline right above its byline")
                    continue
                }
                // So is a `Read next` list's last item over the byline and its time stamp
                // (`BoundaryListHeadline.swift`).
                if p > floor, Self.isListItemOverByline(p, lines, facts) {
                    candidates[k].start.titleLine = p
                    candidates[k].start.scored.note("title from a link list's last item over its byline and time stamp")
                    continue
                }
            }
            guard dekTitle || labelTitle || !start.isTitle && !StorySplitter.readsAsStartHeadline(i, in: lines, facts: facts, config: config)
            else { continue }
            // A page's title tag is its top: the line above is the last page's tail.
            if Self.startsAtTitleTag(i, start, lines) { continue }
            // So is a thread's title over its poster line (`BoundaryForumPost.swift`).
            if start.isTitle && BoundaryScorer.isOverForumPost(i, in: lines) { continue }
            // Furniture right under a dek title counts as its header's (its score saw it).
            var furniture = dekTitle && Self.hasHeader(start.scored) ? 1 : 0
            var deks = dekTitle ? 1 : 0
            // A title ending in a question is a headline as often: only the line right above it
            // (blank lines between) can be its headline.
            let questionTitle = dekTitle && (facts.ending[i] == .question || repeatedTitle)
            var seen = 0
            var dekLines: [Int] = dekTitle ? [i] : []
            /// The start moves up to headline `top`; its own line keeps its score in
            /// `plan.rejected` (explain shows it), and the deks the story repeats are stripped.
            func lift(to top: Int, note: String, deks repeated: [Int]) {
                plan.rejected[top] = nil
                plan.rejected[i] = start.scored
                var lifted = start
                lifted.isTitle = true
                lifted.titleLine = nil
                lifted.scored.note(note)
                candidates[k] = Candidate(top, lifted)
                markRepeatedDeks(repeated, lines, &plan)
            }
            var p = i - 1
            while p > floor && seen < Self.maxHeaderLines {
                defer { p -= 1 }
                switch facts.shape[p] {
                case .blank:
                    // A separator read as a paragraph break (`* * *`, `---`) parts two pages: what
                    // stands over it is the last page's tail (a wrapped credit, a `Watch:` promo),
                    // never the headline of the header below it.
                    guard lines.isSeparatorLine(p) else { continue }
                    // The dek right under it over a header block is then the page's headline, set
                    // as a sentence (`The PPP worked how it was supposed to. That's the problem.`).
                    if furniture > 0, let top = dekLines.last, top != i {
                        lift(to: top, note: "headline under a separator over the header block of a start below it",
                             deks: Array(dekLines.dropLast()))
                    }
                    p = floor
                    continue
                case .body: break
                default:
                    seen += 1
                    // The page's top (its masthead, menu, skip links, breadcrumb): the header is
                    // below it, and a headline-shaped line above is the last page's tail (a
                    // sponsored box's titles, learned from every page that runs them).
                    // A headline set as two sentences (`Has the media accepted Trump? What that
                    // could mean.`) reads as a dek; right under the page's top, over a dek and the
                    // furniture, it is the page's headline (`isSentenceHeadlineUnderTop`).
                    if Self.topsPage(p, lines) {
                        if furniture > 0, dekLines.count >= 2, let top = dekLines.last, top != i,
                           isSentenceHeadlineUnderTop(top, lines, facts) {
                            lift(to: top, note: "headline in two sentences under the page's top, over a dek and the header block",
                                 deks: Array(dekLines.dropLast()))
                        }
                        p = floor; continue
                    }
                    // The last item of a `Read next` list over a byline and its stamp is the
                    // page's headline (`BoundaryListHeadline.swift`).
                    if !start.isTitle, Self.isListItemOverByline(p, lines, facts) {
                        candidates[k].start.titleLine = p
                        candidates[k].start.scored.note("title from a link list's last item over its byline and time stamp")
                        p = floor
                        continue
                    }
                    // A headline a rule stripped: learned, as a story's headline is when the story
                    // runs in several dumps. Right above a title ending in a question (blank lines
                    // between) it is that title's headline, the question its dek.
                    let learnedHeadline = (furniture > 0 || deks > 0) && isLearnedHeadline(p, lines)
                    // A trailer ends the story above: the header is below it. A credit line naming
                    // the author (`Written by Jane Doe`) is the header's byline, whatever its rule.
                    // A reader's comment or a forum reply's header is the thread of the story
                    // above (`BoundaryThreadReply.swift`): no header holds one.
                    // A social line between a headline and its dateline lede (`BoundaryTrailerUnderHeadline.swift`).
                    if seen == 1, let h = headlineOverHeaderTrailer(p, start: start, floor, lines, facts) {
                        lift(to: h, note: "headline over a sign-off line and the dateline lede below it", deks: [])
                        p = floor
                        continue
                    }
                    // A link list's item (`More from <Outlet>:` over its titles) closes the page
                    // above: the lines over it are that page's, not this header's.
                    if questionTitle && !(learnedHeadline && seen == 1 && Self.learnedSetApart(p, lines, facts))
                        || Self.endsStory(p, lines, facts) || Self.isThreadLine(p, lines)
                        || lines[p].strippedRule == ListContext.rule {
                        p = floor
                        continue
                    }
                    if learnedHeadline {
                        // The page's own headline right above it (`BoundaryHeadlineOverLearned.swift`).
                        if let q = headlineOverLearned(p, floor: floor, start: start, lines, plan) {
                            lift(to: q, note: "headline over a learned line (the publication's name) and the header block of a start below it", deks: dekLines)
                            p = floor
                            continue
                        }
                        // A sponsored box's item is no page's headline: a start in capitals titles
                        // itself (`BoundaryPromoBox.swift`).
                        if ownCapitalsHeadline(i, start, lines, facts), isPromoBoxItem(p, lines, facts) {
                            candidates[k].start.isTitle = true
                            candidates[k].start.scored.note("its own headline in capitals: the learned line over its header is a sponsored box's item")
                            p = floor
                            continue
                        }
                        // A start that reads as a headline itself is its own title (`BoundaryOwnHeadline.swift`).
                        if ownHeadline(i, start, lines, facts) {
                            candidates[k].start.isTitle = true
                            candidates[k].start.scored.note("its own headline: the learned line over its header is the page's top (the site's name)")
                            p = floor
                            continue
                        }
                        candidates[k].start.titleLine = p
                        candidates[k].start.scored.note("title from a stripped line above its header (a headline the rules stripped)")
                        markRepeatedDeks(dekLines, lines, &plan)
                        p = floor
                        continue
                    }
                    furniture += 1
                    continue
                }
                seen += 1
                if questionTitle && seen > 1 { break }
                if facts.byline[p] || facts.isKeyPoint(p) { furniture += 1; continue }
                guard !facts.bullet[p], lines[p].linkRule == nil else { break }
                // A headline the story-length prior dropped for the lede below its header block
                // (`BoundaryDroppedHeadline.swift`): that lede's header is its.
                if !start.isTitle, furniture > 0, isDroppedHeadline(p, lines, plan) {
                    lift(to: p, note: "headline the story-length prior dropped, over the header block of a start below it", deks: dekLines)
                    break
                }
                // `isHeaderHeadline` ends open, in a question, or trailing off (`readsAsHeadline`);
                // only a question may be the dek of a headline right above it.
                if isHeaderHeadline(p, lines, facts), facts.ending[p] != .question || !headlineRightAbove(p, floor, lines, facts) {
                    // Over a title ending in a question, a label title, or one the page repeats
                    // below (a page repeats its headline as often as a dek its lede), only a
                    // headline set apart:
                    // in capitals, or right under a stripped line (a separator, the last page's
                    // footer); not a story's last line (`Go deeper: …`, `Visit example.org …`).
                    if questionTitle || labelTitle || dekTitle && start.scored.fired.contains(.repeatedAfter),
                       !lines.withContentBytes(p, SplitText.isAllCapitals) && !Self.underStripped(p, lines, facts) { break }
                    // A dek says more than its headline: a longer line over a repeated title is
                    // the last story's tail (an author's bio), not its headline. Unless it says
                    // the title's words again (`Senate report knocks State on Benghazi` over
                    // `Senate Benghazi report knocks State`): the page's headline over the
                    // article's own, which a portal sets as the first line of its copy.
                    let restated = start.isTitle && seen == 1 && Self.restatesTitle(p, over: i, lines)
                    if repeatedTitle && lines[p].words >= lines[i].words && !restated { break }
                    // With no dek between, only a line that stands under stripped lines (or opens
                    // the text): after a paragraph, it is as often that story's last line. A
                    // headline right over the title it restates needs no furniture between: the
                    // title is the article's own, set as its copy's first line.
                    // Right over its byline and time stamp it heads the page (`BoundaryTrailerUnderHeadline.swift`).
                    if furniture > 0 || restated, deks > 0 ? standsAtStoryEnd(p, floor, lines, facts)
                        : standsUnderFurniture(p, floor, lines, facts) || headsBylineAndStamp(p, floor, lines, facts) {
                        lift(to: p, note: "headline over the dek and header block of a start below it", deks: dekLines)
                    }
                    break
                }
                // A sign-off (`Jane Doe is a bureau chief at The Daily.`) closes the story above:
                // it is no dek, and the headline over it is that story's, not this one's.
                guard !SignOff.matches(lines, p) else { break }
                // A dek: a sentence (or a question) of a few words or more. Not one opening in lower
                // case: the rest of a paragraph a column rule or a page's running head cut
                // (`authorization to refill prescriptions, he waits for hours, he said.`), and
                // the line over it that paragraph's first half, no headline.
                guard deks < Self.maxDeks, facts.ending[p] != .open, lines[p].words >= StorySplitter.minKickedHeadlineWords,
                      lines[p].words <= config.maxWords, !lines.withContentBytes(p, SplitText.startsLowercase) else { break }
                deks += 1
                dekLines.append(p)
            }
        }
        headFirstLine(&candidates, lines, &plan)
        titleFirstLedeFromLearned(&candidates, lines, &plan)
    }

    /// Body lines below a dek searched for its repeat.
    static let dekRepeatReach = 200

    /// Deks of a lifted header that come back whole as a paragraph of the story below (the same
    /// line key within `dekRepeatReach` lines) leave the text: kept, the paragraph would be there
    /// twice. A dek of its own is text and stays. A teaser cut short (`WASHINGTON (Reuters) - The
    /// U.S.` over the lede `WASHINGTON (Reuters) - The U.S. Senate passed …`) is the lede's opening
    /// repeated: the first paragraph below that starts with its words.
    func markRepeatedDeks(_ deks: [Int], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        for d in deks {
            var k = d + 1
            var firstBody = true
            while k < min(lines.count, d + Self.dekRepeatReach) {
                if plan.facts.shape[k] == .body {
                    if lines[k].key == lines[d].key { plan.repeatedDeks.insert(d); break }
                    if firstBody && lines[d].words >= StorySplitter.minKickedHeadlineWords
                        && lines.withContentBytes(d, { t in lines.withContentBytes(k) { u in
                            u.count > t.count + 1 && u[t.count] == 0x20 && u[..<t.count].elementsEqual(t) } }) {
                        plan.repeatedDeks.insert(d); break
                    }
                    firstBody = false
                }
                k += 1
            }
        }
    }

    /// Body line `p` reads as the headline of a header block: `StorySplitter.readsAsHeadline`'s
    /// shape (a dateline-shaped label allowed: `OPINION: Donald Trump's Opportunity Cost`; a lede
    /// ends its sentence), not a byline, not a section label.
    func isHeaderHeadline(_ p: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        StorySplitter.readsAsHeadline(p, in: lines, facts: facts, config: config, labelled: true)
            && !facts.byline[p] && !StorySplitter.isSectionLabel(p, in: lines, facts: facts)
            && !SignOff.matches(lines, p) && lines.withContentBytes(p) { u in
                // A sentence ending inside: a paragraph (`… from any phone. You can also …`),
                // unless set as a headline is (`Zoom Is a Nightmare. So Why Is …?`).
                // Nor a line with a link in it (`BoundaryLinkedLine.swift`), nor a correction
                // (`Correction: Corrected by: Jane Doe @ 08/14/2013`), set under a story's last
                // paragraph (`EditorsNote`).
                !Self.opensWithDash(u) && !BoundaryScorer.carriesLink(u) && !EditorsNote.opensCorrection(u)
                    && (!SplitText.hasInnerSentenceBreak(u) || SplitText.setsAsHeadline(u, titleCaseShare: config.titleCaseShare))
            }
    }

    /// The line opens with a dash (`— With assistance by …`, `-- Jane Doe`): a story's tail.
    static func opensWithDash(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let c = u.first else { return false }
        if c == 0x2D { return true }
        // U+2010…U+2015: hyphens and dashes.
        return u.count >= 3 && c == 0xE2 && u[1] == 0x80 && (0x90...0x95).contains(u[2])
    }

    /// Right above body line `p` (blank lines only between) is a headline-shaped line: `p`, ending
    /// in a question, is that headline's dek.
    /// A headline trailing off (`… Walk Into a Bar...`) is not read here, nor by `headFirstLine`
    /// (both ask `ending != .sentence` first), only by the lift's walk, which added it. Left so
    /// when that walk took it (output unchanged); admitting it here too is not measured.
    func headlineRightAbove(_ p: Int, _ floor: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var a = p - 1
        while a > floor && facts.shape[a] == .blank { a -= 1 }
        return a > floor && facts.shape[a] == .body && facts.ending[a] != .sentence && isHeaderHeadline(a, lines, facts)
    }

    /// Above line `p` (blank lines skipped) a story ended or none began: the text's start, a
    /// stripped line, or a body line ending like a sentence or a question. Not the planned start
    /// above (a headline right under a title is that story's dek or subhead).
    func standsAtStoryEnd(_ p: Int, _ floor: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        let a = lineAboveHeadline(p, floor, lines, facts)
        if a < 0 { return true }
        if a == floor { return false }
        return facts.shape[a] != .body || facts.ending[a] != .open
    }

    /// Stripped line `p` ends the story above it: a trailer right under a paragraph (blank lines
    /// between), unless it names the author as a header does (`namesAuthor`). A trailer inside a
    /// block of furniture (a disclaimer under the share widgets) ends nothing.
    static func endsStory(_ p: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard facts.shape[p] == .trailer, !lines.withTextBytes(p, { namesAuthor($0, words: lines[p].words) }) else { return false }
        // Up to the paragraph above: a page's header lines (a credit, a time stamp, a byline)
        // there make the trailer a disclaimer set in that header.
        var a = p - 1
        while a >= 0 && facts.shape[a] != .body {
            if facts.shape[a] == .credit || lines[a].strippedRole == .timestamp { return false }
            a -= 1
        }
        return a < 0 || !facts.byline[a]
    }

    /// Rules that strip a page's navigation, printed at the top of every page.
    static let pageTopRules: Set<String> = [NavMenu.rule, Masthead.rule, Masthead.trailRule, Masthead.navRule]

    /// Stripped line `p` is the top of a page: its masthead, menu, skip links or breadcrumb. The
    /// English skip links (`Skip to content`, `Skip to main content`) are `widget`'s lines, stripped
    /// before `chrome_nav` sees them; a skip link is the page's first control wherever it stands,
    /// so the masthead over it (a site name that every page prints, learned) is never the headline
    /// of the header below.
    static func topsPage(_ p: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard let r = lines[p].strippedRule else { return false }
        return pageTopRules.contains(r) || lines.withContentBytes(p) { ByteSearch.hasPrefixFoldingASCII($0, skipLink) }
            || isBreadcrumb(p, lines)  // `BoundaryBreadcrumb.swift`
    }

    /// A skip link's opening words, in ASCII lower case.
    private static let skipLink = Array("skip to ".utf8)

    /// Right above line `p` (blank lines skipped) is a stripped line, a separator (`———`, `* * *`:
    /// read as a paragraph break, it parts two pages as a stripped line does), or nothing.
    static func underStripped(_ p: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var a = p - 1
        while a >= 0 && facts.shape[a] == .blank {
            if lines.isSeparatorLine(a) { return true }
            a -= 1
        }
        return a < 0 || facts.shape[a] != .body
    }

    /// Above line `p` (blank lines and a section label skipped) is a stripped line, or nothing.
    func standsUnderFurniture(_ p: Int, _ floor: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        let a = lineAboveHeadline(p, floor, lines, facts)
        if a < 0 { return true }
        return a != floor && facts.shape[a] != .body
    }

    /// The line above headline `p`, past blank lines and a section label over it (`POLITICS` is
    /// the header's too: the story ended above it); -1 at the text's start. A desk label in
    /// sentence case (`Fact check`) counts as one here: it stands over a line that reads as a
    /// headline, over a dek and a header block, which is what `isSentenceCaseLabel` waits for
    /// (`kickersAboveTitles` then moves it to the lifted story's kicker).
    private func lineAboveHeadline(_ p: Int, _ floor: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Int {
        let a = facts.nonBlank(before: p) ?? -1
        if a > floor, facts.shape[a] == .body, StorySplitter.isSectionLabel(a, in: lines, facts: facts)
            || StorySplitter.isSentenceCaseLabel(a, in: lines, facts: facts) {
            return facts.nonBlank(before: a) ?? -1
        }
        return a
    }
}
