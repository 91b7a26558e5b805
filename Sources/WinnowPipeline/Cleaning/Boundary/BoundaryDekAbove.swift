/// `dek_above`: a start under a header block whose dek its own opening paragraphs print again.
///
/// A page sets headline, dek (a sentence that sells the story, often the lede's own first
/// sentence), then furniture (byline, time stamp, reading time, photo credit), then the text,
/// which repeats the dek: `Amid COVID-19, the prognosis …` / `Certain dangers will subside …` /
/// `By Jane Doe` / `Updated …` / `Reading time: 8 minutes` / lede / `Certain dangers will subside
/// … But some of the measures …`. The lede under the furniture scores as a start of its own
/// (`furniture_block`, `page_header`, a dateline) and the story-length prior drops the headline a
/// few lines above it: headline and dek are left as the last lines of the story before.
///
/// So a start whose header block (furniture only: stripped lines and bylines, one at least, within
/// `dekReach` lines) is topped by a kept sentence that stands again inside a prose line among the
/// start's first `dekBodyReach` lines is not where its story begins: the story began above the
/// block (its dek, or the headline over it). A new story never reprints the last sentence of the
/// story before it; an article that sets a sentence of its own apart over an ad or a photo (a
/// pull quote) and runs it again below is one story too, which the same check keeps whole.
///
/// Asked only where a start is planned at the dek or just over it (`planned`, the last candidate
/// above): the feature hands the story to that start. And not where the header lift moves the
/// start up anyway (`liftHeadlinesOverHeaders`: a headline over at most `maxHeaderLines` lines):
/// there the lift also strips the deks as teasers; asked everywhere, the check took titles the
/// lift had set (b1 .9587 -> .9562, b2 .9644 -> .9619, b3 .9358 -> .9332 story_f1). So it counts
/// where the planned start is the dek itself (no headline to lift to) or its header runs taller.
extension BoundaryScorer {
    /// Lines walked up from a start over its header block.
    static let dekReach = 16
    /// Lines below the start (itself included) searched for the dek's sentence.
    static let dekBodyReach = 12

    /// `teaser`: set to the dek line when it is the lede's opening cut short (`BoundaryTeaserLede.swift`):
    /// the lede prints it again, so it leaves the text as a teaser.
    func dekAbove(_ i: Int, planned: Int?, in lines: [ClassifiedLine], facts: LineFacts, teaser: inout Int?) -> Bool {
        // The start is a lede: a line of prose (a short line under the block is more furniture,
        // `SCROLL TO BOTTOM FOR UPDATES`, whose demotion only moved the plan's other starts: b1
        // 079), asked below; over a lede that opens with a teaser's text, any start (a caption).
        guard let p = planned, p < i, i > 0, facts.shape[i - 1] != .body || facts.byline[i - 1] else { return false }
        let floor = max(0, i - Self.dekReach)
        var j = i - 1, furniture = 0
        walk: while j >= floor {
            switch facts.shape[j] {
            case .blank: break
            case .body:
                if !facts.byline[j] { break walk }
                furniture += 1
            default: furniture += 1
            }
            j -= 1
        }
        guard j >= floor, furniture > 0, facts.shape[j] == .body, !facts.credit[j] else { return false }
        // The lede's own opening cut short over the furniture (`BoundaryTeaserLede.swift`).
        let to = min(lines.count, i + Self.dekBodyReach)
        // Only a teaser cut short leaves the text: a whole paragraph printed twice may be a dek the
        // page keeps (its header then runs on over a headline printed again below: b3 093).
        if p <= j, Self.standsOverTeaser(p, j, in: lines, facts: facts), let r = ledeOpensWithTeaser(j, from: i, to: to, in: lines, facts: facts) {
            if r == .opening { teaser = j }
            return true
        }
        // Otherwise: a prose line under a sentence (not a headline, not a credit) over furniture.
        guard lines[i].words >= config.proseMinWords, facts.ending[j] == .sentence else { return false }
        // A dek hard-wrapped over two lines: its last line may be short; its first, wrapped as the
        // text wraps, then stands again whole. Short is shorter than the repeat index looks up
        // (`RepeatIndex.minBytes`): the line whose repeat is asked must be one it can find.
        var d = j
        let minBytes = facts.repeats.minBytes
        if lines[j].contentByteCount < minBytes {
            guard j > 0, facts.shape[j - 1] == .body, !facts.byline[j - 1], facts.ending[j - 1] == .open,
                  lines[j - 1].contentByteCount >= minBytes else { return false }
            d = j - 1
        }
        // The planned start: the dek's first line, or a headline over it (blank lines between).
        guard p <= j, p >= d - 3 else { return false }
        if p < d {
            var tall = 0
            for k in p..<i where facts.shape[k] != .blank { tall += 1 }
            guard tall > BoundaryPlanner.maxHeaderLines else { return false }
        }
        let n = lines[d].contentByteCount, key = lines[d].key, wrapped = d != j
        return lines.withContentBytes(d) { needle in
            facts.repeats.occurs(needle, in: lines, from: i, to: to) { k in
                guard case .body = lines[k].kind, facts.shape[k] == .body, !facts.credit[k] else { return false }
                // Inside a longer paragraph; the same line only where the dek is wrapped as the text.
                return lines[k].contentByteCount > n || (wrapped && lines[k].key == key)
            }
        }
    }
}
