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
        let r = run(text, fates: true, record: record, fileStyle: fileStyle, final: final)
        return (r.stories, r.fates)
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
        // The reflow's record of which printed lines each line joins: a capitals headline wrapped
        // over two lines is no one-line link (`BoundaryJoinedHeadline.swift`). The array is shared.
        scored.plan.spans = spans
        return Prepared(lines: lines, spans: spans, input: text.lines, planLines: planLines, scored: scored)
    }

    /// A record's own style tally: its line scores' starts, before any vote (`BoundaryFileStyle.swift`).
    func styleTally(_ prepared: Prepared) -> StyleTally {
        planner.styleTally(prepared.scored.candidates, labels: prepared.scored.labels, prepared.planLines, facts: prepared.scored.plan.facts)
    }

    func styleTally(_ text: ClassifiedText) -> StyleTally { styleTally(prepare(text)) }

    func split(_ prepared: Prepared, record: Bool, fileStyle: StyleTally, final: Bool = true) -> [ExtractedStory] {
        run(prepared, fates: false, record: record, fileStyle: fileStyle, final: final).stories
    }

    /// One split: the stories, every line's fate (when asked for) and the lines the pass itself
    /// stripped (`Pass.strips`, for the stage's counters).
    struct Result {
        var stories: [ExtractedStory]
        var fates: [LineFate]
        var strips: [(line: Int, rule: String)]
    }

    /// The split stage's call: `prepared` when the text was already scored for its file style.
    /// `fates: false` (a run) skips the per-line fates: describing features is string work that
    /// only `explain` shows.
    func result(_ text: ClassifiedText, prepared: Prepared? = nil, fates wantFates: Bool, record: Bool,
                fileStyle: StyleTally = StyleTally(), final: Bool = true) -> Result {
        run(prepared ?? prepare(text), fates: wantFates, record: record, fileStyle: fileStyle, final: final)
    }

    private func run(_ text: ClassifiedText, fates wantFates: Bool, record: Bool,
                     fileStyle: StyleTally = StyleTally(), final: Bool = true) -> Result {
        run(prepare(text), fates: wantFates, record: record, fileStyle: fileStyle, final: final)
    }

    /// Plans the starts, then builds the stories in one pass over the lines (`StorySplitter+Pass.swift`).
    private func run(_ prepared: Prepared, fates wantFates: Bool, record: Bool,
                     fileStyle: StyleTally, final: Bool = true) -> Result {
        // The planner reads separators as paragraph breaks; the stories keep every line as classed.
        let plan = planner.finish(prepared.scored, prepared.planLines, record: record, fileStyle: fileStyle)
        var pass = Pass(prepared, plan: plan, scorer: scorer, fates: wantFates)
        pass.walk()
        Self.joinJumps(&pass.stories, pass.joins, final: final || record)
        return Result(stories: pass.stories, fates: pass.fates, strips: pass.strips)
    }
}
