/// `caption_over_start`: a photo caption the page sets between its header furniture and the
/// story's first line belongs to the story below it, not to the one above.
///
/// A page prints its picture over the text: furniture (a byline, share widgets, a time stamp, a
/// summary box), then the photo's caption closed by its credit (`… in New York City. (Photo: Jane
/// Doe/Getty Images)`, `… burglary. (Gwinnett County Police via AP)`, or a sentence over a credit
/// line the rules stripped), then the lede. The scores start the story at the lede (the walk up
/// over the header block passes over the caption, `isCaptionInBlock`), which left the caption as
/// the last paragraph of the story above: a foreign paragraph there, a missing one here (b2, b3,
/// b4 and a fresh blind set: 7 boundaries). A story's own inline photo sits between paragraphs,
/// never right under stripped furniture over a start.
///
/// So a planned start whose nearest kept line above (blank lines and stripped credits between)
/// is such a caption, itself at the text's top (the page's top over the first story's picture)
/// or right under stripped furniture (a credit, widget, time stamp or
/// byline; blank lines between; not a link or a trailer, where the story above ends), moves up
/// to the caption. A title start keeps its line's text as its title (`Start.titleLine`); the story
/// opens at the caption either way, read as an opening (never as a headline again).
extension BoundaryPlanner {
    private static let viaBytes: [UInt8] = Array(" via ".utf8)

    func moveStartsOverCaptions(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard scorer.weights[.captionOverStart] != 0, !candidates.isEmpty else { return }
        let facts = plan.facts
        for k in candidates.indices {
            let s = candidates[k].line
            guard candidates[k].start.titleLine == nil else { continue }
            let floor = k == 0 ? -1 : candidates[k - 1].line
            // Up over blank lines and stripped credits to the nearest other line.
            var p = s - 1
            while p > floor, facts.shape[p] == .blank || facts.shape[p] == .credit { p -= 1 }
            guard p > floor, isCaptionLine(p, lines, facts) else { continue }
            // Over the caption: the header's furniture (stripped, a byline or a summary box's item).
            var q = p - 1
            while q > floor, facts.shape[q] == .blank { q -= 1 }
            // Or the text's top, over the picture set over the first story: that caption cut off
            // alone was a story of one line (allsides-dev: 16 records).
            // Not a link (`Read more: …`, `» …`, a link list: the story above ends there) nor a trailer.
            guard k == 0 && q < 0 || q > floor, q < 0 || facts.shape[q] == .credit || facts.shape[q] == .widget && !Self.isLinkRule(lines[q])
                    || facts.shape[q] == .headerByline || facts.shape[q] == .body && (facts.byline[q] || facts.isKeyPoint(q))
            else { continue }
            var moved = candidates[k].start
            if moved.isTitle { moved.titleLine = s }
            moved.isTitle = false
            moved.isOpening = true
            moved.scored.add(.captionOverStart, scorer.weights)
            moved.scored.note("opens at the photo caption under its header furniture")
            plan.rejected[s] = candidates[k].start.scored
            plan.rejected[p] = nil
            candidates[k] = Candidate(p, moved)
        }
    }

    /// Kept line `p` reads as a photo caption: a sentence-like body line of caption length (not a
    /// byline, bullet, key point or link) closed by a credit, in the line (`… (Photo: Jane
    /// Doe/Getty Images)`, `… (Police via AP)`) or stripped right under it.
    /// (At most `captionLedeMaxWords` words, as a caption over a dateline lede: an AP caption runs
    /// to about 75.)
    private func isCaptionLine(_ p: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard facts.shape[p] == .body, !facts.byline[p], !facts.bullet[p], !facts.isKeyPoint(p), lines[p].linkRule == nil,
              lines[p].words >= 4, lines[p].words <= Self.captionLedeMaxWords else { return false }
        // A sentence over a stripped credit right under it: only of headline length (a caption
        // inside the block, `isCaptionInBlock`); a paragraph there is the last of the story above,
        // over the next page's photo. (`p` is under the start, so line `p + 1` exists; a credit
        // there is one the walk up passed.)
        if facts.ending[p] == .sentence && facts.shape[p + 1] == .credit {
            return lines[p].words <= config.maxWords
        }
        return lines.withContentBytes(p) { SplitText.endsWithCredit($0) && Self.endsWithParenthesis($0) || Self.endsWithViaCredit($0) }
    }

    /// A stripped line the pipeline sends to metadata `links`: a line of a family declaring
    /// `metadata: links` (`related_link`), a link list's item, or that list's heading
    /// (`ListContext`): what a story's text closes with, not a page header. Keyed on what the
    /// pipeline declares, not on a family's name: renaming a family or adding one (a footer's
    /// links to `links`, a widget named `…_link` elsewhere) cannot change splitting unseen.
    static func isLinkRule(_ line: ClassifiedLine) -> Bool {
        guard case .stripped(let rule, _) = line.kind else { return false }
        return rule == ListContext.rule || line.metadata["links"] != nil
    }

    /// The text ends with `)` after optional blanks.
    static func endsWithParenthesis(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = SplitText.sentenceEnd(u)
        return end > 0 && u[end - 1] == 0x29
    }

    /// The text ends with a parenthesised credit naming its source after `via` (`(Gwinnett County
    /// Police via AP)`, `(Courtesy of Jane Doe via Reuters)`) after a sentence's full stop.
    static func endsWithViaCredit(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = SplitText.sentenceEnd(u)
        // A parenthesised credit (`(Gwinnett County Police via AP)`) is as long as a credit tail;
        // `. (` before it: the caption's sentence closed first.
        guard end > 8, let open = SplitText.creditGroupOpen(u, end: end, tail: SplitText.captionTailBytes, plain: false),
              u[open - 2] == 0x2E else { return false }
        let via = viaBytes
        var j = open + 1
        while j + via.count < end - 1 {
            if u[j] == via[0] && u[j + 1] == via[1] && u[j + 2] == via[2] && u[j + 3] == via[3] && u[j + 4] == via[4] {
                let n = u[j + 5]
                return n.isASCIIUpper
            }
            j += 1
        }
        return false
    }
}
