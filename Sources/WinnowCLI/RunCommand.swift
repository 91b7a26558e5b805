import ArgumentParser
import Foundation
import Logging
import WinnowPipeline

/// `winnow run INPUT... --output DIR`: the whole pipeline over raw dumps.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read, clean, split and deduplicate dumps into gzip JSONL shards.",
        discussion: """
        Inputs are files or directories (searched recursively for .txt, .txt.gz, .jsonl, .jsonl.gz).
        An interrupted or killed run leaves a checkpoint in the output directory: the same command
        run again resumes it (finished inputs are not read again); --restart starts over.
        Exit status: 0 done; 2 done, but some input was rejected (see rejected.jsonl.gz); 1 failed;
        64 usage error; 70 internal accounting error (a bug: please report it); 130 / 143
        interrupted by SIGINT / SIGTERM (rerun the same command to resume).
        """
    )

    @Argument(help: "Input files or directories.")
    var inputs: [String]

    @Option(name: .long, help: "Output directory (created; empty or absent, or an interrupted run of this command to resume).")
    var output: String

    @Option(name: .long, help: "Pipeline file (default: Pipelines/news.yaml).")
    var pipeline: String?

    @Option(name: .long, help: "Persistent near-duplicate index (SQLite) to check against and extend.")
    var index: String?

    @Option(name: .long, help: "Name of this batch in the index (default: the output directory's name).")
    var batch: String?

    @Flag(name: .long, help: "With --index: run a batch already in the index again, replacing its earlier run.")
    var replace = false

    @Flag(name: .long, help: "Discard an interrupted run's checkpoint in --output and start over instead of resuming.")
    var restart = false

    @Flag(name: .long, help: "Turn the near-duplicate stage off (cleaning and splitting only).")
    var noDedup = false

    @Option(name: .long, help: "Worker threads (default: all cores). Output is identical for any value.")
    var threads: Int?

    @Flag(name: .long, help: "No progress and no summary on stderr.")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one input file or directory.") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1.") }
        for path in inputs where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("Input '\(path)' does not exist. Check the path (files or directories).")
        }
        if replace && index == nil { throw ValidationError("--replace needs --index FILE.") }
        if index != nil && noDedup { throw ValidationError("--index needs the dedup stage; drop --no-dedup.") }
        if let b = batch, b.isEmpty { throw ValidationError("--batch needs a non-empty name.") }
    }

    func run() throws {
        let logger = makeLogger(quiet: quiet)
        let pipelinePath = try PipelineLocator.resolve(pipeline)
        let config: PipelineConfig
        do { config = try PipelineConfig.load(path: pipelinePath) } catch let e as ConfigError {
            throw ValidationError("Pipeline file error: \(e)")
        }
        let options = RunOptions(inputs: inputs, output: output, pipeline: config, pipelinePath: pipelinePath,
                                 batch: batch, dedup: !noDedup, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount,
                                 logger: logger, index: index, replace: replace, restart: restart)
        let run: WinnowRun
        do { run = try WinnowRun(options: options) } catch let e as InputError {
            throw ValidationError("\(e)")
        } catch let e as OutputError {
            throw ValidationError("\(e)")
        } catch let e as BatchAlreadyIndexed {
            // Idempotent: the batch is in the index already; nothing is read or written.
            if !quiet { FileHandle.standardError.write(Data("winnow: \(e)\n".utf8)) }
            return
        } catch let e as IndexError {
            logger.error("\(e)")
            throw ExitCode(1)
        } catch let e as SQLiteError {
            logger.error("index: \(e)")
            throw ExitCode(1)
        }
        if run.resumedInputs > 0 && !quiet {
            FileHandle.standardError.write(Data("winnow: resuming an interrupted run: \(run.resumedInputs) of \(run.inputs.count) input file(s) already done\n".utf8))
        }
        let progress = Progress(totalBytes: run.inputs.reduce(0) { $0 + $1.size }, enabled: !quiet && isatty(2) == 1)
        run.onProgress = { bytes, docs in progress.update(bytes: bytes, docs: docs) }
        // SIGINT / SIGTERM: stop at the next block, leave the output resumable, exit 130 / 143.
        Interruption.install()
        let summary: RunSummary
        do { summary = try run.execute() } catch let stop as RunInterrupted {
            progress.clear()
            // Said even with --quiet: the output is unfinished and the user must know how to finish it.
            let index = run.indexSession == nil ? "" : " and the index is unchanged"
            FileHandle.standardError.write(Data(("winnow: \(stop); nothing final was written (no manifest)\(index).\n" +
                "winnow: to resume, run the same command again (finished inputs are kept in \(output)/.winnow-partial); " +
                "add --restart to start over.\n").utf8))
            throw ExitCode(stop.exitCode)
        } catch {
            progress.clear()
            logger.error("run failed: \(error)")
            throw ExitCode(1)
        }
        progress.clear()
        if !quiet {
            let mb = Double(summary.inputBytes) / 1e6
            FileHandle.standardError.write(Data("""
            winnow: \(summary.documentsIn) documents in → \(summary.kept) kept, \(summary.duplicates) duplicates, \
            \(summary.rejected) rejected; \(summary.linesStripped) lines stripped; \(summary.shards) shard(s); \
            \(String(format: "%.1f", mb)) MB in \(String(format: "%.2f", summary.seconds)) s → \(output)\(indexLine(run))

            """.utf8))
        }
        guard summary.accountingHolds else {
            logger.error("accounting failed: documents_in \(summary.documentsIn) ≠ kept \(summary.kept) + duplicates \(summary.duplicates) + rejected \(summary.rejected); this is a bug, please report it with stats.json")
            throw ExitCode(70)
        }
        if summary.rejectionRecords > 0 { throw ExitCode(2) }
    }
}

