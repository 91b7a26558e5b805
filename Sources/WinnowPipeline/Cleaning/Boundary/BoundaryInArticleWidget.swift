/// In-article widgets: page furniture an article sets between its own paragraphs.
///
/// A widget line (`Advertisement`, `Related: <title>`) right under a line reads as a page header's
/// furniture (`widget_after`). But a site that sets an ad slot or a related link between the
/// paragraphs of its stories sets the same widget under a subhead or a pull quote just as well:
/// there the widget says nothing about a header. So a widget whose kind (its rule and first word:
/// `widgetKind`) also stands between two prose paragraphs elsewhere in the same text counts as
/// `in_article_widget_after` instead of `widget_after` (blind sets: question subheads and pull
/// quotes over `Related:` and `Advertisement` lines). By rule alone, a promo rule's `Share this
/// story` between paragraphs took `Print this page` from a real headline's header (w1 .929 -> .9219).
/// A box of several lines (a newsletter's prompt, pitch, field and button) stands between
/// paragraphs by its first line, and the rest of a box so marked is in-article too: one such box
/// under a subhead opened a story in a portal dump (p1 sponsored_feed).
extension BoundaryScorer {
    /// Per line: a stripped widget (role `widget`, not a time stamp) whose kind also stands between
    /// two prose paragraphs at another line of the text. Empty when no line is one.
    func inArticleWidgets(_ lines: [ClassifiedLine], facts: LineFacts) -> [Bool] {
        // Every widget line once, with its kind and whether it stands between prose; then the
        // kinds between prose, with how often.
        var widgets: [(line: Int, kind: UInt64, between: Bool)] = []
        var between: [UInt64: Int] = [:]
        // Links to other stories: in-article wherever they stand (`BoundaryInArticleStoryLink.swift`).
        var storyLinks: [Int] = []
        for j in lines.indices where facts.shape[j] == .widget {
            guard case .stripped(let rule, .widget?) = lines[j].kind else { continue }
            if Self.isStoryLink(lines[j], rule: rule) { storyLinks.append(j) }
            let w = (line: j, kind: Self.widgetKind(rule, j, lines), between: betweenProse(j, lines, facts))
            if w.between { between[w.kind, default: 0] += 1 }
            widgets.append(w)
        }
        // Live blog entry rows over a clock stamp (`BoundaryInArticleLiveEntry.swift`).
        let rows = liveEntryRows(lines, facts: facts)
        guard !between.isEmpty || !storyLinks.isEmpty || !rows.isEmpty else { return [] }
        var marks = [Bool](repeating: false, count: lines.count)
        for j in storyLinks + rows { marks[j] = true }
        for w in widgets {
            // Elsewhere: the line itself between prose does not vouch for itself.
            guard let n = between[w.kind], n - (w.between ? 1 : 0) > 0 else { continue }
            marks[w.line] = true
            // The rest of its box (the pitch, the field, the button under a newsletter's prompt)
            // is the article's too (a widget, or a line the learner took: `Your email`), when
            // prose follows it: a box closed by a sign-off (`ENDS`) or a time stamp ends a story
            // or heads one.
            var k = w.line + 1
            var box: [Int] = []
            while k < lines.count && box.count < Self.maxBoxLines {
                if facts.shape[k] != .blank {
                    // A live blog's entry stamp under its share row (`BoundaryInArticleLiveEntry.swift`).
                    guard Self.isBoxLine(lines[k]) || Self.isLiveEntryStamp(k, lines) else { break }
                    box.append(k)
                }
                k += 1
            }
            while k < lines.count && facts.shape[k] == .blank { k += 1 }
            if k < lines.count && facts.shape[k] == .body && Self.creditUnderCaption(box, lines) { for b in box { marks[b] = true } }
        }
        return marks
    }

