/// Stage "split": decides where stories start, picks titles, and drops stripped lines.
///
/// Two phases. `BoundaryPlanner` decides which lines start stories (line scores, then text-level
/// checks: cohesion, dump style, story length). Then one pass builds the stories: a planned
/// headline becomes the story's title, a planned dateline lede starts a headline-less story.
/// After a headline, its header block (credits, widgets, a repeat of the headline, teaser
/// bullets, captions and teasers that repeat the lede) runs up to the lede; repeats, bullets,
/// captions and teasers there are stripped too.
public final class StorySplitter {
    private let scorer: BoundaryScorer
    private let planner: BoundaryPlanner

    public init(config: SplitConfig) throws {
        scorer = BoundaryScorer(config: config, datelines: try DatelineMatcher(config))
        planner = BoundaryPlanner(scorer: scorer)
    }

    /// `record`: the text is one JSONL record, whose start is a story start (`BoundaryRecord.swift`).
    /// `fileStyle`: the style tallies of the file's other records (`BoundaryFileStyle.swift`).
    public func split(_ text: ClassifiedText, record: Bool = false) -> [ExtractedStory] { run(text, fates: false, record: record).stories }

    /// `final`: the text is its file's last block (`StorySplitter+Jump.swift`).
    func split(_ text: ClassifiedText, record: Bool, fileStyle: StyleTally, final: Bool = true) -> [ExtractedStory] {
        run(text, fates: false, record: record, fileStyle: fileStyle, final: final).stories
    }

    public func explain(_ text: ClassifiedText, record: Bool = false) -> [LineFate] { run(text, fates: true, record: record).fates }

    /// Both from one plan: `winnow explain` shows the fates of the stories a run writes.
    func splitWithFates(_ text: ClassifiedText, record: Bool = false, fileStyle: StyleTally = StyleTally(), final: Bool = true)
        -> (stories: [ExtractedStory], fates: [LineFate]) {
        run(text, fates: true, record: record, fileStyle: fileStyle, final: final)
    }

    /// A text merged and scored (`BoundaryPlanner.score`), waiting for its file's style
    /// (`BoundaryFileStyle.swift`).
    struct Prepared {
        var lines: [ClassifiedLine]
        var spans: [Range<Int>]
        /// The lines before the reflow, which `spans` index (`StorySplitter+BoxItemLede.swift`).
        var input: [ClassifiedLine]
        /// What the planner reads: separators as paragraph breaks.
        var planLines: [ClassifiedLine]
        var scored: BoundaryPlanner.Scored
    }

    func prepare(_ text: ClassifiedText) -> Prepared {
        let (lines, spans) = Reflow.merge(text.lines, datelines: scorer.datelines)
        let planLines = scorer.config.separatorBreaks ? Separator.asBreaks(lines) : lines
        var scored = planner.score(planLines, recordEdges: BoundaryPlanner.recordEdgeLines(text.recordEdges, spans: spans, lines: planLines))
        scored.titledRecord = text.titledRecord
        return Prepared(lines: lines, spans: spans, input: text.lines, planLines: planLines, scored: scored)
    }

    /// A record's own style tally: its line scores' starts, before any vote (`BoundaryFileStyle.swift`).
    func styleTally(_ prepared: Prepared) -> StyleTally {
        planner.styleTally(prepared.scored.candidates, labels: prepared.scored.labels, prepared.planLines)
    }

    func styleTally(_ text: ClassifiedText) -> StyleTally { styleTally(prepare(text)) }

    func split(_ prepared: Prepared, record: Bool, fileStyle: StyleTally, final: Bool = true) -> [ExtractedStory] {
        run(prepared, fates: false, record: record, fileStyle: fileStyle, final: final).stories
    }

    /// A story being assembled.
    private struct Builder {
        var title: String?
        var titleKey: UInt64?
        /// The title's merged line index (its header block is checked against it).
        var titleLine: Int?
        var firstLine: Int
        /// Body text as byte ranges of the block's Strings (one String is made per story, by
        /// `finish`): each a run of lines that follow one another in the block. Ranges, not
        /// Substrings: a slice aligned two String indices and each join an append of a few hundred
        /// instructions, per run (nearly one a line: paragraphs sit a blank line apart), 27 M on
        /// three e2e dumps; `finish` copies the bytes into the story's String in one pass.
        var body: [BodyRun] = []
        /// The run being extended: its lines' storage, its first byte and where its last line ends
        /// (byte offsets: the run's Substring is made once, when it ends, not one per kept line
        /// read through `content`, which aligned two String indices each).
        var run: String?
        var runStart = 0, runEnd = 0
        var metadata: [String: JSONValue] = [:]
        /// Furniture lines stripped so far in the header (at most `BoundaryScorer.maxFurniture`).
        var furniture = 0
        /// Captions and teasers stripped so far in the header (`BoundaryScorer.isTeaser`).
        var teasers = 0

