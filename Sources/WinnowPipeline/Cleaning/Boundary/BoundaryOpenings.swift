/// Planner passes that place a story's opening where a headline, a lead-in or a wire dateline
/// shows it (`BoundaryPlanner.plan` runs them after the line scores and dump-style checks).
extension BoundaryPlanner {
    /// A headline and the dateline lede right below it (only its header block between: credits,
    /// widgets, furniture, teasers), or the lede under a furniture block with at most a dek between
    /// (`deckBetween`), both passing the threshold are one story, not two: the lede
    /// stops being a start and the headline, its title, keeps the stronger of the two scores (the
    /// story-length prior would otherwise keep whichever of the two scored higher).
    func mergeHeadlineLedes(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard candidates.count > 1 else { return }
        var out: [Candidate] = []
        out.reserveCapacity(candidates.count)
        var k = 0
        // A headline that took the candidate below as its lede meets the next one too: a caption
        // opening like a dateline (`FILE - In this … photo`) passed for its lede, and the real
        // lede comes after it (`captionBetween`).
        var carried: Candidate?
        while k < candidates.count {
            var c = carried ?? candidates[k]
            let continuing = carried != nil
            carried = nil
            if k + 1 < candidates.count, c.start.isTitle, !candidates[k + 1].start.isTitle {
                let d = candidates[k + 1]
                let block = d.start.scored.fired.contains(.furnitureBlock)
                let datelineLede = !Self.isKicker(c.start.scored) && c.start.scored.fired.contains(.datelineAfter) && !block
                let captioned = !Self.isKicker(c.start.scored) && Self.hasHeader(c.start.scored)
                    && d.start.scored.fired.contains(.datelineStart) && !d.start.scored.fired.contains(.trailerBefore)
                    && Self.captionBetween(c.line, d.line, lines, plan.facts)
                // The caption itself opens like a dateline (`FILE - This March 13, 2020, file photo
                // …`) and is printed twice, right under the headline's header block: the headline
                // takes it as it takes a caption between, and meets the real lede next.
                let doubledCaption = !captioned && !continuing && !Self.isKicker(c.start.scored) && Self.hasHeader(c.start.scored)
                    && d.start.scored.fired.contains(.datelineStart) && !d.start.scored.fired.contains(.trailerBefore)
                    && Self.printedTwice(d.line, lines, plan.facts) && Self.headerOnlyBetween(c.line, d.line, lines, plan.facts)
                if doubledCaption {
                    var s = d.start.scored
                    s.note("a caption printed twice under the headline at line \(c.line + 1)")
                    plan.rejected[d.line] = s
                    carried = c
                    k += 1
                    continue
                }
                if captioned || !continuing && (datelineLede || block && Self.isHeadlineShaped(c.start.scored))
                    && (scorer.after(c.line, in: lines, facts: plan.facts, teasers: true).lede == d.line
                        || block && Self.deckBetween(c.line, d.line, lines, plan.facts)) {
                    var s = d.start.scored
                    s.note("lede of the headline at line \(c.line + 1)")
                    plan.rejected[d.line] = s
                    if d.start.scored.score > c.start.scored.score {
                        c.start.scored.score = d.start.scored.score
                        c.start.scored.note(block ? "takes its lede's score" : "takes its dateline lede's score")
                    }
                    carried = c
                    k += 1
                    continue
                }
            }
            out.append(c)
            k += 1
        }
        candidates = out
    }

    /// At most one body line lies between headline `h` and lede `l`, and the lede's furniture block
    /// (`BoundaryFurniture.swift`) lies below it: a page header's dek (`Headline` / `Its one-sentence
    /// summary.` / `By Jane Doe` / `Published …` / lede), which reads to the block as the end of a
    /// story above it. A headline's header block, not a new page.
    /// Scored as a headline of headline shape: not a paragraph or a sentence in sentence case (the
    /// last paragraph of the story above a page header passes on the header below it); Title Case
    /// and two-sentence headlines end like sentences (`Trump Vowed To Cut The Debt. It Just Hit A Record.`).
    static func isHeadlineShaped(_ s: ScoredLine) -> Bool {
        !s.fired.contains(.tooLong) && (!s.fired.contains(.sentenceEnding) || s.fired.contains(.titleCase) || s.fired.contains(.twoSentenceHeadline))
    }

    /// A trailer between them (a sign-off, `+++`) ended the headline's story: the line between is
    /// that story's one paragraph, not a dek.
    static func deckBetween(_ h: Int, _ l: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var body = 0
        for j in (h + 1)..<l {
            if facts.shape[j] == .trailer { return false }
            guard facts.shape[j] == .body && !facts.byline[j] && !facts.credit[j] else { continue }
            body += 1
            if body > 1 { return false }
        }
        return true
    }

