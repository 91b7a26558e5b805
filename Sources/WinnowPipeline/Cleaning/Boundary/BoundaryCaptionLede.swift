/// `caption_only_above`: a dateline lede whose story so far (from the start above it) is nothing
/// but a photo caption or two, each closed by its credit (`… in Atlantic City, N.J. (AP
/// Photo/Matt Rourke, File)`, or a credit line the rules stripped), is that story's real lede
/// under its caption. Pages set the picture over the text and often print its caption twice
/// (the image's alt text, then the visible caption); a caption that carries a dateline of its
/// own, or follows a trailer, starts the story, and the wire dateline of the lede below it
/// (`TRENTON, N.J. (AP) — …`) would otherwise cut the caption off as a story of its own. A story
/// is never only a picture's caption: the lede joins the start above it, or the text's top when
/// no start is above it.
extension BoundaryPlanner {
    /// At most this many caption paragraphs (each closed by a credit) between the two starts.
    static let captionLedeMaxCaptions = 2
    /// A caption paragraph has at most this many words (an AP file-photo caption under a dateline
    /// runs to about 75); a longer credited run is a short story's text over a picture credit.
    static let captionLedeMaxWords = 80

    func applyCaptionLedes(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard scorer.weights[.captionOnlyAbove] != 0, !candidates.isEmpty else { return }
        var kept: [Candidate] = []
        kept.reserveCapacity(candidates.count)
        for c in candidates {
            // Above the first start kept, the story so far is the text's top: a picture's caption
            // over the first dateline lede (a Reuters page: `… REUTERS/Jane Doe` over `DAVOS,
            // Switzerland (Reuters) - …`) would otherwise be a story of its own.
            let prev = kept.last
            let from = prev.map { $0.start.isTitle ? $0.line + 1 : $0.line } ?? 0
            let prevIsTitle = prev?.start.isTitle ?? false
            // No guard on `trailer_before`: a caption ending in its credit is passed over by that
            // walk, so the copy under a caption that followed a trailer carries it too; a trailer
            // between the two starts fails `captionsOnly`.
            guard !c.start.isTitle, c.start.scored.fired.contains(.datelineStart),
                  !c.start.scored.fired.contains(.signOffBefore),
                  from < c.line,
                  captionsOnly(from, c.line, dek: prevIsTitle, lines, plan.facts)
                    || prevIsTitle && promoOnly(prev!.line, from, c.line, lines, plan.facts)   // `BoundaryPromoAbove.swift`
            else { kept.append(c); continue }
            let above = prev.map { "the start at line \($0.line + 1)" } ?? "the top of the text"
            if let d = demoted(c, .captionOnlyAbove, note: "only a credited caption or a promo since \(above)", &plan) { kept.append(d) }
        }
        candidates = kept
    }

    /// Lines `a..<b` hold one to `captionLedeMaxCaptions` captions and nothing else of the story:
    /// runs of body lines of at most `captionLedeMaxWords` words, each closed by a credit (its last
    /// line ends with one, `SplitText.endsWithCredit`, or a stripped credit line follows it),
    /// page furniture the rules stripped (widgets, time stamps, bylines, credits) and, under a
    /// headline (`dek`), one paragraph before the first caption and the headline set again. A
    /// one-line caption printed twice in a row counts once. A trailer means a story ended
    /// between.
    func captionsOnly(_ a: Int, _ b: Int, dek: Bool, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var captions = 0, plain = 0, runWords = 0
        var open = false    // a run of body lines (a paragraph) not yet closed
        var gap = false     // a blank line since the open run's last line
        var prose = false   // a plain paragraph where none may be
        // The open run's first line and line count, and the key of the last caption when it was
        // one line: the same caption printed again (the image's alt text, then its visible
        // caption) is one picture's, and not counted twice.
        var runFirst = a, runLines = 0
        var lastCaption: UInt64?
        // Under a headline, its line set again under the header block (`repeated_headline`, which
        // the splitter strips there) is header furniture, not a paragraph of the story.
        let titleKey: UInt64? = dek && a > 0 ? lines[a - 1].key : nil
        func close(credited: Bool) {
            guard open else { return }
            open = false
            defer { runWords = 0; runLines = 0 }
            if credited {
                let key: UInt64? = runLines == 1 ? lines[runFirst].key : nil
                if key == nil || key != lastCaption { captions += 1 }
                lastCaption = key
                return
            }
            // Only a dek, under a headline and above the captions, is no caption.
            plain += 1
            if !dek || plain > 1 || captions > 0 { prose = true }
        }
        for j in a..<b {
            switch facts.shape[j] {
            case .trailer: return false
            case .credit: close(credited: true)
            case .widget, .prefixOrLink, .headerByline: close(credited: false)   // page furniture (a header byline too)
            case .blank: gap = open
            case .body:
                if facts.byline[j] || facts.bullet[j] || facts.isKeyPoint(j) { close(credited: false); continue }
                if let t = titleKey, lines[j].key == t { close(credited: false); gap = false; continue }
                if gap { close(credited: false) }
                gap = false
                if !open { runFirst = j }
                open = true
                runLines += 1
                runWords += lines[j].words
                // Past a caption's length: prose, whatever closes it (no walk to its end).
                if runWords > Self.captionLedeMaxWords { return false }
                if lines.withContentBytes(j, { SplitText.endsWithCredit($0) }) { close(credited: true) }
            }
            if prose || captions > Self.captionLedeMaxCaptions { return false }
        }
        close(credited: false)
        return !prose && captions > 0
    }
}
