/// The pass's body lines (`StorySplitter+Pass.swift`): what leaves the text before the plan is
/// read (a jump head, a rail's last item, a kicker, key points, bylines and links, the title
/// without its site suffix), the header (`StorySplitter+PassHeader.swift`), a planned start, or
/// a kept line.
extension StorySplitter.Pass {
    mutating func body(_ i: Int) {
        if let pending = pendingJump, lines[i].contentByteCount <= StorySplitter.jumpHeadMaxBytes,
           StorySplitter.isJumpHead(i, in: lines, pending: pending) {
            startContinuation(at: i)
            fate(i, .stripped(rule: "print_jump_head", detail: "the jump head over the rest of a story continued from an earlier page"))
            return
        }
        if !plan.listTails.isEmpty && plan.listTails.contains(i) {
            StoryFurniture.add(lines[i].content, to: "links", in: &current!.metadata)
            fate(i, .stripped(rule: ListContext.rule, detail: "a rail's last item over the next page's top"))
            return
        }
        if i == titleBelow {
            titleBelow = nil
            fate(i, .title, wantFates ? plan.rejected[i] : nil)
            return
        }
        if !isKicker.isEmpty && isKicker[i] {
            if storyCount == 0 { startStory(at: i, title: nil, key: nil) }
            if pageTitles.contains(i) {
                fate(i, .stripped(rule: StorySplitter.pageTitleRule, detail: "the page's title tag over its labelled headline"))
                return
            }
            pendingKicker = String(lines[i].content)
            fate(i, .stripped(rule: "kicker", detail: "section label over the next story's headline, to its metadata.kicker"))
            return
        }
        if plan.facts.isKeyPoint(i) {
            // A planned start here (the opening of a headline-less story) still starts one,
            // unless it falls in the header of a titled story with no text yet: the key
            // points are that header's (`opensUnderTitle`).
            if storyCount == 0 || plan.starts[i] != nil && !opensUnderTitle() { startStory(at: i, title: nil, key: nil) }
            fate(i, .stripped(rule: "key_points", detail: "summary box: a bullet the story repeats below, or its label"))
            return
        }
        // A byline or a link line may leave the text (`StoryFurniture`); a title stays one.
        if StoryFurniture.applies(i, in: lines, plan: plan, config: scorer.config), plan.starts[i]?.isTitle != true {
            // A start on a byline may carry a headline the rules stripped above it (`titleLine`).
            if storyCount == 0 || plan.starts[i] != nil && !opensUnderTitle() {
                let t = plan.starts[i]?.titleLine
                startStory(at: i, title: t.map { String(lines[$0].content) }, key: t.map { lines[$0].key })
            }
            let opening = inHeader || current!.isOpening
            switch StoryFurniture.fate(i, in: lines, plan: plan, opening: opening, config: scorer.config) {
            case .text:
                break
            case .bylineHere:
                StoryFurniture.add(lines[i].content, to: "bylines", in: &current!.metadata)
                if inHeader { current!.furniture += 1 }
                fate(i, .stripped(rule: "byline", detail: "byline of this story, to metadata.bylines"))
                return
            case .bylineNext:
                pendingBylines.append(.string(String(lines[i].content)))
                fate(i, .stripped(rule: "byline", detail: "byline above the next story's start, to its metadata.bylines"))
                return
            case .link:
                StoryFurniture.add(lines[i].content, to: "links", in: &current!.metadata)
                fate(i, .stripped(rule: lines[i].linkRule ?? "link", detail: "link to another page, to metadata.links"))
                return
            }
        }
        // The key only: the content is sliced where a title needs it, the body takes the line.
        let lineKey = lines[i].key
        // A start planned on the repeat itself (a lede's start moved up to the headline over
        // its header block) is the same page's headline while the story has no text yet.
        if let bare = bareTitleKey, lineKey == bare, plan.starts[i] == nil || opensUnderTitle(), let title = current!.title {
            current!.title = StorySplitter.bareTitle(title, minWords: StorySplitter.minRepeatedHeadlineWords)?.headline ?? title
            bareTitleKey = nil
            fate(i, .stripped(rule: "repeated_headline", detail: "the title without the site name after its pipe"))
            return
        }
        // The headline with a label under a title tag taken as the title (`StorySplitter+LabelledRepeat.swift`).
        if bareTitleKey != nil, plan.starts[i] == nil || opensUnderTitle(), let t = current!.titleLine,
           case .body = lines[i].kind, StorySplitter.isLabelledTitleRepeat(i, tag: t, in: lines) {
            current!.title = String(lines[i].content)
            current!.titleKey = lineKey
            bareTitleKey = nil
            fate(i, .stripped(rule: "repeated_headline", detail: "the headline with a label under the page's title tag"))
            return
        }
        // An export's headline field under the line the story opened at (`StorySplitter+HeadlineField.swift`).
        if takeFieldTitle(i, key: lineKey) { return }
        // A release's headline under the provider's name that took the title (`StorySplitter+ProviderValue.swift`).
        if takeReleaseTitle(i, key: lineKey) { return }
        // A partner page's source line over the next item's headline (`StorySplitter+SourceLine.swift`).
        if startAtSourceLine(i, key: lineKey) { return }
        // Checked before copying the builder: most lines are past the header.
        if inHeader, current != nil { header(i, key: lineKey); return }
        // A story opening under a section label the learned pass stripped (`StorySplitter+LearnedKicker.swift`).
        if opensUnderLearnedLabel(i), startUnderLearnedKicker(i, key: lineKey) { return }
        if let start = plan.starts[i], !(continuationOpening() && !start.isTitle && start.titleLine == nil) {
            begin(i, start, key: lineKey)
            return
        }
        if storyCount == 0 { startStory(at: i, title: nil, key: nil) }
        // Another story's headline in capitals inside this one (`StorySplitter+CapsLink.swift`).
        // The planner's own inline links too, shorter ones included (`BoundaryCapitalsLink.swift`).
        if !current!.isOpening, plan.inlineLinks.contains(i) || StorySplitter.isInlineCapsLink(i, in: lines, facts: plan.facts) {
            StoryFurniture.add(lines[i].content, to: "links", in: &current!.metadata)
            fateScored(i, .stripped(rule: StorySplitter.capsLinkRule, detail: "another story's headline in capitals inside this one, to metadata.links"))
            return
        }
        current!.keep(i, of: lines)
        fateScored(i, .kept)
    }

