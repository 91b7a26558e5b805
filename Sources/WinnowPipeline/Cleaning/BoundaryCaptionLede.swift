/// `caption_only_above`: a dateline lede whose story so far (from the start above it) is nothing
/// but a photo caption or two, each closed by its credit (`… in Atlantic City, N.J. (AP
/// Photo/Matt Rourke, File)`, or a credit line the rules stripped), is that story's real lede
/// under its caption. Pages set the picture over the text and often print its caption twice
/// (the image's alt text, then the visible caption); a caption that carries a dateline of its
/// own, or follows a trailer, starts the story, and the wire dateline of the lede below it
/// (`TRENTON, N.J. (AP) — …`) would otherwise cut the caption off as a story of its own. A story
/// is never only a picture's caption: the lede joins the start above it.
extension BoundaryPlanner {
    /// At most this many caption paragraphs (each closed by a credit) between the two starts.
    static let captionLedeMaxCaptions = 2

    /// `words[i]`: body words of lines before i (the planner's prefix sums).
    func applyCaptionLedes(_ candidates: inout [(line: Int, start: Start)], _ lines: [ClassifiedLine], _ words: [Int], _ plan: inout Plan) {
        guard scorer.weights[.captionOnlyAbove] != 0, candidates.count > 1 else { return }
        var kept: [(line: Int, start: Start)] = [candidates[0]]
        kept.reserveCapacity(candidates.count)
        for c in candidates.dropFirst() {
            let prev = kept[kept.count - 1]
            let from = prev.start.isTitle ? prev.line + 1 : prev.line
            guard !c.start.isTitle, c.start.scored.fired.contains(.datelineStart),
                  !c.start.scored.fired.contains(.trailerBefore), !c.start.scored.fired.contains(.signOffBefore),
                  from < c.line, words[c.line] - words[from] <= config.preambleMaxWords,
                  captionsOnly(from, c.line, lines, plan.facts)
            else { kept.append(c); continue }
            if let d = demoted(c, .captionOnlyAbove, note: "only a credited caption since the start at line \(prev.line + 1)", &plan) { kept.append(d) }
        }
        candidates = kept
    }

    /// Lines `a..<b` hold one to `captionLedeMaxCaptions` runs of body lines, each closed by a
    /// credit: its last line ends with one (`SplitText.endsWithCredit`) or a stripped credit line
    /// follows it. Blank lines may sit anywhere; a trailer, widget or any other stripped line
    /// means more than a caption lies between.
    func captionsOnly(_ a: Int, _ b: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var captions = 0
        var open = false    // a run of body lines not yet closed by a credit
        for j in a..<b {
            switch facts.shape[j] {
            case .blank: continue
            case .credit:
                guard open else { continue }
                open = false
                captions += 1
            case .body:
                open = true
                if lines.withContentBytes(j, { SplitText.endsWithCredit($0) }) { open = false; captions += 1 }
            case .widget, .trailer, .prefixOrLink: return false
            }
            if captions > Self.captionLedeMaxCaptions { return false }
        }
        return !open && captions > 0
    }
}
