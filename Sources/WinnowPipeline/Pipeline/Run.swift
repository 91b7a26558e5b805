import Foundation
import Logging
import WinnowCore

/// Options of one `winnow run`, as the CLI passes them.
public struct RunOptions {
    public var inputs: [String]
    public var output: String
    public var pipeline: PipelineConfig
    public var pipelinePath: String
    public var batch: String?
    public var dedup: Bool
    public var threads: Int
    public var logger: Logger
    /// The persistent cross-batch index (`--index`), and whether to re-run a batch already in it.
    public var index: String?
    public var replace: Bool
    /// Discard an interrupted run's checkpoint in the output directory instead of resuming it.
    public var restart: Bool

    public init(inputs: [String], output: String, pipeline: PipelineConfig, pipelinePath: String, batch: String?,
                dedup: Bool, threads: Int, logger: Logger, index: String? = nil, replace: Bool = false,
                restart: Bool = false) {
        self.inputs = inputs
        self.output = output
        self.pipeline = pipeline
        self.pipelinePath = pipelinePath
        self.batch = batch
        self.dedup = dedup
        self.threads = threads
        self.logger = logger
        self.index = index
        self.replace = replace
        self.restart = restart
    }
}

/// What a run did, for the summary line and the exit code.
public struct RunSummary {
    public var documentsIn = 0
    public var kept = 0
    public var duplicates = 0
    public var rejected = 0
    public var rejectionRecords = 0
    /// Lines stripped by the clean stage's rules and by the splitter.
    public var linesStripped = 0
    public var shards = 0
    public var inputBytes: Int64 = 0
    public var seconds = 0.0
    /// With `--index`: duplicates of stories of earlier batches (included in `duplicates`).
    public var crossBatchDuplicates = 0
    /// `documents_in == kept + duplicates + rejected`; false is a bug in Winnow.
    public var accountingHolds: Bool { documentsIn == kept + duplicates + rejected }
}

/// One run of the pipeline over a set of inputs into an output directory.
public final class WinnowRun {
    public let options: RunOptions
    public let inputs: [InputFile]
    /// The open index (`--index`), locked for this run until it commits or fails.
    public let indexSession: IndexSession?
    /// Called with (bytes read so far, documents out so far).
    public var onProgress: ((Int64, Int) -> Void)?
    /// The interrupted run this one resumes (a checkpoint in the output directory), if any.
    let resumeFrom: Checkpoint.Found?
    let fingerprint: JSONValue
    /// Input files an interrupted run finished, which this run replays instead of reading.
    public var resumedInputs: Int { resumeFrom?.finishedInputs ?? 0 }

    /// Expands inputs (a missing path fails here, before any work) and checks the output directory:
    /// empty or absent, or holding a checkpoint of this same job to resume (`Resume.swift`).
    public init(options: RunOptions) throws {
        self.options = options
        inputs = try InputDiscovery.expand(options.inputs)
        let batchName = options.index == nil ? options.batch
            : options.batch ?? URL(fileURLWithPath: options.output).standardizedFileURL.lastPathComponent
        fingerprint = Resume.fingerprint(options: options, inputs: inputs, batch: batchName)
        resumeFrom = try Resume.inspect(output: options.output, fingerprint: fingerprint, restart: options.restart)
        // The index is opened (and locked) last, once nothing else can fail before the run.
        if let path = options.index, let batch = batchName {
            guard options.dedup, let dedup = options.pipeline.dedup else {
                throw IndexError(path: path, message: "--index needs the dedup stage (it is turned off or not in the pipeline)")
            }
            let paths = inputs.map(\.path)
            let open = { (replace: Bool) in
                try IndexSession(path: path, batch: batch, inputs: paths, parameters: dedup.sketchParameters,
                                 survivor: dedup.indexSurvivor, replace: replace)
            }
            do { indexSession = try open(options.replace) } catch is BatchAlreadyIndexed where resumeFrom?.indexCommitStarted == true {
                // Killed between the index commit and the manifest: the batch there is this run's own.
                indexSession = try open(true)
            }
        } else {
            indexSession = nil
        }
    }

    /// Runs the pipeline. On any failure the index is left as it was (its transaction rolled back).
    public func execute() throws -> RunSummary {
        do { return try executeStages() } catch {
            indexSession?.abandon()
            throw error
        }
    }

