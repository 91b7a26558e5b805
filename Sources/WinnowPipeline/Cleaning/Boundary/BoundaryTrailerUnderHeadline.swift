/// A headline over a one-line sign-off and a dateline lede: `House approves two-year budget
/// plan` / `Follow @TheLedger` / `DES MOINES, Iowa, Dec. 12 (Reuters) - The House approved …`.
///
/// Some wire pages set their social handle (`Follow @TheLedger`, a `sign_off` line) between the
/// headline and the lede. The lift (`BoundaryHeaderLift.swift`) reads any trailer right under a
/// body line as the end of the story above (`endsStory`), so it stopped there: the headline was
/// left as the last line of the previous story and the lede's story had no title.
///
/// A story ends on a sentence, not on a headline-shaped line; a dateline opens a story's first
/// paragraph, so the header is above it. The lift passes such a trailer when it is the only line
/// between the lede and a line that reads as a headline (`isHeaderHeadline`, ending open) which
/// itself stands where a story ends (`standsAtStoryEnd`: the paragraph above ended a sentence).
/// A short trailer only: a contributor list or an author's bio ends a story whatever is above it,
/// as a wire sign-off does (`dpa`, `ENDS`, `###`: under a related story's headline set as the
/// story's last line, a3).
extension BoundaryPlanner {
    /// Most words of a trailer read as a header's social line.
    static let headerTrailerMaxWords = 4
    /// The family of wire sign-offs (`Pipelines/news.yaml`): agency codes and end marks.
    static let wireSignOffRule = "wire_signoff"

    /// Trailer `p`, the first non-blank line above dateline lede start `start`, lies between the
    /// lede and a headline: that headline's line, else nil.
    func headlineOverHeaderTrailer(_ p: Int, start: Start, _ floor: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Int? {
        guard !start.isTitle, start.titleLine == nil, start.scored.fired.contains(.datelineStart),
              facts.shape[p] == .trailer, lines[p].words <= Self.headerTrailerMaxWords,
              case .stripped(let rule, _) = lines[p].kind, rule != Self.wireSignOffRule,
              let h = facts.nonBlank(before: p), h > floor, facts.shape[h] == .body, facts.ending[h] == .open,
              isHeaderHeadline(h, lines, facts), standsAtStoryEnd(h, floor, lines, facts) else { return nil }
        return h
    }
}

/// A headline right after a paragraph, over its page's byline and time stamp: `Gallup: 60% of
/// Americans Don't Trust News Media` / `Written by Jane Doe` / `Updated 4 hours ago` / a photo
/// credit / `(CHICAGO) — The latest Gallup survey …`. With no dek between, the lift takes a line
/// right after a paragraph only when stripped lines stand over it (`standsUnderFurniture`): a
/// story's last line over furniture is as common (`— With assistance by …`). A story's last line
/// is not followed by a byline and a time stamp, though: those open the next page's header.
extension BoundaryPlanner {
    /// The first two non-blank lines under line `p` are a byline and a time stamp (either order,
    /// `StorySplitter.isPageHead`), or a byline and a page widget (`2 min read`, `Share`), and the
    /// line above `p` ended a sentence (`standsAtStoryEnd`).
    func headsBylineAndStamp(_ p: Int, _ floor: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard let a = facts.nonBlank(after: p), let b = facts.nonBlank(after: a),
              StorySplitter.isPageHead(a, in: lines, facts: facts) else { return false }
        let aStamp = lines[a].strippedRole == .timestamp
        let bStamp = lines[b].strippedRole == .timestamp
        guard StorySplitter.isPageHead(b, in: lines, facts: facts) ? aStamp != bStamp : !aStamp && facts.shape[b] == .widget
        else { return false }
        return standsAtStoryEnd(p, floor, lines, facts)
    }
}