    /// One kept paragraph lies between headline `h` and dateline lede `l`, once or printed twice in
    /// a row (the headline's own repeat, bylines, credits, bullets and a summary box aside), and no
    /// trailer: the photo caption a page sets between its header and its lede (`FILE - In this
    /// April 27, 2020, file photo, …` above `WASHINGTON (AP) — …`), too far below the headline for
    /// its lede search.
    /// A kept paragraph that ends with its photo's credit (`… (Jane Doe/Athens Banner-Herald via
    /// AP)`) is such a caption too, printed twice or not.
    static func captionBetween(_ h: Int, _ l: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var caption: Int?
        var credited = false
        for j in (h + 1)..<l {
            if facts.shape[j] == .trailer { return false }
            guard facts.shape[j] == .body && !facts.byline[j] && !facts.bullet[j] && !facts.isKeyPoint(j)
                    && lines[j].key != lines[h].key else { continue }
            if facts.credit[j] { credited = true; continue }
            // A dek over the header that the paragraph under it repeats whole (`This archived news
            // story is available …` over the byline, then the full notice): one paragraph.
            if let c = caption { if lines[j].key != lines[c].key && !Self.opensWith(j, c, lines) { return false }; caption = j } else { caption = j }
        }
        return caption != nil || credited
    }

    /// Line `j` opens with the whole of line `c` and a space: the paragraph repeats the dek set
    /// over the header (as `markRepeatedDeks` reads the repeat).
    static func opensWith(_ j: Int, _ c: Int, _ lines: [ClassifiedLine]) -> Bool {
        lines.withContentBytes(c) { t in lines.withContentBytes(j) { u in
            t.count >= 20 && u.count > t.count + 1 && u[t.count] == 0x20 && u[..<t.count].elementsEqual(t) } }
    }

    /// The next body line below line `i` (past blanks) is line `i` again: a paragraph printed twice.
    static func printedTwice(_ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard let j = facts.nonBlank(after: i) else { return false }
        return facts.shape[j] == .body && lines[j].key == lines[i].key
    }

    /// Only headline `h`'s header block lies between it and line `l`: stripped lines (no trailer),
    /// bylines, credits, bullets, a summary box and the headline's own repeat; no kept paragraph.
    static func headerOnlyBetween(_ h: Int, _ l: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        for j in (h + 1)..<l {
            if facts.shape[j] == .trailer { return false }
            if facts.shape[j] == .body && !facts.byline[j] && !facts.bullet[j] && !facts.isKeyPoint(j) && !facts.credit[j]
                && lines[j].key != lines[h].key { return false }
        }
        return true
    }

    /// Body lines between the end of a story (a trailer) and the next story's dateline lede, at most
    /// `maxLeadIn` of them: the new story's opening (an editor's note, a one-line teaser, a kicker
    /// before the dated paragraph), not the old story's tail, which the trailer closed. The story
    /// starts at the first of them; a lone headline-shaped one (open ending, headline length) is
    /// its title.
    func adoptLeadIns(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        for k in candidates.indices where !candidates[k].start.isTitle {
            let lede = candidates[k].line
            let floor = k > 0 ? candidates[k - 1].line : -1
            // Its own walk (not `previousBody`): it stops at a trailer and counts the body lines it passes.
            var p = lede - 1
            var first = -1, body = 0
            var closed = false
            while p > floor {
                switch lines[p].kind {
                case .blank: break
                // A trailer in a headline's header closes nothing (`BoundaryHeaderByline.swift`).
                case .stripped: if plan.facts.shape[p] == .trailer { closed = true }
                // An update note kept as body (`This article was updated on … to include …`) under
                // the trailer is the old story's tail: the lead-in lies below it. (Not every
                // sign-off: an author's bio opens some pages, under their byline: o1313, o8923.)
                case .body where lines.withContentBytes(p, SignOff.isUpdateNote): closed = true
                case .body:
                    body += 1
                    first = p
                }
                if closed || body > Self.maxLeadIn { break }
                p -= 1
            }
            guard closed, body > 0, body <= Self.maxLeadIn, first > floor else { continue }
            var start = Self.leadInStart(candidates[k].start, first: first, body: body, &plan)
            start.scored.note("opening of the story whose dateline lede is line \(lede + 1) (a trailer ends the story before)")
            candidates[k] = Candidate(first, start)
        }
    }

    /// A lede's start moved up to its lead-in, whose first line is `first` (`body` lines in all):
    /// a lone headline-shaped line (open ending, headline length) is the story's title. Shared by
    /// `adoptLeadIns` and `adoptWireLeadIns`.
    static func leadInStart(_ lede: Start, first: Int, body: Int, _ plan: inout Plan) -> Start {
        var start = lede
        if body == 1, let s = plan.rejected[first], s.fired.contains(.openEnding), s.fired.contains(.headlineLength) {
            start.isTitle = true
        }
        plan.rejected[first] = nil
        return start
    }

