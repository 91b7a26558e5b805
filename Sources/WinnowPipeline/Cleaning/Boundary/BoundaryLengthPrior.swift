/// Story-length prior: a "story" of a line or two between two starts is unlikely (a subhead, a
/// caption, a pull quote scored as a headline), so the planner keeps the set of starts that gives
/// every story its length (`min_story_words`, and in a dump of whole articles `short_story_words`).
extension BoundaryPlanner {
    /// Keeps the set of starts with the largest total margin such that every story has at least
    /// `min_story_words` body words: a dynamic program over the candidates of the whole text, so a
    /// strong start is not lost to a chain of weak ones next to it (dropping one boundary at a
    /// time, the weaker of a short story's two, can keep the wrong one of three close together).
    /// A start is worth its margin over the threshold plus one, so of two plans of equal margin
    /// the one with more stories wins.
    ///
    /// `soft`: a dump glued from unrelated sources (cohesion in use) holds whole articles, so a
    /// story under `short_story_words` (or under the mean words per candidate story, if less)
    /// opened by a bare headline also costs `short_story_cost` ×
    /// its shortfall share: a weak start that leaves a fragment loses to the plan without it, a
    /// strong one stays. A one-topic live blog (cohesion left out) is made of short entries and
    /// gets no soft cost.
    /// `words[i]`: body words of lines before i.
    func applyLengthPrior(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ words: [Int],
                          _ plan: inout Plan, soft: Bool) {
        dropLoneShortTail(&candidates, lines, words, &plan)  // one start: `BoundaryLoneTail.swift`
        joinShortTop(&candidates, lines, words, &plan)       // the text's top: `BoundaryShortTop.swift`
        let m = candidates.count
        guard config.minStoryWords > 0 || (soft && config.shortStoryWords > 0), m > 1 else { return }
        // Only a story opened by a bare headline (no header block, dateline lede, trailer before
        // it or start of text: shape and topic alone) pays the soft cost; that is what an in-article
        // subhead looks like. A dateline lede or a headline with a header block opens short stories too.
        // (Short unknown lines under it, `furniture_after`, are too weak to count.)
        let bare = candidates.map { Self.isBare($0.start) }
        // A headline with a stripped trailer right above: the story before is over and this is the
        // next one's headline, so a start close below it is that story's own lede or a line of it.
        // (A dateline-shaped line after a trailer is as often a promo, `NOW WATCH: …`, above the
        // next headline.)
        let closed = candidates.map { $0.start.isTitle && !Self.isKicker($0.start.scored) && $0.start.scored.fired.contains(.trailerBefore) }
        let from = candidates.map { $0.start.isTitle ? $0.line + 1 : $0.line }
        // A headline over a page header opens a story however short (`min_header_story_words`)
        // when a trailer ends it or the text does: a short block between such a header and the
        // next start with no trailer between is as often the page's teaser over a lede the scores
        // started, or an introduction over an article it quotes whole (`The full text of the op-ed
        // is printed below.` over the op-ed's own headline and byline).
        // So does any start with a trailer right above it (`trailer_before`) when a trailer
        // closes it too: an item bracketed by sign-offs (a newsletter's `Read the full story »`
        // between items of a paragraph or two) is a story, not a subhead's fragment.
        // A start right under a read-more button, however scored (`BoundaryReadMoreEdge.swift`).
        let readMore = candidates.map { config.minHeaderStoryWords > 0 && isReadMoreItem($0, lines, plan.facts) }
        let header = candidates.indices.map { k in let c = candidates[k]; return config.minHeaderStoryWords > 0
            && (Self.hasPageHeader(c.start) || Self.isClosedItem(c.start, words: lines[c.line].words)
                || c.start.scored.fired.contains(.readMoreEdge)  // an item's lede under a button (`BoundaryReadMoreEdge.swift`)
                || readMore[k]) }
        let bareItem = candidates.map { config.minHeaderStoryWords > 0 && Self.isBareItem($0.start, words: lines[$0.line].words) }
        let closes = candidates.map { $0.start.scored.fired.contains(.trailerBefore) || $0.start.scored.fired.contains(.readMoreEdge) }
        /// The least body words of story `k` when start `j` (`m`: the end of the text) follows it.
        func least(_ k: Int, _ j: Int) -> Int {
            let closed = j == m || closes[j]
            // A bare item's close: the next item's headline, or its lede under the button.
            let item = header[k] && closed || bareItem[k] && (j == m || closes[j] && (candidates[j].start.isTitle || readMore[j]))
            return item ? min(config.minStoryWords, config.minHeaderStoryWords) : config.minStoryWords
        }
        // A bare dateline lede with (almost) no body below it before the next start: an article's
        // end note or caption (`UPDATE: …`, `CORRECTION: …`, `FILE PHOTO: …`), not a story.
        let note = candidates.map { soft && config.noteStoryLines > 0 && Self.isBareLede($0.start) && Self.underParagraph($0.line, lines, bullet: plan.facts.bullet) }
        var paras = [Int](repeating: 0, count: config.noteStoryLines > 0 ? lines.count + 1 : 0)
        if config.noteStoryLines > 0 {
            // Shapes, not lines: enumerating the lines would copy (retain) each one. Through the
            // buffer: a store through the array's subscript called its uniqueness check for every
            // line (~4 M instructions on e2esub).
            let shape = plan.facts.shape
            paras.withUnsafeMutableBufferPointer { p in
                for i in lines.indices { p[i + 1] = p[i] + (shape[i] == .body ? 1 : 0) }
            }
        }
        // Short against the dump's own stories too: no shorter than the mean words per candidate
        // story, so a dump of short briefs is not merged (a subhead is a small part of a long story).
        let mean = Double(words[lines.count] - words[from[0]]) / Double(m)
        let short = soft ? min(Double(config.shortStoryWords), mean) : 0
        /// Cost of story `k` of `n` body words followed by start `j`, infinite below the hard minimum.
        func cost(_ k: Int, _ n: Int, next j: Int) -> Double {
            if n < least(k, j) { return .infinity }
            return bare[k] && Double(n) < short ? config.shortStoryCost * (short - Double(n)) / short : 0
        }
        /// `cost` of story `k` ending before line `end`, with the end-note cost.
        func cost(_ k: Int, _ n: Int, end: Int, next j: Int) -> Double {
            let c = cost(k, n, next: j)
            guard note[k], c < .infinity, paras[end] - paras[candidates[k].line] <= config.noteStoryLines else { return c }
            return c + config.shortStoryCost
        }
        // Only over candidates in line order (as the planner keeps them): the cut-off needs it.
        let ordered = candidates.indices.dropFirst().allSatisfy { candidates[$0 - 1].line < candidates[$0].line }
        let (best, next) = Self.bestChains(m, value: { k in
            candidates[k].start.scored.score - config.threshold + 1 + (closed[k] ? config.closedStartBonus : 0)
        }, cost: { k, j in
            let end = j == m ? lines.count : candidates[j].line
            return cost(k, words[end] - words[from[k]], end: end, next: j)
        }, free: { k, j in
            // Story k ending at candidate j's start costs nothing, nor does any longer one: past
            // the hard minimum (no start's), its cost only falls as words and paragraphs grow.
            guard ordered else { return false }
            let end = candidates[j].line, n = words[end] - words[from[k]]
            return n >= config.minStoryWords && cost(k, n, end: end, next: j) == 0
        })
        var keep = [Bool](repeating: false, count: m)
        if let first = best.indices.max(by: { best[$0] < best[$1] || (best[$0] == best[$1] && $0 > $1) }), best[first] > -.infinity {
            var k = first
            while k < m { keep[k] = true; k = next[k] }
        } else if let strongest = candidates.indices.max(by: { candidates[$0].start.scored.score < candidates[$1].start.scored.score }) {
            keep[strongest] = true  // no plan gives every story its length: the text is one story
        }
        for k in candidates.indices where !keep[k] {
            var s = candidates[k].start.scored
            s.note(note[k] ? "dropped by the story-length prior (note_story_lines: a dateline lede with no body, an end note)" : "dropped by the story-length prior")
            plan.rejected[candidates[k].line] = s
            plan.lengthDropped.insert(candidates[k].line)
            if candidates[k].start.isTitle { plan.lengthDroppedTitles.insert(candidates[k].line) }
        }
        candidates = candidates.indices.filter { keep[$0] }.map { candidates[$0] }
    }

