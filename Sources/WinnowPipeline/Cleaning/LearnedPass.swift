import Foundation
import Logging

/// The run's first pass for learned boilerplate: reads every input with the pipeline's own reader
/// (so blocks and records are exactly what the clean stage will see), counts line keys in a
/// `BoilerplateLearner`, and with `--index` adds the counts of earlier batches and stores this
/// batch's (in the run's index transaction: a failed run leaves them out).
///
/// Rejections of this pass go to a throw-away file: the main pass reports them.
public struct LearnedPass {
    public let learned: LearnedBoilerplate
    public let learner: BoilerplateLearner
    public let seconds: Double
    /// Keys whose counts came (partly) from earlier batches in the index.
    public let keysFromIndex: Int
    /// Distinct line keys the pass counted (before its counters were dropped).
    public let keysCounted: Int

    /// Runs the pass, or returns nil when the pipeline has no clean stage or learning is off.
    public static func run(pipeline: PipelineConfig, inputs: [InputFile], index: IndexSession?,
                           logger: Logger) throws -> LearnedPass? {
        guard let clean = pipeline.clean, clean.learned.enabled else { return nil }
        let start = monotonicSeconds()
        let learner = BoilerplateLearner(config: clean.learned)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-learn-\(getpid())-\(UInt64(start * 1e6))")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let rejected = try RecordFile(path: tmp.appendingPathComponent("rejected.jsonl.gz").path, level: 1)
        defer { rejected.discard() }
        let context = RunContext(logger: Logger(label: "winnow.learn", factory: { _ in SwiftLogNoOpLogHandler() }),
                                 threads: 1, rejected: rejected)
        let observe = Pipe<TextBlock>(push: { $0.forEach(learner.observe) }, finish: {})
        let read = ReadStage(config: pipeline.read, context: context).connect(to: observe)
        for file in inputs { try read.push([file]) }
        try read.finish()
        var fromIndex = 0
        if let session = index {
            // This batch's own counts first, then earlier batches' added in.
            try session.index.storeLineCounts(learner.counts, batch: session.batchSeq)
            fromIndex = try session.index.mergeLineCounts(into: learner, excludingBatch: session.batchSeq)
        }
        let keysCounted = learner.counts.count
        logger.debug("learned boilerplate: \(keysCounted) keys counted")
        let learned = learner.finish()
        // The counters of every key seen are not needed past here: only the learned set is. Keeping
        // them would hold memory that grows with the corpus for the whole run.
        learner.keepOnlyLearned()
        return LearnedPass(learned: learned, learner: learner, seconds: monotonicSeconds() - start,
                           keysFromIndex: fromIndex, keysCounted: keysCounted)
    }

    /// The pass over input paths (files or directories), without an index: what `winnow explain`
    /// uses to show the same `learned` fates a `winnow run` over those paths would give.
    public static func run(pipeline: PipelineConfig, paths: [String]) throws -> LearnedPass? {
        try run(pipeline: pipeline, inputs: try InputDiscovery.expand(paths), index: nil,
                logger: Logger(label: "winnow.learn", factory: { _ in SwiftLogNoOpLogHandler() }))
    }
}