    /// A widget's kind: its rule and its first word as printed (`Related:` over different titles is
    /// one kind; a rule for many promos, `Print this page` and `Share this story`, holds several: a
    /// site sets one of them in its header and another in its articles). Not case folded: one
    /// site's `Advertisement` between paragraphs took another's `ADVERTISEMENT` from under a real
    /// headline (a3 .9538 -> .9527, i3 .955 -> .954).
    /// Keyed as a 64-bit FNV-1a hash of the rule's bytes, a NUL and the word's (at most 24 bytes, up
    /// to a space or colon): no String is built per widget line.
    static func widgetKind(_ rule: String, _ j: Int, _ lines: [ClassifiedLine]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ b: UInt8) { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        for b in rule.utf8 { mix(b) }
        mix(0)
        lines.withContentBytes(j) { u in
            var n = 0
            for b in u {
                if b == 0x20 || b == 0x3A || n == 24 { break }
                mix(b); n += 1
            }
        }
        return h
    }

    /// Widget line `j` (past blanks only) sits under a paragraph that ended and over prose: the
    /// line above is body text closed like a sentence, a paragraph's last line (long, or under
    /// another body line of its hard-wrapped paragraph); the line below is body text of prose
    /// length.
    private func betweenProse(_ j: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard let p = facts.nonBlank(before: j), facts.shape[p] == .body, facts.ending[p] != .open, !facts.bullet[p] else { return false }
        guard lines[p].words >= config.proseMinWords || p > 0 && facts.shape[p - 1] == .body else { return false }
        // A widget of several lines (a newsletter box: its prompt, a pitch, the field, the
        // button) stands between paragraphs by its first line: the rest of the box is skipped.
        // So does a media box: a gallery's button over its caption and photo credit.
        var n = j + 1
        var box = 0
        while n < lines.count && (facts.shape[n] == .blank || Self.isBoxShape(facts.shape[n]) && box < Self.maxBoxLines) {
            if facts.shape[n] != .blank {
                // A media box's credit under its caption, not right under the widget.
                if box == 0 && facts.shape[n] == .credit && Self.isBareCredit(lines[n]) { return false }
                box += 1
            }
            n += 1
        }
        return n < lines.count && facts.shape[n] == .body && !facts.bullet[n] && lines[n].words >= config.proseMinWords
    }

    /// Widget lines under the first of a box set between two paragraphs.
    static let maxBoxLines = 4

    /// A line of a widget's box: stripped as a widget, or with no role (learned), or a media box's
    /// caption or photo credit (`View gallery` over `Residents wait in line.` and `Jane Doe/AP`): a
    /// gallery set between paragraphs is the article's own, and its credit under a subhead elsewhere
    /// read as a page header's lead photo (`credit_after`) and started a story mid-article (portal
    /// gallery style: a subhead over the same gallery box scored 8.5, out of cohesion's reach).
    static func isBoxLine(_ line: ClassifiedLine) -> Bool {
        switch line.kind {
        case .stripped(_, .widget?), .stripped(_, nil), .stripped(_, .credit?), .stripped(_, .caption?): return true
        default: return false
        }
    }

    /// A box's credit lines sit under a caption (the media box: button, caption, credit), never
    /// right under the widget: a lone credit under `Read more:` credits the next story's lead
    /// photo (w2: a record's header under a link label).
    /// (A caption stripped as one, `… (AP Photo/Jane Doe)`, may open the box: it is the caption.)
    static func creditUnderCaption(_ box: [Int], _ lines: [ClassifiedLine]) -> Bool {
        box.first.map { !isBareCredit(lines[$0]) } ?? true
    }

    /// Stripped as a bare photo credit (role `credit`: `Jane Doe/AP`, `Photo: Jane Doe`).
    static func isBareCredit(_ line: ClassifiedLine) -> Bool {
        if case .stripped(_, .credit?) = line.kind { return true }
        return false
    }

    /// The shape of a box line below a widget's first line (`isBoxLine`, as `LineFacts` reads it).
    static func isBoxShape(_ s: LineFacts.Shape) -> Bool { s == .widget || s == .credit }
}
