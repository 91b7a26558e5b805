/// A lede under a read-more button (`read_more_edge`): a paragraph that ended, then the button a
/// digest sets under each item's teaser (`Read the full story →`, `Read more (Vox)`, `[Leer
/// más](…)`, stripped by `newsletter_trailer`), then prose. A newsletter, a blog's front page or a
/// feed's digest prints one or a few paragraphs of each story and a link to the rest; the next
/// item often runs without a headline, its lede right under the last item's button.
///
/// Stronger than a worded trailer alone (`trailer_edge`, which waits for a topic shift and 120
/// words of prose below): a sign-off may be followed by more of the story (a bio, a call for tips),
/// but nothing of an item runs under the button that sends the reader to the rest of it, and an
/// item is short (one to three paragraphs) whatever follows. Cohesion still weighs it: two items
/// of one news day share words, and the weight passes up to cohesion ~0.117, under
/// `same_topic_above`. Only a line that is no headline (too long, or a sentence in sentence case):
/// a headline under the button is the next item's title, scored as one (`trailer_before`).
extension BoundaryScorer {
    /// Non-blank lines walked up from a lede to the button: the items' separator (`* * *`), a
    /// `3 min read` widget, a sponsor's lines.
    static let readMoreReach = 4

    /// Body line `i` stands under a read-more button (past blank lines and up to `readMoreReach`
    /// stripped widgets, stamps or separators), and a body paragraph that ended stands over the button.
    func isUnderReadMore(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard weights[.readMoreEdge] != 0 else { return false }
        var j = i - 1, passed = 0
        while j >= 0 {
            switch facts.shape[j] {
            case .blank: j -= 1; continue
            case .body, .credit, .headerByline, .prefixOrLink: return false
            case .widget, .trailer: break
            }
            if lines[j].strippedRule == Self.readMoreRule && !lines.withTextBytes(j, BoundaryPlanner.opensWithDash) {
                guard let p = facts.nonBlank(before: j), facts.shape[p] == .body else { return false }
                return facts.ending[p] != .open
            }
            passed += 1
            if passed > Self.readMoreReach { return false }
            j -= 1
        }
        return false
    }

    /// The rule that strips read-more buttons (and, opening with a dash, a newsletter's signed
    /// intro, which is no button).
    static let readMoreRule = "newsletter_trailer"

    /// What `readMoreLede` asks of the headline reading `h`.
    static func hasHeadlineShape(_ h: ScoredLine) -> Bool { h.twoSentences || BoundaryPlanner.isHeadlineShaped(h) }

    /// The lede reading of line `i` scored `h` as a headline: `read_more_edge` and the ended
    /// paragraph above (`after_sentence`), where `h` is no headline's shape and the line stands
    /// under a read-more button; nil otherwise.
    /// `headlineShape`: `h` is shaped as a headline or a two-sentence one (`hasHeadlineShape`),
    /// passed rather than `h`, so the planner moves `h` into the line's score without a copy.
    func readMoreLede(_ i: Int, headlineShape: Bool, in lines: [ClassifiedLine], facts: LineFacts) -> ScoredLine? {
        guard !headlineShape, isUnderReadMore(i, in: lines, facts: facts) else { return nil }
        return weakBlockStart(.readMoreEdge)
    }
}

/// The length prior's side of the button: a start right under a read-more button (past the items'
/// separator) opens a digest's item however another reading scored it. The lede under `* * *`
/// under the button scores higher as a page's furniture block (`furniture_block`, `page_header`)
/// than as `read_more_edge`, and a labelled headline there (`FBI: Clinton Foundation Probe a 'Very
/// High Priority'`) reads as a dateline: neither then counted as an item, and an item of one
/// paragraph (12-39 words) closed by the next button was merged into the item above.
extension BoundaryPlanner {
    /// Candidate `c` has a trailer right above it that is a read-more button (`isUnderReadMore`):
    /// an item as `isClosedItem`'s, short as such items are, where a trailer closes it too. Not a
    /// word or two (`closedItemMinWords`: a brand or menu label under the button, `MetroDeals`).
    func isReadMoreItem(_ c: Candidate, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        c.start.scored.fired.contains(.trailerBefore) && lines[c.line].words >= Self.closedItemMinWords
            && scorer.isUnderReadMore(c.line, in: lines, facts: facts)
    }
}