    /// The dynamic program of `applyLengthPrior` over `m` candidates: `best[k]` is the best total
    /// of a plan whose first start is candidate k (`value(k)` plus the best rest; -inf: none),
    /// `next[k]` its second start (m: none). `cost(k, j)`: of the story from k to candidate j's
    /// start (j == m: to the end of the text); `free(k, j)`: that story and every longer one from k
    /// cost nothing (body words and paragraphs only grow down the text).
    ///
    /// Past the first such j, the rest of the scan over j is the greatest `best` from j on, and
    /// the first candidate holding it (as the scan's strict `>` picks): kept per suffix, so the
    /// program is about linear in the candidates, not quadratic (it was ~7 M instructions on a
    /// 2.4 MB dump of 800 candidates). With `free` always false it is the plain scan (the tests'
    /// reference).
    @inline(__always)
    static func bestChains(_ m: Int, value: (Int) -> Double, cost: (Int, Int) -> Double,
                           free: (Int, Int) -> Bool) -> (best: [Double], next: [Int]) {
        var best = [Double](repeating: -.infinity, count: m)
        var next = [Int](repeating: m, count: m)
        var suffixBest = [Double](repeating: -.infinity, count: m + 1)
        var suffixFirst = [Int](repeating: m, count: m + 1)
        for k in stride(from: m - 1, through: 0, by: -1) {
            var rest = -cost(k, m)
            var nx = m
            for j in (k + 1)..<m {
                if free(k, j) {
                    if suffixBest[j] > rest { rest = suffixBest[j]; nx = suffixFirst[j] }
                    break
                }
                let v = best[j] - cost(k, j)
                if v > rest { rest = v; nx = j }
            }
            if rest > -.infinity {
                best[k] = value(k) + rest
                next[k] = nx
            }
            // Ties go to the earlier candidate, as in the scan.
            if best[k] >= suffixBest[k + 1] { suffixBest[k] = best[k]; suffixFirst[k] = k }
            else { suffixBest[k] = suffixBest[k + 1]; suffixFirst[k] = suffixFirst[k + 1] }
        }
        return (best, next)
    }

