/// A text block with every line classified (kept, stripped by a rule, metadata-bearing).
public struct CleanedBlock {
    public var block: TextBlock
    public var classified: ClassifiedText
}

/// Stage `clean`: classifies every line of each block by the rule families of the pipeline file.
/// Nothing is removed yet: the splitter uses stripped lines (credits, widgets) as evidence of
/// story boundaries, and `winnow explain` shows every line's fate.
public final class CleanStage: PipelineStage {
    public typealias Input = TextBlock
    public typealias Output = CleanedBlock

    public let name = "clean"
    public let stats = StageStats(name: "clean")
    let classifiers: [LineClassifier]
    let context: RunContext

    public init(config: CleanConfig, context: RunContext) throws {
        // One classifier per worker: each keeps scratch state of its own.
        classifiers = try (0..<context.threads).map { _ in try LineClassifier(config: config) }
        self.context = context
    }

    public func process(_ batch: [TextBlock], emit: ([CleanedBlock]) throws -> Void) throws {
        stats.seen += batch.count
        let threads = min(context.threads, classifiers.count)
        let out = parallelMap(batch.count, threads: threads) { i in
            CleanedBlock(block: batch[i], classified: classifiers[i % threads].classify(batch[i].text))
        }
        for item in out {
            for line in item.classified.lines {
                if case .stripped(let rule, _) = line.kind { stats.count("lines_stripped.\(rule)") }
            }
        }
        stats.passed += out.count
        try emit(out)
    }
}
