/// Dump style "wire copy": every story opens with the agency's wire dateline (`CAIRO, March 10
/// (Reuters) -`, `(LONDON) —`) and closes with a sign-off the rules strip as a trailer (`Reuter`,
/// `(Reporting by …)`, `-- END --`). In such a dump a start with neither (no wire dateline of its
/// own, no trailer since the start before) is a line inside a story: an in-article label line
/// (`RELATED: …`, `TRENDING: …`, `GUEST COLUMN: …`, read as a colon dateline), a subhead, a book
/// or series title, a caption's wrapped tail. It gets `unsigned_opening` and stops being a start
/// if that takes it under the threshold. A headline over a dateline lede (`dateline_after`) is
/// that story's title and is left alone, as is the start of the text.
///
/// The style is read off the starts: at least `wire_style_share` of them (the first aside) open
/// with a wire dateline and have a trailer since the start before, and at least
/// `wire_style_min_starts` do. A dump whose ledes mix dateline kinds, or whose stories sign off
/// only now and then (contributor lines under some), does not qualify.
///
/// In a wire dump two more passes read the sign-offs: short lines between a sign-off and the next
/// wire lede open that story (`adoptWireLeadIns`), and the first line after a sign-off opens one
/// (`openAfterSignOffs`).
extension BoundaryPlanner {
    /// Longest credit line read as an agency's sign-off (`Associated Press`).
    static let agencySignOffBytes = 16
    /// A sign-off of at most this many words is whole even when it ends in a letter (`AP jw`).
    static let shortSignOffWords = 3

    func applyWireOpenings(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let w = scorer.weights
        let m = candidates.count
        guard w[.unsignedOpening] != 0, config.wireStyleMinStarts > 0, m > config.wireStyleMinStarts else { return }
        let facts = plan.facts
        /// A line that ends a story: a worded trailer (a bare mark, `• • •`, also parts an article's
        /// sections), or a bare agency name stripped as a credit (`AP`, `Reuters`): the agency's
        /// sign-off under the last paragraph (the credit rule reads it first).
        func closing(_ j: Int) -> Bool {
            facts.shape[j] == .trailer && lines.withTextBytes(j, Self.hasLetter)
                || facts.shape[j] == .credit && lines[j].words <= 2 && lines[j].textByteCount <= Self.agencySignOffBytes
        }
        /// Such a line lies between line a and start b, or a kept sign-off line right above b.
        func signedOff(_ a: Int, _ b: Candidate) -> Bool {
            if b.start.scored.fired.contains(.signOffBefore) { return true }
            for j in (a + 1)..<b.line where closing(j) { return true }
            return false
        }
        /// The start opens with a wire dateline (its own, or one on the stripped line above it).
        func wired(_ c: Candidate) -> Bool {
            if c.start.scored.fired.contains(.strippedDateline) { return true }
            guard !c.start.isTitle, c.start.scored.fired.contains(.datelineStart) else { return false }
            return lines.withContentBytes(c.line) { Self.isWireDateline($0, maxBytes: config.datelineMaxChars) }
        }
        var wire = 0
        for k in 1..<m where wired(candidates[k]) && signedOff(candidates[k - 1].line, candidates[k]) { wire += 1 }
        guard wire >= config.wireStyleMinStarts, Double(wire) >= config.wireStyleShare * Double(m - 1) else { return }
        var kept: [Candidate] = [candidates[0]]
        for c in candidates.dropFirst() {
            let prev = kept[kept.count - 1]
            let s = c.start.scored
            guard !wired(c), !signedOff(prev.line, c), !s.fired.contains(.startOfText),
                  !(c.start.isTitle && s.fired.contains(.datelineAfter)) else { kept.append(c); continue }
            if let c = demoted(c, .unsignedOpening, note: "wire dump: no wire dateline and no sign-off since the start at line \(prev.line + 1)", &plan) {
                kept.append(c)
            }
        }
        candidates = kept
        if config.wireLeadInLines > 0 { adoptWireLeadIns(&candidates, lines, &plan, closing: closing) }
        if config.wireSignedOpenings { openAfterSignOffs(&candidates, lines, &plan) }
    }

    /// In wire copy the line after a sign-off opens the next story, whatever it looks like (a
    /// speaker turn `ABC NEWS' JONATHAN KARL: …`, a labelled headline `AP FACT CHECK: …`, a
    /// dateline-less lede). The first body line after a worded trailer that does not start a
    /// story, with no start between the trailer and it, gets `wire_signed_opening` and starts one.
    /// A long trailer that stops mid-sentence (`Follow Fox News on Facebook: … Follow`) goes on
    /// on the next line: that line is not an opening.
    func openAfterSignOffs(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        var added: [Candidate] = []
        var k = 0
        var j = candidates.first?.line ?? lines.count
        while j < lines.count {
            defer { j += 1 }
            // A worded trailer that ends there: a short sign-off (`Reuter`, `AP jw`, `-- END --`) or
            // one that does not stop mid-sentence (a long one that does wraps onto the next line).
            guard facts.shape[j] == .trailer, lines.withTextBytes(j, Self.hasLetter),
                  lines[j].words <= Self.shortSignOffWords || !lines.withTextBytes(j, Reflow.endsMidSentence) else { continue }
            var b = j + 1
            while b < lines.count && facts.shape[b] != .body { b += 1 }
            guard b < lines.count else { break }
            while k < candidates.count && candidates[k].line < b { k += 1 }
            if k < candidates.count && candidates[k].line == b { continue }
            var s = plan.rejected[b] ?? ScoredLine()
            s.add(.wireSignedOpening, scorer.weights)
            s.note("wire dump: first line after the sign-off at line \(j + 1)")
            plan.rejected[b] = nil
            added.append(Candidate(b, Start(isTitle: s.fired.contains(.openEnding) && s.fired.contains(.headlineLength) && !facts.bullet[b], scored: s)))
            j = b - 1
        }
        guard !added.isEmpty else { return }
        candidates = (candidates + added).sorted { $0.line < $1.line }
    }

    /// In wire copy whatever follows a story's sign-off belongs to the next story: short lines
    /// between a sign-off and the next wire dateline lede (a byline and the author's title, a
    /// salutation `Dear Democrats:`, a one-line teaser or kicker, up to `wire_lead_in_lines`
    /// of them, each at most `max_words` words) open that story. The start moves up to the first
    /// of them; a lone headline-shaped one is its title (as in `adoptLeadIns`).
    func adoptWireLeadIns(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan,
                          closing: (Int) -> Bool) {
        let facts = plan.facts
        for k in candidates.indices.dropFirst() where !candidates[k].start.isTitle {
            let lede = candidates[k].line
            guard facts.places[lede] != nil else { continue }
            let floor = candidates[k - 1].line
            var p = lede - 1, first = -1, body = 0, closed = false
            while p > floor {
                if closing(p) { closed = true; break }
                if facts.shape[p] == .body {
                    body += 1
                    guard body <= config.wireLeadInLines, lines[p].words <= config.maxWords, facts.places[p] == nil else { break }
                    first = p
                }
                p -= 1
            }
            guard closed, body > 0, body <= config.wireLeadInLines, first > floor else { continue }
            var start = Self.leadInStart(candidates[k].start, first: first, body: body, &plan)
            start.scored.add(.wireLeadIn, scorer.weights)
            start.scored.note("wire dump: opening of the story whose dateline lede is line \(lede + 1) (a sign-off ends the story before)")
            candidates[k] = Candidate(first, start)
        }
    }
}