/// Finds the default pipeline file: `Pipelines/news.yaml` in the current directory, or beside the
/// checkout the executable was built in (so `winnow` works from any directory).
enum PipelineLocator {
    static func resolve(_ given: String?) throws -> String {
        let fm = FileManager.default
        if let given {
            guard fm.fileExists(atPath: given) else {
                throw ValidationError("Pipeline file '\(given)' does not exist (see Pipelines/ for examples).")
            }
            return given
        }
        var candidates = ["Pipelines/news.yaml"]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("Pipelines/news.yaml").path)
            dir = dir.deletingLastPathComponent()
        }
        if let found = candidates.first(where: { fm.fileExists(atPath: $0) }) { return found }
        throw ValidationError("No --pipeline given and Pipelines/news.yaml not found; pass --pipeline FILE.")
    }
}

func makeLogger(quiet: Bool) -> Logger {
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = quiet ? .error : .warning
        return handler
    }
    return Logger(label: "winnow")
}

/// Progress on stderr when it is a terminal: bytes read of total, docs/s, MB/s, ETA.
final class Progress {
    let totalBytes: Int64
    let enabled: Bool
    let start = Date()
    private var shown = false

    init(totalBytes: Int64, enabled: Bool) {
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    func update(bytes: Int64, docs: Int) {
        guard enabled else { return }
        let elapsed = max(Date().timeIntervalSince(start), 1e-3)
        let mbps = Double(bytes) / 1e6 / elapsed
        let share = totalBytes > 0 ? Double(bytes) / Double(totalBytes) : 0
        let eta = share > 0 ? elapsed * (1 - share) / share : 0
        let line = String(format: "\r%.1f/%.1f MB (%.0f%%)  %.0f docs/s  %.1f MB/s  ETA %.0fs   ",
                          Double(bytes) / 1e6, Double(totalBytes) / 1e6, share * 100, Double(docs) / elapsed, mbps, eta)
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    func clear() {
        guard enabled && shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// The summary's index part: the batch name and its duplicates of earlier batches.
private func indexLine(_ run: WinnowRun) -> String {
    guard let session = run.indexSession else { return "" }
    return "; index \(session.index.path): batch '\(session.batchName)', \(session.crossBatchDuplicates) duplicate(s) of " +
        "earlier batches among \(session.documentsCheckedAgainst) indexed, \(session.indexed) added, \(session.superseded) superseded"
}