    private func executeStages() throws -> RunSummary {
        let start = monotonicSeconds()
        let phases = RunPhases()
        limitHeapArenas()
        let out = options.output
        do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
            throw OutputError(path: out, message: "cannot create the output directory: \(systemReason(error, creating: out))")
        }
        Resume.clear(output: out, keepCheckpoint: resumeFrom != nil)
        let spool = "\(out)/.winnow-spool-\(getpid())"
        if mkdir(spool, 0o755) != 0 {
            throw OutputError(path: out, message: "cannot write in the output directory: \(String(cString: strerror(errno)))")
        }
        defer { removeTree(spool) }

        let config = options.pipeline
        // Written like the shards: libdeflate members of `write.member_bytes` at their level.
        let (level, member) = (config.write.compressionLevel, config.write.memberBytes)
        let rejected = try RecordFile(path: "\(out)/rejected.jsonl.gz", level: level, memberBytes: member)
        let duplicates = try RecordFile(path: "\(out)/duplicates.jsonl.gz", level: level, memberBytes: member)
        let context = RunContext(logger: options.logger, threads: options.threads, rejected: rejected)
        for dir in InputDiscovery.emptyDirectories(options.inputs, files: inputs) {
            try context.reject(Rejection(source: dir, position: nil, reason: "empty_directory",
                                         detail: "no .txt, .txt.gz, .jsonl or .jsonl.gz file under this directory",
                                         excerpt: "", isDocument: false))
        }

        // Build the chain back to front: write ← dedup ← checkpoint ← split/documents ← clean ← read,
        // with a stop check (SIGINT/SIGTERM) after read and before write.
        let write = WriteStage(config: config.write, directory: out, threads: options.threads)
        var stages: [StageStats] = []
        var pipe: Pipe<Document> = StopCheckStage<Document>().connect(to: write.connect(to: .end))
        var dedupStage: DedupStage?
        if options.dedup, let dedupConfig = config.dedup {
            let stage = try DedupStage(config: dedupConfig, context: context, spoolDirectory: spool,
                                       duplicates: duplicates, batchName: indexSession?.batchName ?? options.batch,
                                       index: indexSession)
            dedupStage = stage
            pipe = stage.connect(to: pipe)
            stages.append(stage.stats)
        }
        let checkpoint = try openCheckpoint()
        dedupStage?.recordStore = checkpoint   // survivors' records are read back from the checkpoint
        let checkpointStage = CheckpointStage(checkpoint: checkpoint, threads: options.threads)
        stages.append(checkpointStage.stats)   // between split and dedup; journaled with upstream
        let afterCheckpoint = pipe
        // The checkpoint and what follows it run one batch behind read/clean/split (`BackEnd`).
        let backEnd = BackEnd(next: checkpointStage.connect(to: pipe), context: context,
                              checkpointStage: checkpointStage, threads: options.threads)
        pipe = backEnd.input
        var documentStats: StageStats
        let head: Pipe<TextBlock>
        // Read's workers start decoding the main pass's first files now, beside the learned pass:
        // they fill its tail (its last file scanned on one core, its serial finish) and the first
        // batch is ready when cleaning can start. They decode in input order whatever the timing.
        let read = ReadStage(config: config.read, context: context)
        let remaining = Array(inputs.dropFirst(checkpoint.finishedInputs))
        read.readAhead(remaining)
        // Learned boilerplate: a first pass over the inputs (see LearnedPass).
        phases.end("setup")
        let learning = try LearnedPass.run(pipeline: config, inputs: inputs, index: indexSession,
                                          threads: options.threads, logger: options.logger)
        phases.end("learned_pass")
        switch (config.clean, config.split) {
        case let (clean?, split?):
            let splitStage = try SplitStage(config: split, context: context)
            let cleanStage = try CleanStage(config: clean, context: context, learning: learning)
            // One stage for both, so a block of a whole file is cleaned and split in one task.
            let fused = CleanSplitStage(clean: cleanStage, split: splitStage)
            // A batch's tail cleans and splits whole files read ahead for the next batches.
            if options.threads > 1 {
                fused.workAhead(classifier: cleanStage.spareClassifier(), splitter: try splitStage.spareSplitter(),
                                lookahead: { [unowned read] in read.wholeFilesAhead() })
            }
            head = fused.connect(to: pipe)
            documentStats = splitStage.stats
            stages += [splitStage.stats, cleanStage.stats]
        case let (clean?, nil):
            // Cleaning without splitting: each record keeps its kept lines as one document.
            let keptLines = KeptLinesStage(context: context)
            let cleanStage = try CleanStage(config: clean, context: context, learning: learning)
            head = cleanStage.connect(to: keptLines.connect(to: pipe))
            documentStats = keptLines.stats
            stages += [keptLines.stats, cleanStage.stats]
        case (nil, _):
            let whole = WholeDocumentStage(context: context)
            head = whole.connect(to: pipe)
            documentStats = whole.stats
            stages.append(whole.stats)
        }
        let source = read.connect(to: StopCheckStage<TextBlock>().connect(to: head))
        stages.append(read.stats)
        stages.reverse()
        let upstream = Array(stages.prefix { $0.name != "dedup" })   // the stages the checkpoint covers
        stages.append(write.stats)

