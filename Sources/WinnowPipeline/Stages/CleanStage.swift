/// A text block with every line classified (kept, stripped by a rule, metadata-bearing).
public struct CleanedBlock {
    public var block: TextBlock
    public var classified: ClassifiedText
}

/// Stage `clean`: classifies every line of each block by the rule families of the pipeline file
/// and, when the run made a learning pass, by learned boilerplate counts. Nothing is removed yet:
/// the splitter uses stripped lines (credits, widgets) as evidence of story boundaries, and
/// `winnow explain` shows every line's fate.
public final class CleanStage: PipelineStage {
    public typealias Input = TextBlock
    public typealias Output = CleanedBlock

    public let name = "clean"
    public let stats = StageStats(name: "clean")
    let classifiers: [LineClassifier]
    let context: RunContext
    let learning: LearnedPass?
    private let config: CleanConfig
    private static let reportTop = 25

    public init(config: CleanConfig, context: RunContext, learning: LearnedPass? = nil) throws {
        // One classifier per worker: each keeps scratch state (and regex match data) of its own;
        // the rules are compiled once and shared (~60 M instructions a compilation).
        let first = try LineClassifier(config: config, learned: learning?.learned)
        classifiers = [first] + (1..<max(1, context.threads)).map { _ in
            LineClassifier(sharingRulesOf: first, config: config, learned: learning?.learned)
        }
        self.context = context
        self.learning = learning
        self.config = config
    }

    /// A classifier sharing the compiled rules, for work outside the stage's own workers (the
    /// fused stage's ahead worker).
    func spareClassifier() -> LineClassifier {
        LineClassifier(sharingRulesOf: classifiers[0], config: config, learned: learning?.learned)
    }

    public func process(_ batch: [TextBlock], emit: ([CleanedBlock]) throws -> Void) throws {
        stats.seen += batch.count
        let threads = min(context.threads, classifiers.count)
        // Work sharing: blocks differ in size, so each worker takes the next one as it frees up,
        // the largest first (a short tail).
        let out = parallelMap(batch.count, threads: threads, costs: batch.map(\.text.utf8.count)) { i, worker in
            CleanedBlock(block: batch[i], classified: classifiers[worker].classify(batch[i]))
        }
        var tally = RuleTally()
        for item in out { tally.add(item.classified) }
        record(tally, blocks: out.count)
        try emit(out)
    }

    /// Lines stripped and marked as links, by rule: tallied by rule name first (one counter-name
    /// string per rule and batch, not per line); per block when blocks are cleaned in parallel.
    struct RuleTally {
        var stripped: [String: Int] = [:], links: [String: Int] = [:]

        mutating func add(_ text: ClassifiedText) {
            // By index, the two fields read in place: `for line in` copied each line (a retain and
            // release of every field), ~0.4% of a two-thread run's samples on dumps-300.
            let lines = text.lines
            for i in lines.indices {
                if case .stripped(let rule, _) = lines[i].kind {
                    stripped[rule, default: 0] += 1
                } else if let rule = lines[i].linkRule {
                    // `link` families keep their line (it belongs to the story) but bar it from
                    // opening one: counted so stats cite them like the stripping families.
                    links[rule, default: 0] += 1
                }
            }
        }

        mutating func add(_ other: RuleTally) {
            for (rule, n) in other.stripped { stripped[rule, default: 0] += n }
            for (rule, n) in other.links { links[rule, default: 0] += n }
        }
    }

    /// A batch's counters: `blocks` cleaned, lines by rule.
    func record(_ tally: RuleTally, blocks: Int) {
        for (rule, n) in tally.stripped { stats.count("lines_stripped.\(rule)", n) }
        for (rule, n) in tally.links { stats.count("lines_link.\(rule)", n) }
        stats.passed += blocks
    }

    public func finish(emit: ([CleanedBlock]) throws -> Void) throws {
        if let l = learning {
            // From the learning pass, which every run (a resumed one too) makes over all inputs,
            // so the report is the same however the run went; lines stripped per rule are in
            // the counters.
            let top = l.learner.topLines.prefix(Self.reportTop)
            stats.extra["learned"] = .object([
                "pass_seconds": .double((l.seconds * 1000).rounded() / 1000),
                "keys_counted": .int(l.keysCounted),
                "keys_evicted": .int(l.learner.evicted),
                "keys_from_index": .int(l.keysFromIndex),
                "keys_learned": .int(l.learner.keyCount),
                "sampled_files": .int(l.sampledFiles),     // clean.learned.sample_bytes
                "sampled_bytes": .int(Int(l.sampledBytes)),
                "top_learned": .array(top.map {
                    .object(["text": .string($0.text), "documents": .int($0.documents), "sources": .int($0.sources)])
                }),
            ])
        }
    }
}
