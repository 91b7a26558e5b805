/// Story heads on a printed page's copy: a newspaper archive's OCR, whose pages carry running
/// heads (`A4 THE VALLEY COURIER WEDNESDAY, MAY 1, 2013`, stripped by `print_running_head`) and set
/// every story's head in capitals over its column, with or without a byline under it.
///
/// The capitals style (`BoundaryCapitals.swift`) lifts such heads only where their shape reads as a
/// headline's (`capitals_headline`, `joined_capitals_headline`) and their words come back below. A
/// printed desk sets heads of any length and wording (`THE WISDOM OF BOB DOLE`, `THE
/// FALSE-ACCUSER-IN-CHIEF`, `OPINION: A COMPLETE NATIONAL DISGRACE`, `CAN CLINTON FEEL THE BERN?`),
/// two stories of one day's paper share their words (cohesion held them under), and a head's
/// words are often few to come back below. So on a printed copy a run of capitals lines set
/// between mixed-case prose, the paragraph above ended and mixed-case copy (a lede or a byline)
/// below, is the next story's head (`printed_head`).
///
/// Only on a printed copy: elsewhere capitals lines between paragraphs are as often an article's
/// own section heads (a newsletter column's `SUNLIGHT & HEAT`, `TRUMP TEAM ON BIDEN`) or a site's
/// links to related stories, which a paper does not print between its paragraphs. There, too, the
/// capitals vote needs one capitals title only (`isPrintedCopy`): a two-story page whose second
/// head the scores held down has one. A newsletter prints no running heads, so its wrapped section
/// heads never vote. A capitals sentence closed by a full stop (a shout the story quotes, `TO HAVE
/// YOUR VOICE HEARD … GO HERE TO PROTECT THE UNBORN.`) is no head.
extension BoundaryPlanner {
    /// Running heads that make a text a printed page's copy: one could be a stray line.
    static let minRunningHeads = 2

    /// Most printed lines a head runs over (a column of 28 characters wraps a long head to 4).
    static let printedHeadMaxLines = 4

    /// Most words of a printed head, over all its lines; fewest (`BUDGET`, one word, is a jump head).
    static let printedHeadMaxWords = 30
    static let printedHeadMinWords = 2

    /// The text carries `minRunningHeads` running heads or more: stripped widget lines of
    /// `print_running_head`.
    static func isPrintedCopy(_ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var n = 0
        for i in lines.indices where facts.shape[i] == .widget && lines[i].strippedRule == BoundaryScorer.runningHeadRule {
            n += 1
            if n >= minRunningHeads { return true }
        }
        return false
    }

    /// On a printed copy whose capitals style voted (asked from `applyCapitalsStyle`): rejected
    /// lines that open a printed head (`isPrintedHead`) start their stories with `printed_head`,
    /// and title starts that open one are marked with it.
    /// Returns whether a candidate was added (the caller re-sorts).
    func liftPrintedHeads(_ candidates: inout [Candidate], _ caps: (Int) -> Bool, _ lines: [ClassifiedLine],
                          _ plan: inout Plan) -> Bool {
        let w = scorer.weights
        guard w[.printedHead] > 0 else { return false }
        // Heads that pass already carry the mark too: no bare subhead to the length prior, whose
        // soft cost dropped a head over the first part of a story that jumps to a later page.
        for k in candidates.indices where candidates[k].start.isTitle && !candidates[k].start.scored.fired.contains(.printedHead) {
            let i = candidates[k].line
            guard caps(i), Self.isPrintedHead(i, caps, lines, plan.facts) else { continue }
            candidates[k].start.scored.add(.printedHead, w)
        }
        var added = false
        for i in lines.indices where plan.facts.shape[i] == .body {
            guard var s = plan.rejected[i], lines[i].linkRule == nil, s.score + w[.printedHead] >= config.threshold,
                  caps(i), Self.isPrintedHead(i, caps, lines, plan.facts) else { continue }
            s.add(.printedHead, w)
            plan.rejected[i] = nil
            candidates.append(Candidate(i, Start(isTitle: true, scored: s)))
            added = true
        }
        return added
    }

    /// Line `i` (in capitals) opens a run of at most `printedHeadMaxLines` capitals lines, with no
    /// blank between, of `printedHeadMinWords`...`printedHeadMaxWords` words; the body line above the
    /// run is mixed case and ended, the next body line below it mixed case (a lede or a byline); the
    /// run does not end on one sentence closed by a full stop or a comma.
    static func isPrintedHead(_ i: Int, _ caps: (Int) -> Bool, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard let p = facts.previousBody(before: i), facts.ending[p] != .open, !caps(p) else { return false }
        var e = i, words = lines[i].words
        while e + 1 < lines.count, facts.shape[e + 1] == .body, caps(e + 1) {
            e += 1
            words += lines[e].words
            if e - i >= printedHeadMaxLines { return false }
        }
        guard words >= printedHeadMinWords, words <= printedHeadMaxWords else { return false }
        var n = e + 1
        while n < lines.count && facts.shape[n] != .body { n += 1 }
        guard n < lines.count, !caps(n) else { return false }
        // A sentence ending: a head only as two sentences on one line (`… PLAN. EXECUTIVE ABUSE OF POWER?`
        // ends on `?`; `… CLINTON? IT'S NOT WHO YOU THINK...`).
        guard facts.ending[e] == .sentence else { return true }
        return e == i && lines.withContentBytes(i) { SplitText.hasInnerSentenceBreak($0) || hasCapitalsSentenceBreak($0) }
    }
}