        var lastReport = 0.0
        let resumedBytes = inputs.prefix(resumedInputs).reduce(Int64(0)) { $0 + $1.size }
        read.onProgress = { [weak self] bytes in
            let now = monotonicSeconds()
            guard now - lastReport >= 0.25 else { return }
            lastReport = now
            self?.onProgress?(resumedBytes + bytes, documentStats.passed)
        }
        do {
            // Inputs an interrupted run finished are replayed from the checkpoint, the rest read;
            // each input read is checkpointed once it is through split.
            context.observer = checkpointStage.record
            // Inputs go in steps of `read.inputs_per_step` files, so the stages after read get
            // several files' blocks at once to share out among threads; a step is checkpointed as
            // one. The step is fixed, not the thread count: output must not depend on --threads.
            // Read's workers decode ahead (since before the learned pass, during the replay too).
            try replay(checkpoint, into: afterCheckpoint, context: context, upstream: upstream)
            backEnd.start()
            let step = config.read.inputsPerStep
            // The step's journal line is written by the back end once it has the step's events;
            // the front end's counters are taken here, at the step's end (it reads on meanwhile).
            let front = upstream.filter { $0 !== checkpointStage.stats }
            for start in stride(from: 0, to: remaining.count, by: step) {
                let group = Array(remaining[start..<min(start + step, remaining.count)])
                try Interruption.check()
                try source.push(group)
                try Interruption.check()   // inputs cut short by the stop are not finished
                let frontStats = snapshot(front), through = group.last!.index
                try backEnd.handOn { [checkpointStage] in
                    try Interruption.check()
                    try checkpoint.finishInputs(through: through, stats: self.snapshot(frontStats, then: [checkpointStage.stats]))
                }
            }
            try backEnd.finishSteps()
            phases.end("main_pass")
            // Time the front end waited for the back end (what the overlap did not hide).
            checkpointStage.stats.counters["front_end_wait_ms"] = Int(backEnd.waitSeconds * 1000)
            // And the other way round: time the back end worked, and waited for the front end.
            checkpointStage.stats.counters["back_end_busy_ms"] = Int(backEnd.busySeconds * 1000)
            checkpointStage.stats.counters["back_end_idle_ms"] = Int(backEnd.idleSeconds * 1000)
            try source.finish()   // dedup's clustering, survivors and duplicates; write's last members
            phases.end("finish")
            try Interruption.check()
        } catch {
            backEnd.abandon()   // first: nothing may write behind the clean-up
            write.abandon()
            rejected.discard()
            duplicates.discard()
            indexSession?.abandon()
            checkpoint.close()
            if var stop = error as? RunInterrupted {
                stop.finishedInputs = checkpoint.finishedInputs
                stop.totalInputs = inputs.count
                throw stop
            }
            throw error
        }
        do {
            try rejected.finish()
            try duplicates.finish()
        } catch {
            indexSession?.abandon()
            throw error
        }
        // Dedup is done with its spool. Removed before the index commit and the manifest: a run
        // killed once its manifest is written leaves no scratch behind in the output directory.
        removeTree(spool)

        // Accounting: every document that entered is kept, a duplicate, or rejected.
        var summary = RunSummary()
        // Dedup's `no_words` rejections are document rejections of the context too, and their
        // stories left split: each counts once in documents_in and once as rejected.
        let noWords = dedupStage?.stats.dropped["no_words"] ?? 0
        summary.documentsIn = documentStats.passed + context.rejectedDocuments - noWords
        summary.kept = write.stats.passed
        summary.duplicates = dedupStage?.stats.dropped["duplicate"] ?? 0
        summary.rejected = context.rejectedDocuments
        summary.rejectionRecords = rejected.records
        // The rules' (clean) and the splitter's own (bylines, teasers, repeated headlines, …).
        summary.linesStripped = stages.filter { $0.name == "clean" || $0.name == "split" }
            .flatMap { $0.counters.filter { $0.key.hasPrefix("lines_stripped") }.values }.reduce(0, +)
        summary.shards = write.shards.count
        summary.inputBytes = inputs.reduce(0) { $0 + $1.size }
        summary.seconds = monotonicSeconds() - start
        summary.crossBatchDuplicates = indexSession?.crossBatchDuplicates ?? 0

