import Foundation
import Logging

/// The run's first pass for learned boilerplate: reads every input with the pipeline's own reader
/// (so blocks and records are exactly what the clean stage will see), counts line keys in a
/// `BoilerplateLearner`, and with `--index` adds the counts of earlier batches and stores this
/// batch's (in the run's index transaction: a failed run leaves them out).
///
/// Rejections of this pass are dropped: the main pass reports them.
public struct LearnedPass {
    public let learned: LearnedBoilerplate
    public let learner: BoilerplateLearner
    public let seconds: Double
    /// Keys whose counts came (partly) from earlier batches in the index.
    public let keysFromIndex: Int
    /// Distinct line keys the pass counted (before its counters were dropped).
    public let keysCounted: Int
    /// What the pass read under `sample_bytes`: files opened, and input bytes planned at most.
    public let sampledFiles: Int
    public let sampledBytes: Int64

    /// Runs the pass, or returns nil when the pipeline has no clean stage or learning is off.
    public static func run(pipeline: PipelineConfig, inputs: [InputFile], index: IndexSession?,
                           threads: Int = 1, logger: Logger) throws -> LearnedPass? {
        guard let clean = pipeline.clean, clean.learned.enabled else { return nil }
        let start = monotonicSeconds()
        let learner = BoilerplateLearner(config: clean.learned)
        // Files are read and their lines scanned on `threads` workers; counting happens here in
        // input order, so what is learned does not depend on the thread count. Rejections are the
        // main pass's to report: this pass ignores them.
        let config = clean.learned
        // Over `sample_bytes`, a deterministic sample of the inputs (whole below it).
        let sizes = inputs.map(\.size)
        let sample = LearnedSample.plan(sizes: sizes, budget: config.sampleBytes)
        let planned = sample.bytes(sizes: sizes), total = sizes.reduce(0, +)
        try OrderedFileWorkers<BoilerplateLearner.BlockScan>.run(
            count: sample.reads.count, threads: threads, maxPendingWeight: pipeline.read.blockBytes,
            weight: { $0.weight },
            produce: { k, sink in
                let read = sample.reads[k]
                // Text dumps' blocks as bytes: no String is made of them. Rejections and counts
                // are the main pass's to report.
                try ReadStage.decode(inputs[read.index], config: pipeline.read, headBytes: read.headBytes,
                                     textAsBytes: true) { event in
                    switch event {
                    case .textBytes(let b, let sourceIndex):
                        try sink(BoilerplateLearner.scan(bytes: b, sourceIndex: sourceIndex, config: config))
                    case .records(let r): for b in r { try sink(BoilerplateLearner.scan(b, config: config)) }
                    default: break
                    }
                }
            },
            consume: { learner.apply($0) })
        if planned > 0 && planned < total { learner.scaleDocuments(by: Double(total) / Double(planned)) }
        var fromIndex = 0
        if let session = index {
            // This batch's own counts first, then earlier batches' added in.
            let own = learner.sortedCounts()
            try session.index.storeLineCounts(own, batch: session.batchSeq)
            fromIndex = try session.index.mergeLineCounts(into: learner, counts: own, excludingBatch: session.batchSeq)
        }
        let keysCounted = learner.keyCount
        logger.debug("learned boilerplate: \(keysCounted) keys counted")
        let learned = learner.finish()
        // The counters of every key seen are not needed past here: only the learned set is. Keeping
        // them would hold memory that grows with the corpus for the whole run.
        learner.keepOnlyLearned()
        return LearnedPass(learned: learned, learner: learner, seconds: monotonicSeconds() - start,
                           keysFromIndex: fromIndex, keysCounted: keysCounted,
                           sampledFiles: sample.reads.count, sampledBytes: planned)
    }

    /// The pass over input paths (files or directories), without an index: what `winnow explain`
    /// uses to show the same `learned` fates a `winnow run` over those paths would give.
    public static func run(pipeline: PipelineConfig, paths: [String]) throws -> LearnedPass? {
        try run(pipeline: pipeline, inputs: try InputDiscovery.expand(paths), index: nil,
                logger: Logger(label: "winnow.learn", factory: { _ in SwiftLogNoOpLogHandler() }))
    }
}
