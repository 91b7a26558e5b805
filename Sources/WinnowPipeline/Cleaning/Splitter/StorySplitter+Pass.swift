/// The pass that builds a text's stories from its plan (`BoundaryPlanner.Plan`): one walk over the
/// merged lines, each line kept, stripped, a title or a story's start. The plan decided where
/// stories start; the pass decides what depends on the stories so far: the header (furniture,
/// teasers and repeats of the title between a headline and its lede), bylines and links leaving
/// for metadata, kickers, and print jumps. Body lines: `StorySplitter+PassBody.swift`; the
/// header: `StorySplitter+PassHeader.swift`.
extension StorySplitter {
    struct Pass {
        let lines: [ClassifiedLine]
        let spans: [Range<Int>]
        /// The lines before the reflow, which `spans` index (`StorySplitter+BoxItemLede.swift`).
        let input: [ClassifiedLine]
        let plan: BoundaryPlanner.Plan
        let scorer: BoundaryScorer
        /// `false` (a run) skips the per-line fates: describing features is string work that
        /// only `explain` shows.
        let wantFates: Bool

        var stories: [ExtractedStory] = []
        var fates: [LineFate] = []
        var current: Builder?
        /// Stories counted as they start, so fates can name them even if one ends up empty. Also
        /// what tells whether a story is open (`current` is set from the first story on): testing
        /// the optional builder copied it out for every line.
        var storyCount = 0
        /// True from a headline until its lede: repeats and bullets there are header furniture.
        var inHeader = false
        /// Bylines seen above the next story's start (`StoryFurniture.Fate.bylineNext`).
        var pendingBylines: [JSONValue] = []
        /// Section labels and title tags over the next story's headline (`StorySplitter+Kicker.swift`,
        /// `StorySplitter+PageTitle.swift`), flagged per line: looked up per body line, a flag is
        /// cheaper than a hash of every line in the Set. Empty when there are none.
        var isKicker = [Bool]()
        let pageTitles: Set<Int>
        /// The label waiting for the next story.
        var pendingKicker: String?
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
        /// The lines this pass stripped (not the rules: those the clean stage counts), by their
        /// first input line and rule, for the split stage's `lines_stripped.<rule>` counters.
        var strips: [(line: Int, rule: String)] = []

        init(_ prepared: Prepared, plan: BoundaryPlanner.Plan, scorer: BoundaryScorer, fates wantFates: Bool) {
            (lines, spans, input) = (prepared.lines, prepared.spans, prepared.input)
            (self.plan, self.scorer, self.wantFates) = (plan, scorer, wantFates)
            if wantFates { fates.reserveCapacity(lines.count) }
            let kickers = StorySplitter.kickersAboveTitles(lines, plan: plan, config: scorer.config)
            pageTitles = StorySplitter.pageTitlesAboveTitles(lines, plan: plan)
            if !kickers.isEmpty || !pageTitles.isEmpty {
                isKicker = [Bool](repeating: false, count: lines.count)
                for k in kickers { isKicker[k] = true }
                for k in pageTitles { isKicker[k] = true }
            }
        }

        /// The walk. Lines are read in place, field by field: a copy of each line retained and
        /// released its storage and rule box. Metadata is read only from lines that carry some.
        mutating func walk() {
            for i in lines.indices {
                switch lines[i].kind {
                case .blank:
                    fate(i, .blank)
                case .stripped(let rule, _):
                    stripped(i, rule: rule)
                case .body:
                    body(i)
                }
            }
            finishCurrent()
        }

        private mutating func stripped(_ i: Int, rule: String) {
            if storyCount == 0 { startStory(at: i, title: nil, key: nil) }
            // Cheap tests first: a stripped line's rule is compared only where a jump can be.
            if continuing == nil && !current!.isOpening && rule.utf8.count == StorySplitter.jumpOutRule.utf8.count && rule == StorySplitter.jumpOutRule {
                pendingJump = PendingJump(story: stories.count, fateStory: storyCount - 1,
                                          keys: StorySplitter.jumpKeys(title: current!.title, jumpLine: lines[i].content))
            } else if pendingJump != nil && rule == StorySplitter.jumpInRule {
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
            // Stripped by the rules, not by this pass: the clean stage counted it.
            note(i, .stripped(rule: rule, detail: lines[i].detail))
        }

        mutating func finishCurrent() {
            guard let s = current?.finish() else { return }
            if let c = continuing { joins.append((stories.count, c.story)) }
            stories.append(s)
        }

        mutating func startStory(at i: Int, title: String?, key: UInt64?) {
            finishCurrent()
            continuing = nil
            current = Builder(title: title, titleKey: key, titleLine: title == nil ? nil : i, firstLine: spans[i].lowerBound)
            if !pendingBylines.isEmpty {
                current!.metadata["bylines"] = .array(pendingBylines)
                pendingBylines = []
            }
            if let k = pendingKicker { current!.metadata["kicker"] = .string(k); pendingKicker = nil }
            inHeader = title != nil
            bareTitleKey = title.flatMap { StorySplitter.bareTitleKey($0, minWords: StorySplitter.minRepeatedHeadlineWords) }
            storyCount += 1
        }
        /// The part of the pending jump's story that goes on here: an untitled story that is
        /// appended to it at the end; its lines' fates name that story.
        mutating func startContinuation(at i: Int) {
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
        /// A line this pass strips (a byline, a teaser, a kicker …) is counted too (`strips`).
        mutating func fate(_ i: Int, _ kind: LineFate.Kind, _ scored: ScoredLine? = nil) {
            if case .stripped(let rule, _) = kind { strips.append((spans[i].lowerBound, rule)) }
            note(i, kind, scored)
        }

        /// The fate alone, for `explain`.
        mutating func note(_ i: Int, _ kind: LineFate.Kind, _ scored: ScoredLine? = nil) {
            guard wantFates else { return }
            let story = continuing?.fateStory ?? (storyCount == 0 ? nil : storyCount - 1)
            for (n, line) in spans[i].enumerated() {
                fates.append(LineFate(line: line, kind: n == 0 || kind != .boundary ? kind : .kept, story: story,
                                      score: n == 0 ? scored?.score : nil,
                                      features: n == 0 ? scored?.describe(scorer.weights) ?? [] : []))
            }
        }
    }
}
