import Foundation

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

    /// Work ahead (more than one thread): while a batch ends on one core (its tail), a worker of
    /// its own cleans and splits a whole file read ahead (read's `wholeFilesAhead`) for a later
    /// batch, which takes the result instead of doing it again. It does not hold up the batch's
    /// end; a block's clean and split depend on nothing but the block, so output is the same.
    private struct Ahead {
        let classifier: LineClassifier
        let splitter: StorySplitter
        let lookahead: () -> [TextBlock]
        let queue = DispatchQueue(label: "winnow.clean-split.ahead")
    }
    private var aheadWorker: Ahead?

    func workAhead(classifier: LineClassifier, splitter: StorySplitter, lookahead: @escaping () -> [TextBlock]) {
        aheadWorker = Ahead(classifier: classifier, splitter: splitter, lookahead: lookahead)
    }

    /// One block's clean + split.
    struct Fused {
        var unit: SplitStage.Unit
        var tally: CleanStage.RuleTally
        var cleanSeconds: Double
        var splitSeconds: Double
    }
    /// Blocks done ahead (by source index); `claimed`: those being done or done.
    private var ahead: [Int: Fused] = [:]
    private var claimed: Set<Int> = []
    /// One job at a time: it is claimed when started and lands in `ahead` when done.
    private var aheadBusy: Bool { claimed.count > ahead.count }
    private let aheadLock = NSCondition()

    private static func fuse(_ block: TextBlock, classifier: LineClassifier, splitter: StorySplitter) -> Fused {
        let t0 = monotonicSeconds()
        let cleaned = CleanedBlock(block: block, classified: classifier.classify(block))
        var tally = CleanStage.RuleTally()
        tally.add(cleaned.classified)
        let t1 = monotonicSeconds()
        let unit = SplitStage.unit(cleaned, splitter: splitter)
        return Fused(unit: unit, tally: tally, cleanSeconds: t1 - t0, splitSeconds: monotonicSeconds() - t1)
    }

    /// A batch worker out of items: starts the ahead worker on one whole file read ahead (if it is
    /// not busy) and goes back to wait for the batch. Returns false: the batch worker does no more.
    private func kickAhead() -> Bool {
        guard let worker = aheadWorker else { return false }
        aheadLock.lock()
        defer { aheadLock.unlock() }
        guard !aheadBusy else { return false }
        guard let block = worker.lookahead().first(where: { !claimed.contains($0.sourceIndex) }) else { return false }
        claimed.insert(block.sourceIndex)
        worker.queue.async { [self] in
            let done = Self.fuse(block, classifier: worker.classifier, splitter: worker.splitter)
            aheadLock.lock()
            ahead[block.sourceIndex] = done
            aheadLock.broadcast()
            aheadLock.unlock()
        }
        return false
    }

    /// The result done ahead for `block`, taken out; waits for it if the ahead worker is on it.
    private func takeAhead(_ block: TextBlock) -> Fused? {
        aheadLock.lock()
        defer { aheadLock.unlock() }
        guard claimed.contains(block.sourceIndex) else { return nil }
        while ahead[block.sourceIndex] == nil { aheadLock.wait() }
        claimed.remove(block.sourceIndex)
        return ahead.removeValue(forKey: block.sourceIndex)
    }

    /// Whether the ahead worker has (or is on) `block`.
    private func isAhead(_ block: TextBlock) -> Bool {
        aheadLock.lock()
        defer { aheadLock.unlock() }
        return claimed.contains(block.sourceIndex)
    }

    public func process(_ batch: [TextBlock], emit: ([Document]) throws -> Void) throws {
        // A one-file batch goes the chained way, unless the ahead worker has (or is on) it: then
        // it is taken here rather than done twice.
        guard batch.count > 1 || isAhead(batch[0]), split.standaloneFiles(batch) else {
            // Done ahead for nothing (a batch not of whole files): dropped.
            for block in batch { _ = takeAhead(block) }
            try timeStage(clean.stats, next: { try splitOn($0, emit: emit) }) { try clean.process(batch, emit: $0) }
            return
        }
        let start = monotonicSeconds()
        let threads = min(split.context.threads, clean.classifiers.count, split.splitters.count)
        // Blocks the ahead worker has (or is on) cost nothing now: claimed last, taken then.
        let costs = batch.map { isAhead($0) ? 0 : $0.text.utf8.count }
        let results = parallelMap(batch.count, threads: threads, costs: costs,
                                  idle: aheadWorker == nil ? nil : { _ in self.kickAhead() }) { i, worker in
            takeAhead(batch[i]) ?? Self.fuse(batch[i], classifier: clean.classifiers[worker], splitter: split.splitters[worker])
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
        aheadWorker?.queue.sync {}   // the ahead worker is done
        aheadLock.lock()
        ahead = [:]
        claimed = []
        aheadLock.unlock()
        try timeStage(clean.stats, next: { try splitOn($0, emit: emit) }) { try clean.finish(emit: $0) }
        try timeStage(split.stats, next: emit) { try split.finish(emit: $0) }
    }

    /// Cleaned blocks through the split stage on its own, timed as the split's.
    private func splitOn(_ cleaned: [CleanedBlock], emit: ([Document]) throws -> Void) throws {
        try timeStage(split.stats, next: emit) { try split.process(cleaned, emit: $0) }
    }
}