        /// No text yet: only stripped lines (or none) since the story started.
        var isOpening: Bool { run == nil && body.isEmpty }

        mutating func absorb(_ meta: [String: JSONValue]) {
            guard !meta.isEmpty else { return }  // most lines carry none: skip the sort
            for (k, v) in meta.sorted(by: { $0.key < $1.key }) {
                if case .array(let new) = v {
                    if case .array(let old)? = metadata[k] { metadata[k] = .array(old + new) } else { metadata[k] = v }
                } else if metadata[k] == nil {
                    metadata[k] = v
                }
            }
        }

        /// Adds a kept line's content to the body. A line that starts right after the `\n` ending
        /// the run, in the same String, extends the run: the run's bytes are then the lines joined
        /// by `\n`, what `joinedLines` would write.
        /// `dropping`: bytes of the content left out at its start (a box item cut off the lede).
        /// Takes the line's `contentSpan`, not the line: `append(lines[i])` copied the whole line out
        /// of the array (retaining its storage, kind and rule box, then releasing them) for every
        /// kept line; `lines[i].contentSpan` reads the two fields in place.
        /// Kept line `i`: its content and the metadata it bears, read in place (a copy of the line
        /// would retain every field).
        mutating func keep(_ i: Int, of lines: [ClassifiedLine]) {
            append(span: lines[i].contentSpan)
            if lines[i].isMetadataBearing { absorb(lines[i].metadata) }
        }

        mutating func append(span: (storage: String, bytes: Range<Int>), dropping: Int = 0) {
            let from = span.bytes.lowerBound + dropping
            if let r = run {
                if SplitText.follows(from, in: span.storage, r, runEnd) { runEnd = span.bytes.upperBound; return }
                body.append(BodyRun(storage: r, start: runStart, end: runEnd))
            }
            run = span.storage
            runStart = from; runEnd = span.bytes.upperBound
        }

        mutating func finish() -> ExtractedStory? {
            if let r = run {
                body.append(BodyRun(storage: r, start: runStart, end: runEnd))
                run = nil
            }
            guard !body.isEmpty else { return nil }
            return ExtractedStory(title: title, text: BodyRun.joined(body), metadata: metadata, firstLine: firstLine)
        }
    }

    /// `fates: false` (a run) skips the per-line fates: describing features is string work that
    /// only `explain` shows.
    private func run(_ text: ClassifiedText, fates wantFates: Bool, record: Bool,
                     fileStyle: StyleTally = StyleTally(), final: Bool = true) -> (stories: [ExtractedStory], fates: [LineFate]) {
        run(prepare(text), fates: wantFates, record: record, fileStyle: fileStyle, final: final)
    }

