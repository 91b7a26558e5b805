/// The header of a titled story (`StorySplitter+Pass.swift`): between a headline and its lede,
/// repeats of the title, bullets, teasers and captions that repeat the lede, and short
/// furniture lines leave the text, each up to its count; a headline right under a section label
/// (or a forum post's meta line) takes the title back. The first line that is none of these is
/// the lede: the header ends there.
extension StorySplitter.Pass {
    mutating func header(_ i: Int, key lineKey: UInt64) {
        var b = current!
        if !plan.repeatedDeks.isEmpty && plan.repeatedDeks.contains(i) {
            fate(i, .stripped(rule: "teaser", detail: "dek over the header, repeated whole by the story below"))
            return
        }
        if lineKey == b.titleKey {
            fate(i, .stripped(rule: "repeated_headline", detail: "same line key as the title"))
            return
        }
        // A printed head's next line, which the reflow left apart (`StorySplitter+WrappedHead.swift`).
        if let h = b.titleLine, let t = b.title, b.furniture == 0, b.teasers == 0,
           StorySplitter.continuesPrintedHead(i, title: h, plan: plan, in: lines) {
            b.title = t + " " + String(lines[i].content)
            current = b
            fate(i, .title)
            return
        }
        // A section label took the title: the headline right under it (a piece's own label
        // between, or not) takes it back.
        if let h = b.titleLine, b.furniture == 0, b.teasers == 0, StorySplitter.onlyLabelsBetween(h, i, in: lines),  // StorySplitter+KickerGap.swift
           StorySplitter.isHeadlineUnderKicker(i, title: h, in: lines, facts: plan.facts, config: scorer.config) {
            if let kicker = b.title { b.metadata["kicker"] = .string(kicker) }
            b.title = String(lines[i].content); b.titleKey = lineKey; b.titleLine = i
            current = b
            // A title tag (`Headline :: Site`) under the label: its bare repeat below is the
            // headline printed again (`StorySplitter+SiteSuffix.swift`), as under a start.
            bareTitleKey = StorySplitter.bareTitleKey(b.title!, minWords: StorySplitter.minRepeatedHeadlineWords)
            fate(i, .title)
            return
        }
        // A partner page's source line right above: the headline under it takes the title, from
        // the source line itself or from a line over it (the last item of the `More from …` list
        // closing the page above, the source line then stripped as furniture)
        // (`StorySplitter+SourceLine.swift`).
        if b.titleLine != nil, b.teasers == 0,
           StorySplitter.isSourceLine(i - 1, in: lines, facts: plan.facts),
           StorySplitter.readsAsHeadline(i, in: lines, facts: plan.facts, config: scorer.config, labelled: true) {
            b.metadata["kicker"] = .string(String(lines[i - 1].content))
            b.title = String(lines[i].content); b.titleKey = lineKey; b.titleLine = i
            current = b
            fate(i, .title)
            return
        }
        // A forum thread's title took it: the pasted article's headline under the
        // post's meta line takes it back (`StorySplitter+ForumPost.swift`).
        if let h = b.titleLine, b.teasers == 0,
           StorySplitter.isHeadlineUnderForumPost(i, title: h, in: lines, facts: plan.facts, config: scorer.config) {
            b.title = String(lines[i].content); b.titleKey = lineKey; b.titleLine = i
            current = b
            fate(i, .title)
            return
        }
        if plan.facts.bullet[i] {
            // A box item the reflow joined with the lede below it: the item leaves, the lede stays.
            if let cut = StorySplitter.boxItemCut(i, in: lines, spans: spans, input: input, bullet: plan.facts.bullet) {
                inHeader = false
                b.append(span: lines[i].contentSpan, dropping: cut.bytes)
                current = b
                strips.append((spans[i].lowerBound, "key_points"))
                if wantFates {
                    for (n, l) in spans[i].enumerated() {
                        fates.append(LineFate(line: l, kind: n < cut.pieces
                            ? .stripped(rule: "key_points", detail: "summary box item joined to the lede below it") : .kept,
                            story: storyCount - 1, score: nil, features: []))
                    }
                }
                return
            }
            fate(i, .stripped(rule: "teaser", detail: "bullet between headline and lede"))
            return
        }
        if b.teasers < BoundaryScorer.maxTeasers, let h = b.titleLine, scorer.isTeaser(i, headline: h, in: lines, facts: plan.facts) {
            // A long credited caption right over the headline's repeat opens the text
            // (`StorySplitter+CaptionOverRepeat.swift`): kept, the header goes on to strip the repeat.
            if let key = b.titleKey, StorySplitter.isCaptionOverRepeat(i, titleKey: key, in: lines, facts: plan.facts) {
                b.keep(i, of: lines)
                current = b
                fate(i, .kept)
                return
            }
            b.teasers += 1
            current = b
            fate(i, .stripped(rule: "teaser", detail: "caption or teaser repeating the lede, between headline and lede"))
            return
        }
        if b.furniture < BoundaryScorer.maxFurniture && scorer.isHeaderFurniture(i, in: lines, facts: plan.facts) {
            b.furniture += 1
            current = b
            fate(i, .stripped(rule: "header_furniture", detail: "short non-sentence line between headline and lede"))
            return
        }
        // The lede: the header block ends; a dateline here belongs to this story.
        inHeader = false
        if let place = plan.places[i] { b.metadata["dateline"] = b.metadata["dateline"] ?? .string(place) }
        b.keep(i, of: lines)
        current = b
        fate(i, .kept)
    }
}
