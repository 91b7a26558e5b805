/// A title start that repeats a headline above its own header moves up to that first copy.
///
/// A page sets its headline over its header block (a dek or two, a byline, a time stamp, a photo
/// credit, share widgets) and many sites set it again over the article text:
/// `What Is A Nationalist …?` / `We are about to have …` / `By Jane Doe` / `Published …` /
/// `What Is A Nationalist …?` / lede. The second copy scores as the headline (the widgets and
/// credit around it, `header_repeat`) while the first is held back by `repeats_above`'s mirror
/// (the story-length prior keeps one of two starts a few lines apart, and the second scores
/// higher). The story then starts at the second copy and the first copy and the dek are left as
/// the last lines of the story above: that story gains lines it never had, this one loses its dek.
///
/// So a title start whose line repeats (`repeats_above`) a body line above it, with nothing but
/// deks (sentences or questions, at most `maxDeks`) and furniture (stripped lines, bylines,
/// credits; one at least) between, moves up to the first copy when that copy stands where a story
/// ends (`standsAtStoryEnd`: the text's start, a stripped line, or a paragraph that ended). A copy
/// over a headline-shaped line (a list of headlines: `Most read`) or over prose is no header.
/// The second copy, the title's key again, is stripped as the repeated headline; deks the story
/// repeats whole leave the text (`markRepeatedDeks`).
extension BoundaryPlanner {
    func liftRepeatedTitles(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        for k in candidates.indices where candidates[k].start.isTitle {
            let i = candidates[k].line
            // A headline read as its header's first copy (`header_repeat_below`): the deks its text
            // prints again leave it, as under a headline lifted over its header.
            if candidates[k].start.scored.fired.contains(.headerRepeatBelow), let deks = repeatedHeaderDeks(i, lines, facts) {
                markRepeatedDeks(deks, lines, &plan)
            }
            guard candidates[k].start.scored.fired.contains(.repeatsAbove) else { continue }
            let floor = k == 0 ? -1 : candidates[k - 1].line
            guard let top = firstCopy(above: i, floor: floor, lines, facts),
                  standsAtStoryEnd(top, floor, lines, facts) else { continue }
            moveTitleStart(k, to: top, note: "headline's first copy over the header block of its repeat at line \(i + 1)", &candidates, &plan)
            // Its deks stay: the text under the second copy is the article as printed.
        }
    }

    /// The body line above `i` (above `floor`, within `repeatReach` lines) with `i`'s key, when
    /// only deks (`isHeaderDek`, at most `maxDeks`) and furniture (one line at least) stand between;
    /// else nil.
    func firstCopy(above i: Int, floor: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Int? {
        let key = lines[i].key
        var deks = 0
        var furniture = 0
        var p = i - 1
        while p > max(floor, i - 1 - BoundaryScorer.repeatReach) {
            defer { p -= 1 }
            switch facts.shape[p] {
            case .blank: continue
            case .body: break
            default: furniture += 1; continue
            }
            if lines[p].key == key { return furniture > 0 && !facts.bullet[p] ? p : nil }
            if facts.byline[p] || facts.credit[p] { furniture += 1; continue }
            guard deks < Self.maxDeks, isHeaderDek(p, lines, facts) else { return nil }
            deks += 1
        }
        return nil
    }

    /// A dek: a sentence or a question of a few words; a headline-shaped line between (a list of
    /// headlines) is no header's dek.
    private func isHeaderDek(_ p: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        facts.ending[p] != .open && !facts.bullet[p]
            && lines[p].words >= StorySplitter.minKickedHeadlineWords && lines[p].words <= 2 * config.maxWords
    }
}

extension BoundaryPlanner {
    /// Lines below a header's lede searched for its dek set again (`repeatsBelowHeader`).
    static let dekEchoReach = 60

    /// Line `i` heads a header block its page sets again below it (`header_repeat_below`): walking
    /// down over deks (at most `maxDeks`) and furniture (stripped lines, bylines, credits) with a
    /// page edge among them (a byline, a time stamp: an `Advertisement` or a credit alone sits
    /// between an article's own paragraphs), either `i`'s own key comes back as a body line (one
    /// dek at least between: a repeat right under the line is `header_repeat`'s), or, at the
    /// lede, the first dek comes back whole within `dekEchoReach` lines: the page's standfirst
    /// over its header, printed again in its text. A subhead's paragraph is never printed twice
    /// across a byline or a time stamp.
    func repeatsBelowHeader(_ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        repeatedHeaderDeks(i, lines, facts) != nil
    }

    /// The deks of the header `repeatsBelowHeader` reads under line `i`, or nil when it reads none.
    func repeatedHeaderDeks(_ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> [Int]? {
        let key = lines[i].key
        var deks: [Int] = []
        var edge = false
        var j = i + 1
        let end = min(lines.count, i + 1 + BoundaryScorer.repeatReach)
        while j < end {
            switch facts.shape[j] {
            case .blank: j += 1; continue
            case .body: break
            default:
                if lines[j].strippedRole == .timestamp || facts.shape[j] == .headerByline { edge = true }
                j += 1
                continue
            }
            if lines[j].key == key { return edge && !deks.isEmpty ? deks : nil }
            if facts.byline[j] || facts.credit[j] {
                if facts.byline[j] { edge = true }
                j += 1
                continue
            }
            guard deks.count < Self.maxDeks, isHeaderDek(j, lines, facts) else { break }
            deks.append(j)
            j += 1
        }
        // `j`: the lede (or the reach's end: no lede, no echo asked).
        guard edge, j < end, let d = deks.first else { return nil }
        var k = j
        while k < min(lines.count, j + Self.dekEchoReach) {
            if facts.shape[k] == .body && lines[k].key == lines[d].key { return deks }
            k += 1
        }
        return nil
    }
}