    private func run(_ prepared: Prepared, fates wantFates: Bool, record: Bool,
                     fileStyle: StyleTally, final: Bool = true) -> (stories: [ExtractedStory], fates: [LineFate]) {
        let (lines, spans) = (prepared.lines, prepared.spans)
        // The planner reads separators as paragraph breaks; the stories keep every line as classed.
        let plan = planner.finish(prepared.scored, prepared.planLines, record: record, fileStyle: fileStyle)
        var stories: [ExtractedStory] = []
        var fates: [LineFate] = []
        if wantFates { fates.reserveCapacity(lines.count) }
        var current: Builder?
        /// Stories counted as they start, so fates can name them even if one ends up empty. Also
        /// what tells whether a story is open (`current` is set from the first story on): testing
        /// the optional builder copied it out for every line.
        var storyCount = 0
        /// True from a headline until its lede: repeats and bullets there are header furniture.
        var inHeader = false
        /// Bylines seen above the next story's start (`StoryFurniture.Fate.bylineNext`).
        var pendingBylines: [JSONValue] = []
        /// Section labels over the next story's headline (`StorySplitter+Kicker.swift`), and the
        /// label waiting for that story.
        let kickers = Self.kickersAboveTitles(lines, plan: plan, config: scorer.config)
        // Looked up per body line: a flag per line, not a hash of every line in the Set.
        var isKicker = [Bool]()
        if !kickers.isEmpty {
            isKicker = [Bool](repeating: false, count: lines.count)
            for k in kickers { isKicker[k] = true }
        }
        var pendingKicker: String?
        /// Title tags over a labelled headline (`StorySplitter+PageTitle.swift`).
        let pageTitles = Self.pageTitlesAboveTitles(lines, plan: plan)
        if !pageTitles.isEmpty {
            if isKicker.isEmpty { isKicker = [Bool](repeating: false, count: lines.count) }
            for k in pageTitles { isKicker[k] = true }
        }
        /// The title's key without a site name after a pipe (`StorySplitter+SiteSuffix.swift`).
        var bareTitleKey: UInt64?
        /// A title line below its story's start (a headline under the photo caption the story opens
        /// at, `BoundaryCaptionOpening.swift`): the title already, not a line of the text.
        var titleBelow: Int?
        /// A story that ended in a jump line, the one being continued, and the continuations to
        /// append when the pass ends (`StorySplitter+Jump.swift`).
        var pendingJump: PendingJump?
        var continuing: PendingJump?
        var joins: [(from: Int, into: Int)] = []

        func finishCurrent() {
            guard let s = current?.finish() else { return }
            if let c = continuing { joins.append((stories.count, c.story)) }
            stories.append(s)
        }

        func startStory(at i: Int, title: String?, key: UInt64?) {
            finishCurrent()
            continuing = nil
            current = Builder(title: title, titleKey: key, titleLine: title == nil ? nil : i, firstLine: spans[i].lowerBound)
            if !pendingBylines.isEmpty {
                current!.metadata["bylines"] = .array(pendingBylines)
                pendingBylines = []
            }
            if let k = pendingKicker { current!.metadata["kicker"] = .string(k); pendingKicker = nil }
            inHeader = title != nil
            bareTitleKey = title.flatMap(Self.bareTitleKey)
            storyCount += 1
        }
        /// The part of the pending jump's story that goes on here: an untitled story that is
        /// appended to it at the end; its lines' fates name that story.
        func startContinuation(at i: Int) {
            let target = pendingJump!
            startStory(at: i, title: nil, key: nil)
            continuing = target
            pendingJump = nil
        }
        /// Continuation text not yet begun: a planned untitled start there is its first paragraph.
        func continuationOpening() -> Bool { continuing != nil && current!.isOpening }
        /// An untitled start planned while a titled story has no text yet (its header: a key
        /// point, a byline, or a dateline lede under a kicker headline read as a headline): starting
        /// there would leave the title on an empty story (dropped) and the text untitled. The
        /// titled story goes on instead, its text opening there.
        ///
        /// Decided here, not by the planner's `finish` (where starts are decided): "no text yet"
        /// is this pass's running state. Whether the lines between the headline and the start
        /// left the text depends on what this loop strips as it goes: header furniture and teasers
        /// up to their counts (`maxFurniture`, `maxTeasers`, teasers read against the title line),
        /// repeats of the title (with or without its site suffix), kickers, bylines and links that
        /// leave for metadata (`StoryFurniture.fate` reads `opening`, this same state), and a
        /// headline under a kicker taking the title. The planner would have to run that loop a
        /// second time to know it; the three sites (key points, furniture lines, untitled starts)
        /// ask it here instead.
        func opensUnderTitle() -> Bool {
            storyCount > 0 && current!.title != nil && current!.isOpening
        }
        /// Records the fate of merged line `i`: its first input line gets `kind`, wrapped
        /// continuation lines share the fate (a title's continuation is part of the title).
        func fate(_ i: Int, _ kind: LineFate.Kind, _ scored: ScoredLine? = nil) {
            guard wantFates else { return }
            let story = continuing?.fateStory ?? (storyCount == 0 ? nil : storyCount - 1)
            for (n, line) in spans[i].enumerated() {
                fates.append(LineFate(line: line, kind: n == 0 || kind != .boundary ? kind : .kept, story: story,
                                      score: n == 0 ? scored?.score : nil,
                                      features: n == 0 ? scored?.describe(scorer.weights) ?? [] : []))
            }
        }

        // Lines read in place, field by field: a copy of each line retained and released its
        // storage and rule box. Metadata is read only from lines that carry some.
        for i in lines.indices {
            switch lines[i].kind {
            case .blank:
                fate(i, .blank)
            case .stripped(let rule, _):
                if storyCount == 0 { startStory(at: i, title: nil, key: nil) }
                // Cheap tests first: a stripped line's rule is compared only where a jump can be.
                if continuing == nil && !current!.isOpening && rule.utf8.count == Self.jumpOutRule.utf8.count && rule == Self.jumpOutRule {
                    pendingJump = PendingJump(story: stories.count, fateStory: storyCount - 1,
                                              keys: Self.jumpKeys(title: current!.title, jumpLine: lines[i].content))
                } else if pendingJump != nil && rule == Self.jumpInRule {
                    // A jump head the plan took for a headline (nothing under it yet) is this
                    // continuation's head: the story it opened becomes the continuation.
                    if current!.isOpening && current!.title != nil {
                        current!.title = nil; current!.titleKey = nil; current!.titleLine = nil
                        inHeader = false; bareTitleKey = nil
                        continuing = pendingJump; pendingJump = nil
                    } else {
                        startContinuation(at: i)
                    }
                }
                if lines[i].isMetadataBearing { current!.absorb(lines[i].metadata) }
                fate(i, .stripped(rule: rule, detail: lines[i].detail))
            case .body:
                if let pending = pendingJump, lines[i].contentByteCount <= Self.jumpHeadMaxBytes,
                   Self.isJumpHead(i, in: lines, pending: pending) {
                    startContinuation(at: i)
                    fate(i, .stripped(rule: "print_jump_head", detail: "the jump head over the rest of a story continued from an earlier page"))
                    continue
                }
                if !plan.listTails.isEmpty && plan.listTails.contains(i) {
                    StoryFurniture.add(lines[i].content, to: "links", in: &current!.metadata)
                    fate(i, .stripped(rule: ListContext.rule, detail: "a rail's last item over the next page's top"))
                    continue
                }
                if i == titleBelow {
                    titleBelow = nil
                    fate(i, .title, wantFates ? plan.rejected[i] : nil)
                    continue
                }
                if !isKicker.isEmpty && isKicker[i] {
                    if storyCount == 0 { startStory(at: i, title: nil, key: nil) }
                    if pageTitles.contains(i) {
                        fate(i, .stripped(rule: Self.pageTitleRule, detail: "the page's title tag over its labelled headline"))
                        continue
                    }
                    pendingKicker = String(lines[i].content)
                    fate(i, .stripped(rule: "kicker", detail: "section label over the next story's headline, to its metadata.kicker"))
                    continue
                }
                if plan.facts.isKeyPoint(i) {
                    // A planned start here (the opening of a headline-less story) still starts one,
                    // unless it falls in the header of a titled story with no text yet: the key
                    // points are that header's (`opensUnderTitle`).
                    if storyCount == 0 || plan.starts[i] != nil && !opensUnderTitle() { startStory(at: i, title: nil, key: nil) }
                    fate(i, .stripped(rule: "key_points", detail: "summary box: a bullet the story repeats below, or its label"))
                    continue
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
                        continue
                    case .bylineNext:
                        pendingBylines.append(.string(String(lines[i].content)))
                        fate(i, .stripped(rule: "byline", detail: "byline above the next story's start, to its metadata.bylines"))
                        continue
                    case .link:
                        StoryFurniture.add(lines[i].content, to: "links", in: &current!.metadata)
                        fate(i, .stripped(rule: lines[i].linkRule ?? "link", detail: "link to another page, to metadata.links"))
                        continue
                    }
                }
                // The key only: the content is sliced where a title needs it, the body takes the line.
                let lineKey = lines[i].key
                // A start planned on the repeat itself (a lede's start moved up to the headline over
                // its header block) is the same page's headline while the story has no text yet.
                if let bare = bareTitleKey, lineKey == bare, plan.starts[i] == nil || opensUnderTitle(), let title = current!.title {
                    current!.title = Self.bareTitle(title)?.headline ?? title
                    bareTitleKey = nil
                    fate(i, .stripped(rule: "repeated_headline", detail: "the title without the site name after its pipe"))
                    continue
                }
                // Checked before copying the builder: most lines are past the header.
                if inHeader, var b = current {
                    if !plan.repeatedDeks.isEmpty && plan.repeatedDeks.contains(i) {
                        fate(i, .stripped(rule: "teaser", detail: "dek over the header, repeated whole by the story below"))
                        continue
                    }
                    if lineKey == b.titleKey {
                        fate(i, .stripped(rule: "repeated_headline", detail: "same line key as the title"))
                        continue
                    }
                    // A section label took the title: the headline right under it takes it back.
                    if let h = b.titleLine, b.furniture == 0, b.teasers == 0, (h + 1..<i).allSatisfy({ lines[$0].kind == .blank }),
                       Self.isHeadlineUnderKicker(i, title: h, in: lines, facts: plan.facts, config: scorer.config) {
                        if let kicker = b.title { b.metadata["kicker"] = .string(kicker) }
                        b.title = String(lines[i].content); b.titleKey = lineKey; b.titleLine = i
                        current = b
                        fate(i, .title)
                        continue
                    }
                    // A forum thread's title took it: the pasted article's headline under the
                    // post's meta line takes it back (`StorySplitter+ForumPost.swift`).
                    if let h = b.titleLine, b.teasers == 0,
                       Self.isHeadlineUnderForumPost(i, title: h, in: lines, facts: plan.facts, config: scorer.config) {
                        b.title = String(lines[i].content); b.titleKey = lineKey; b.titleLine = i
                        current = b
                        fate(i, .title)
                        continue
                    }
                    if plan.facts.bullet[i] {
                        // A box item the reflow joined with the lede below it: the item leaves, the lede stays.
                        if let cut = Self.boxItemCut(i, in: lines, spans: spans, input: prepared.input, bullet: plan.facts.bullet) {
                            inHeader = false
                            b.append(span: lines[i].contentSpan, dropping: cut.bytes)
                            current = b
                            if wantFates {
                                for (n, l) in spans[i].enumerated() {
                                    fates.append(LineFate(line: l, kind: n < cut.pieces
                                        ? .stripped(rule: "key_points", detail: "summary box item joined to the lede below it") : .kept,
                                        story: storyCount - 1, score: nil, features: []))
                                }
                            }
                            continue
                        }
                        fate(i, .stripped(rule: "teaser", detail: "bullet between headline and lede"))
                        continue
                    }
                    if b.teasers < BoundaryScorer.maxTeasers, let h = b.titleLine, scorer.isTeaser(i, headline: h, in: lines, facts: plan.facts) {
                        // A long credited caption right over the headline's repeat opens the text
                        // (`StorySplitter+CaptionOverRepeat.swift`): kept, the header goes on to strip the repeat.
                        if let key = b.titleKey, Self.isCaptionOverRepeat(i, titleKey: key, in: lines, facts: plan.facts) {
                            b.keep(i, of: lines)
                            current = b
                            fate(i, .kept)
                            continue
                        }
                        b.teasers += 1
                        current = b
                        fate(i, .stripped(rule: "teaser", detail: "caption or teaser repeating the lede, between headline and lede"))
                        continue
                    }
                    if b.furniture < BoundaryScorer.maxFurniture && scorer.isHeaderFurniture(i, in: lines, facts: plan.facts) {
                        b.furniture += 1
                        current = b
                        fate(i, .stripped(rule: "header_furniture", detail: "short non-sentence line between headline and lede"))
                        continue
                    }
                    // The lede: the header block ends; a dateline here belongs to this story.
                    inHeader = false
                    if let place = plan.places[i] { b.metadata["dateline"] = b.metadata["dateline"] ?? .string(place) }
                    b.keep(i, of: lines)
                    current = b
                    fate(i, .kept)
                    continue
                }
                if let start = plan.starts[i], !(continuationOpening() && !start.isTitle && start.titleLine == nil) {
                    // A headline the rules stripped above the header (`BoundaryHeaderLift.swift`)
                    // titles the story; the line itself (a lede, or a dek) is its first text. A
                    // headline below (under a caption the story opens at) is skipped when reached.
                    if let t = start.titleLine {
                        startStory(at: i, title: String(lines[t].content), key: lines[t].key)
                        inHeader = false
                        if t > i { titleBelow = t }
                        if plan.repeatedDeks.contains(i) {
                            fate(i, .stripped(rule: "teaser", detail: "dek over the header, repeated whole by the story below"))
                            continue
                        }
                        if let place = plan.places[i] { current!.metadata["dateline"] = .string(place) }
                        current!.keep(i, of: lines)
                        fate(i, .boundary, start.scored)
                        continue
                    }
                    if start.isTitle || !start.isOpening && Self.readsAsStartHeadline(i, in: lines, facts: plan.facts, config: scorer.config) {
                        startStory(at: i, title: String(lines[i].content), key: lineKey)
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
                    continue
                }
                // Only `explain` shows a kept line's score: a run skips the lookup and the copy.
                let scored = wantFates ? plan.rejected[i] : nil
                if storyCount == 0 { startStory(at: i, title: nil, key: nil) }
                // Another story's headline in capitals inside this one (`StorySplitter+CapsLink.swift`).
                if !current!.isOpening, Self.isInlineCapsLink(i, in: lines, facts: plan.facts) {
                    StoryFurniture.add(lines[i].content, to: "links", in: &current!.metadata)
                    fate(i, .stripped(rule: Self.capsLinkRule, detail: "another story's headline in capitals inside this one, to metadata.links"))
                    continue
                }
                current!.keep(i, of: lines)
                fate(i, .kept, scored)
            }
        }
        finishCurrent()
        Self.joinJumps(&stories, joins, final: final || record)
        return (stories, fates)
    }
}