    /// A dateline lede that starts a story, with a headline-shaped line right above it (only blanks
    /// or stripped lines between) that scored within `lede_headline_margin` of the threshold and
    /// reads the lede as its own (`dateline_after`): that line is the story's headline, held
    /// under the threshold by a trait of its own (`… Over House G.O.P.` ends like a sentence),
    /// and the story starts there. A story's closing line above a lede is prose: too long, or a
    /// sentence not in Title Case (`That's a message we need to hear.`). Only in a dump whose
    /// stories mostly start at headlines.
    ///
    /// A sentence-case sentence (`New idea may offer common ground on immigration debate.`) is
    /// a headline too when its words come back in the lede below and not in the text above it
    /// (`affinity`, headline affinity above `affinity_neutral`); a closing remark (`That's a
    /// message we need to hear.`, `Watch video of the incident below.`) shares nothing with the
    /// next story's lede (`lede_sentence_affinity`; off: Title Case only).
    func adoptLedeHeadlines(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan,
                            affinity: inout HeadlineAffinity) {
        guard config.ledeHeadlineMargin > 0 else { return }
        // Only where stories start at headlines: in a dump of wire copy (most stories open at a
        // bare dateline lede) the line above a lede is the end of the story before.
        let bare = candidates.filter { !$0.start.isTitle }.count
        guard candidates.count - bare > bare else { return }
        let floor = config.threshold - config.ledeHeadlineMargin
        for k in candidates.indices where !candidates[k].start.isTitle {
            let lede = candidates[k].line
            guard let p = plan.facts.previousBody(before: lede), k == 0 || candidates[k - 1].line < p,
                  let s = plan.rejected[p], s.score >= floor,
                  s.fired.contains(.datelineAfter), !s.fired.contains(.tooLong), Self.isHeadlineCandidate(s),
                  // A sentence reads as a headline in Title Case, or when its words announce the lede.
                  !s.fired.contains(.sentenceEnding) || s.fired.contains(.titleCase)
                    || announces(p, lines, &affinity) else { continue }
            plan.rejected[p] = nil
            var start = candidates[k].start
            start.isTitle = true
            start.scored.note("headline of the dateline lede at line \(lede + 1), scored \((s.score * 100).rounded() / 100)")
            candidates[k] = Candidate(p, start)
        }
    }

    /// Line `p` (a sentence, not a colon label) shares more of its words with the text below it
    /// than with the text above it, by more than `affinity_neutral` (`lede_sentence_affinity` on).
    private func announces(_ p: Int, _ lines: [ClassifiedLine], _ affinity: inout HeadlineAffinity) -> Bool {
        guard config.ledeSentenceAffinity, config.affinityWindowWords > 0, lines.withContentBytes(p, { $0.last }) != 0x3A,
              let a = affinity.measure(p) else { return false }
        return a.after - a.before > config.affinityNeutral
    }

    /// One to `maxLeadIn` body lines, then a worded trailer, above line `i` (blank and stripped
    /// lines between them): a dateline lede at `i` opens a story whose lead-in follows the end of the
    /// story before (`closed_lead_ins`): cohesion with that story's tail is not asked, as for a lede
    /// right after a trailer, and `adoptLeadIns` moves the start up to the lead-in. A lead-in line
    /// that is a dateline lede itself (`ledes`) opened the story already: `i` is inside it.
    static func closedLeadIn(_ i: Int, _ lines: [ClassifiedLine], _ shape: [LineFacts.Shape], ledes: [Bool]) -> Bool {
        (bodyLinesUnderWordedTrailer(i, lines, shape, atMost: maxLeadIn, ledes: ledes) ?? 0) > 0
    }

    /// At most this many body lines between a trailer and a dateline lede open the lede's story.
    static let maxLeadIn = 2

    /// The dateline carries a date, an agency or a region, or sits in brackets (a `,` or `(` before
    /// its separator), and the separator is a dash (` -`, ` —`): `BEIJING, Dec 6 (Kyodo) -`,
    /// `(LONDON) —`, `ALEXANDRIA, VA –`. A bare label (`DUBAI —`, `FILE PHOTO:`) has no `,` or `(`;
    /// a speaker label has a colon (`SEAN HANNITY (HOST):`).
    static func isWireDateline(_ content: some StringProtocol, maxBytes: Int) -> Bool {
        SplitText.withBytes(content) { isWireDateline($0, maxBytes: maxBytes) }
    }

    static func isWireDateline(_ content: UnsafeBufferPointer<UInt8>, maxBytes: Int) -> Bool {
        var qualified = false
        var previous: UInt8 = 0
        for b in content.prefix(maxBytes) {
            switch b {
            case 0x2C, 0x28: qualified = true          // `,` `(`
            case 0x3A: return false                    // `:`
            case 0x2D where previous == 0x20: return qualified  // ` -`
            case 0xE2 where previous == 0x20: return qualified  // ` ` + a dash's lead byte
            default: break
            }
            previous = b
        }
        return false
    }
}