    /// `fate` with the line's rejected score, which only `explain` shows: a run skips the lookup,
    /// and the optional score it made and destroyed for every kept line (~65 instructions a line).
    private mutating func fateScored(_ i: Int, _ kind: LineFate.Kind) {
        if wantFates { fate(i, kind, plan.rejected[i]) } else { fate(i, kind) }
    }

    /// A planned start: a headline (the story's title), a lede under a headline the rules
    /// stripped, or an untitled opening.
    private mutating func begin(_ i: Int, _ start: BoundaryPlanner.Start, key lineKey: UInt64) {
        // A headline the rules stripped above the header (`BoundaryHeaderLift.swift`)
        // titles the story; the line itself (a lede, or a dek) is its first text. A
        // headline below (under a caption the story opens at) is skipped when reached.
        if let t = start.titleLine {
            startStory(at: i, title: String(lines[t].content), key: lines[t].key)
            inHeader = false
            if t > i { titleBelow = t }
            if plan.repeatedDeks.contains(i) {
                fate(i, .stripped(rule: "teaser", detail: "dek over the header, repeated whole by the story below"))
                return
            }
            if let place = plan.places[i] { current!.metadata["dateline"] = .string(place) }
            current!.keep(i, of: lines)
            fate(i, .boundary, start.scored)
            return
        }
        // A caption with its credit and a glued headline opens its story untitled (`BoundaryCaptionGlue.swift`).
        if (start.isTitle || !start.isOpening && StorySplitter.readsAsStartHeadline(i, in: lines, facts: plan.facts, config: scorer.config))
            && !lines.withContentBytes(i, BoundaryPlanner.isCaptionCreditGlue) {
            startStory(at: i, title: String(lines[i].content), key: lineKey)
            // A teaser with a short headline glued on: the full headline above titles it.
            if let h = StorySplitter.headlineOverGluedTeaser(i, in: lines, maxWords: scorer.config.maxWords) {
                current!.title = String(lines[h].content); current!.titleKey = lines[h].key
            }
            // A bare start read as a headline keeps the lines below it as they are: the
            // planner saw no header block there to strip.
            if !start.isTitle { inHeader = false }
            if lines[i].isMetadataBearing { current!.absorb(lines[i].metadata) }
            fate(i, .title, start.scored)
        } else {
            let opens = !opensUnderTitle()
            // No byline waits here: under an opening story (`opensUnderTitle`) a byline
            // goes to it, not to the next one, and `startStory` takes any pending.
            if opens { startStory(at: i, title: nil, key: nil) }
            if let place = plan.places[i] { current!.metadata["dateline"] = .string(place) }
            current!.keep(i, of: lines)
            fate(i, opens ? .boundary : .kept, start.scored)
        }
    }
}