    /// A headline start over a page header: a byline below it (`byline_after`,
    /// `short_byline_after`) with a time stamp, widget or credit there too, or a trailer closing
    /// the story above. No subhead inside an article carries a byline.
    static func hasPageHeader(_ start: Start) -> Bool {
        let f = start.scored.fired
        return start.isTitle && (f.contains(.bylineAfter) || f.contains(.shortBylineAfter))
            && (f.contains(.widgetAfter) || f.contains(.creditAfter) || f.contains(.trailerBefore))
    }

    /// A headline under a trailer (`trailer_before`) with furniture of its own under it (a source
    /// and reading time, a credit): a digest's item, short as such items are. Not a page's title
    /// line that its headline repeats below (`repeated_after`): the page's own header block, whose
    /// headline the planner starts at instead; nor a word or two (`closedItemMinWords`: a brand or
    /// menu label under a page's footer, `MetroDeals`).
    ///
    /// An item whose furniture sits above its first line is one too: a dateline lede (`DES MOINES,
    /// Iowa - …`, or a labelled headline read as one, `DONALD TRUMP: AMERICA NEEDS …`) under a page
    /// header (`page_header`: the source and reading time) under the trailer. Only a dateline lede:
    /// any lede under a trailer and a header split stories of the blind sets at a short lede
    /// (b2 .9652 -> .9605); a dateline opens an item's first paragraph, not a story's later one.
    static func isClosedItem(_ start: Start, words: Int) -> Bool {
        let f = start.scored.fired
        let furniture = start.isTitle ? f.contains(.widgetAfter) || f.contains(.creditAfter)
            : f.contains(.pageHeader) && f.contains(.datelineStart)
        return f.contains(.trailerBefore) && furniture && !f.contains(.repeatedAfter) && words >= closedItemMinWords
    }

    /// A digest item with no furniture of its own: a headline-shaped line (`open_ending`, no
    /// dateline) under a trailer or at the text's start, over a paragraph or two. `least` asks
    /// more of it than of `isClosedItem`: a trailer closing it and the next item's headline
    /// under that trailer (items bracketed by read-more buttons). Closed by a trailer alone,
    /// the "item" was as often a page's header block with a contributor line in it, over the
    /// lede the header's teaser repeats. Without it the reader sets' digests lost .01
    /// story_f1: their items of a paragraph or two were merged.
    static func isBareItem(_ start: Start, words: Int) -> Bool {
        let f = start.scored.fired
        return start.isTitle && f.contains(.openEnding) && !f.contains(.datelineStart) && !f.contains(.repeatedAfter)
            && (f.contains(.trailerBefore) || f.contains(.startOfText)) && words >= closedItemMinWords
    }

    /// Fewest words of a digest item's headline (`isClosedItem`).
    static let closedItemMinWords = 3

    /// A dateline lede start on its own: not a title or kicker, no trailer or stripped dateline
    /// above it, not the start of the text. `note_story_lines` asks whether it has a body.
    static func isBareLede(_ start: Start) -> Bool {
        !start.isTitle && start.scored.fired.contains(.datelineStart) && !start.scored.fired.contains {
            $0 == .trailerBefore || $0 == .startOfText || $0 == .strippedDateline || $0 == .kickerHeadline
        }
    }

    /// The nearest non-blank line above `i` is a kept paragraph (not a bullet): the line goes on
    /// a story's text. (Page furniture right above, a widget, a credit or a teaser bullet, is a
    /// header block whose headline was missed: a lede under it opens a story however short.)
    static func underParagraph(_ i: Int, _ lines: [ClassifiedLine], bullet: [Bool]) -> Bool {
        var p = i - 1
        while p >= 0, case .blank = lines[p].kind { p -= 1 }
        return p >= 0 && lines[p].kind == .body && !bullet[p]
    }
}
