/// Stages `clean` and `split` run as one step over a batch, for the pipeline that has both.
///
/// Each stage's `parallelMap` ends in a tail: the batch's last block cleaned (or split) on one
/// core while the other workers wait. When every block of a batch is a whole text file (the usual
/// plain-text dump, below `read.block_bytes`) and no story is held, a block's split needs nothing
/// but its own clean, so clean and split of a block are one task: one tail a step instead of two,
/// and each story's id (its SHA-256) is taken on the worker too. Otherwise (JSONL records, whose
/// file style is tallied over the file's records first; a file in several blocks, split in order
/// behind the carry) the two stages run one after the other as before. Both ways give the same
/// documents and counters; each stage keeps its own stats.
public final class CleanSplitStage: PipelineStage {
    public typealias Input = TextBlock
    public typealias Output = Document

    public let name = "clean+split"
    /// Not reported: the clean and split stages' own stats are.
    public let stats = StageStats(name: "clean+split")
    let clean: CleanStage
    let split: SplitStage

    public init(clean: CleanStage, split: SplitStage) {
        self.clean = clean
        self.split = split
    }

    public func process(_ batch: [TextBlock], emit: ([Document]) throws -> Void) throws {
        guard batch.count > 1, split.standaloneFiles(batch) else {
            try timeStage(clean.stats, next: { try splitOn($0, emit: emit) }) { try clean.process(batch, emit: $0) }
            return
        }
        let start = monotonicSeconds()
        let threads = min(split.context.threads, clean.classifiers.count, split.splitters.count)
        let results = parallelMap(batch.count, threads: threads, costs: batch.map(\.text.utf8.count)) { i, worker in
            let t0 = monotonicSeconds()
            let cleaned = CleanedBlock(block: batch[i], classified: clean.classifiers[worker].classify(batch[i]))
            var tally = CleanStage.RuleTally()
            tally.add(cleaned.classified)
            let t1 = monotonicSeconds()
            let unit = SplitStage.unit(cleaned, splitter: split.splitters[worker])
            return (unit: unit, tally: tally, cleanSeconds: t1 - t0, splitSeconds: monotonicSeconds() - t1)
        }
        var tally = CleanStage.RuleTally()
        for r in results { tally.add(r.tally) }
        clean.stats.seen += batch.count
        clean.record(tally, blocks: batch.count)
        split.stats.seen += batch.count
        let docs = try split.documents(batch, results.map(\.unit))
        // The step's wall time, shared between the stages as their workers' time was.
        let wall = monotonicSeconds() - start
        let cleanCPU = results.reduce(0.0) { $0 + $1.cleanSeconds }, splitCPU = results.reduce(0.0) { $0 + $1.splitSeconds }
        let share = cleanCPU + splitCPU > 0 ? cleanCPU / (cleanCPU + splitCPU) : 0.5
        clean.stats.seconds += wall * share
        split.stats.seconds += wall * (1 - share)
        try emit(docs)
    }

    public func finish(emit: ([Document]) throws -> Void) throws {
        try timeStage(clean.stats, next: { try splitOn($0, emit: emit) }) { try clean.finish(emit: $0) }
        try timeStage(split.stats, next: emit) { try split.finish(emit: $0) }
    }

    /// Cleaned blocks through the split stage on its own, timed as the split's.
    private func splitOn(_ cleaned: [CleanedBlock], emit: ([Document]) throws -> Void) throws {
        try timeStage(split.stats, next: emit) { try split.process(cleaned, emit: $0) }
    }
}