        // The batch becomes visible in the index only now, with every output file written (the
        // manifest follows: a run killed in between leaves outputs without a manifest, which
        // marks them unfinished, and an index that has the batch; `--replace` redoes it).
        if let session = indexSession {
            do {
                try checkpoint.markIndexCommit()
                try session.commit(documentsIn: summary.documentsIn, duplicates: summary.duplicates)
            } catch {
                session.abandon()
                throw error
            }
        }

        phases.end("side_outputs")
        try writeReports(summary: summary, stages: stages, context: context, shards: write.shards,
                         sketch: dedupStage?.parameters, phases: phases)
        checkpoint.remove()   // the manifest is in place: the run is complete
        return summary
    }

    private func writeReports(summary: RunSummary, stages: [StageStats], context: RunContext, shards: [ShardInfo],
                              sketch: SketchParameters?, phases: RunPhases) throws {
        let out = options.output
        let cpu = processCPUTimes()
        var stageList: [JSONValue] = []
        for s in stages {
            guard case .object(var o) = s.json else { continue }
            o["name"] = .string(s.name)
            stageList.append(.object(o))
        }
        let stats: JSONValue = .object([
            "documents_in": .int(summary.documentsIn),
            "kept": .int(summary.kept),
            "duplicates": .int(summary.duplicates),
            "rejected": .int(summary.rejected),
            "accounting_holds": .bool(summary.accountingHolds),
            "rejection_records": .int(summary.rejectionRecords),
            "rejected_by_reason": .object(context.rejectedByReason.mapValues { .int($0) }),
            "seconds": .double((summary.seconds * 1000).rounded() / 1000),
            "stages": .array(stageList),
            // Where the wall time went, and how busy the cores were meanwhile (`RunPhases`).
            "phase_seconds": phases.json,
            "cpu_seconds": .object(["user": .double((cpu.user * 1000).rounded() / 1000),
                                    "system": .double((cpu.system * 1000).rounded() / 1000)]),
        ])
        var manifest: [String: JSONValue] = [
            "winnow_version": .string(WinnowVersion.string),
            "pipeline": .object([
                "path": .string(options.pipelinePath),
                "sha256": .string(options.pipeline.sha256),
                "text": .string(options.pipeline.sourceText),
                "stages": .array(options.pipeline.stageNames.map { .string($0) }),
                "dedup_enabled": .bool(options.dedup && options.pipeline.dedup != nil),
            ]),
            "inputs": .array(inputs.map { .object(["path": .string($0.path), "size": .int(Int($0.size))]) }),
            "shards": .array(shards.map {
                .object(["name": .string($0.name), "records": .int($0.records), "bytes": .int(Int($0.bytes)),
                         "sha256": .string($0.sha256)])
            }),
            "side_outputs": .array(["duplicates.jsonl.gz", "rejected.jsonl.gz", "stats.json"].map { .string($0) }),
        ]
        if let batch = indexSession?.batchName ?? options.batch { manifest["batch"] = .string(batch) }
        if let session = indexSession { manifest["index"] = indexManifestEntry(session) }
        if let p = sketch {
            manifest["sketch"] = .object([
                "hash_function": .string(p.hashFunction), "seed": .int(Int(truncatingIfNeeded: p.seed)),
                "ngram": .int(p.ngram), "permutations": .int(p.permutations), "bands": .int(p.bands), "rows": .int(p.rows),
                "lowercase": .bool(p.tokenizer.lowercase), "digits_to_zero": .bool(p.tokenizer.digitsToZero),
                "strip_accents": .bool(p.tokenizer.stripAccents),
                "format_version": .int(WinnowCoreInfo.sketchFormatVersion),
            ])
        }
        // stats.json holds timings, so it differs run to run; manifest.json is byte-identical.
        try writeAtomically(JSONWriter.pretty(stats), to: "\(out)/stats.json")
        try writeAtomically(JSONWriter.pretty(.object(manifest)), to: "\(out)/manifest.json")
    }
}

/// Why `path` cannot be created, in the operating system's words ("Permission denied", …):
/// Foundation's own message for it is vaguer.
private func systemReason(_ error: Error, creating path: String) -> String {
    if mkdir(path, 0o755) != 0 && errno != EEXIST { return String(cString: strerror(errno)) }
    return (error as NSError).localizedDescription
}

/// Writes a small file under a temporary name and renames it into place.
func writeAtomically(_ text: String, to path: String) throws {
    let file = try AtomicFile(path: path)
    do {
        try file.write(Array(text.utf8))
        try file.commit()
    } catch {
        file.discard()
        throw error
    }
}

public enum WinnowVersion {
    public static let string = "0.1.0"
}
