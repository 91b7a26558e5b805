import ArgumentParser
import Foundation
import WinnowPipeline

/// `winnow index …`: look after the persistent cross-batch index that `winnow run --index FILE`
/// checks against and extends.
///
/// Each subcommand names itself: ArgumentParser derives a missing name from the type's with
/// `String(describing:)` and reflection, ~1.5 M instructions each at every start of `winnow`,
/// whatever command runs (7.6 M of a `winnow run` over forty small dumps).
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Inspect and maintain a persistent near-duplicate index (winnow run --index FILE).",
        subcommands: [Stats.self, Batches.self, Drop.self, Vacuum.self, Bench.self]
    )

    /// `winnow index stats FILE`: sizes, counts and the sketch parameters.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Documents, batches, size and sketch parameters of an index.")
        @Argument(help: "Index file.") var file: String

        func run() throws {
            let index = try open { try DedupIndex.openForReading(path: file) }
            let s = try index.statistics()
            let p = index.parameters
            print("""
            index \(file)
              batches: \(s.batches)
              documents: \(s.documents) (\(s.superseded) superseded by newer copies)
              band rows: \(s.bandRows); shingle digests: \(s.documentsWithShingles)
              size: \(s.fileBytes) bytes (\(String(format: "%.0f", s.bytesPerDocument)) per document)
              sketch: \(p.hashFunction), seed \(p.seed), ngram \(p.ngram), permutations \(p.permutations), \
            bands \(p.bands) × rows \(p.rows), lowercase \(p.tokenizer.lowercase), digits_to_zero \(p.tokenizer.digitsToZero), \
            strip_accents \(p.tokenizer.stripAccents)
            """)
        }
    }

    /// `winnow index batches FILE`: one line per batch, oldest first.
    struct Batches: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "batches", abstract: "List the batches of an index, oldest first.")
        @Argument(help: "Index file.") var file: String

        func run() throws {
            let index = try open { try DedupIndex.openForReading(path: file) }
            print("name\tcreated\tdocuments_in\tindexed\tduplicates\tcross_batch_duplicates\tsuperseded\tstate")
            for b in try index.batches() {
                print("\(b.name)\t\(b.created)\t\(b.documentsIn)\t\(b.indexed)\t\(b.duplicates)\t\(b.crossBatchDuplicates)\t\(b.superseded)\t\(b.state)")
            }
        }
    }

    /// `winnow index drop FILE NAME`: forget a batch (its stories stop matching).
    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drop", abstract: "Remove a batch from an index.",
            discussion: "Stories the batch had superseded become live again. Run `winnow index vacuum` to shrink the file.")
        @Argument(help: "Index file.") var file: String
        @Argument(help: "Batch name.") var name: String

        func run() throws {
            let index = try open { try DedupIndex.openForMaintenance(path: file) }
            guard let removed = try index.drop(batch: name) else {
                FileHandle.standardError.write(Data("winnow: no batch '\(name)' in \(file) (see `winnow index batches \(file)`)\n".utf8))
                throw ExitCode(1)
            }
            print("dropped batch '\(name)': \(removed) documents removed")
        }
    }

    /// `winnow index vacuum FILE`: compact the file after drops.
    struct Vacuum: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "vacuum", abstract: "Compact an index file (after drops).")
        @Argument(help: "Index file.") var file: String

        func run() throws {
            let index = try open { try DedupIndex.openForMaintenance(path: file) }
            let before = try index.statistics().fileBytes
            try index.vacuum()
            print("vacuumed \(file): \(before) → \(try index.statistics().fileBytes) bytes")
        }
    }

    /// `winnow index bench`: hidden; see Benchmarks/index/run.sh.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench", abstract: "Time query + insert of a batch against a large synthetic index.", shouldDisplay: false)
        @Option(help: "Index file to create (overwritten).") var file = "/tmp/winnow-index-bench.sqlite"
        @Option(help: "Stories indexed before the timed batch.") var indexed = 1_000_000
        @Option(help: "Stories in the timed batch.") var batch = 50_000
        @Option(help: "Timed batches, one after another (figures are totals).") var rounds = 1
        @Option(help: "Shingle digest length per story (0: signatures only).") var shingles = 0
        @Flag(help: "Keep the index file afterwards.") var keep = false
        @Option(help: "Copy of the built index: reused when present (no build), written when absent.") var prebuilt: String?

        func run() throws {
            var bench = IndexBenchmark(path: file)
            bench.indexed = indexed
            bench.batch = batch
            bench.shingles = shingles
            bench.prebuilt = prebuilt
            bench.rounds = max(1, rounds)
            let r = try bench.run { FileHandle.standardError.write(Data("bench: \($0)\n".utf8)) }
            print(String(format: """
            indexed %d, batch %d (%d confirmed duplicates), %d bands, shingles/doc %d
            build: %.1f s (%.0f docs/s)
            query: %.3f s, insert+commit: %.3f s → %.0f docs/s (query + insert)
            cpu (user + system) of query + insert + commit: %.3f s → %.0f docs per cpu-second
            file: %lld bytes, %.0f bytes/document; peak RSS %.0f MB (at the end: %.0f MB private, %.0f MB mapped index file)
            """, r.indexed, r.batch, r.confirmed, r.bands, shingles, r.buildSeconds, Double(r.indexed) / r.buildSeconds,
                         r.querySeconds, r.insertSeconds, r.docsPerSecond, r.cpuSeconds, Double(r.batch) / r.cpuSeconds, r.fileBytes, r.bytesPerDocument,
                         Double(r.peakRSSBytes) / 1e6, Double(r.anonymousRSSBytes) / 1e6, Double(r.fileRSSBytes) / 1e6))
            if !keep { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + s) } }
        }
    }
}

/// Opens an index, turning its errors into a one-line message and exit status 1.
private func open(_ body: () throws -> DedupIndex) throws -> DedupIndex {
    do { return try body() } catch {
        FileHandle.standardError.write(Data("winnow: \(error)\n".utf8))
        throw ExitCode(1)
    }
}
