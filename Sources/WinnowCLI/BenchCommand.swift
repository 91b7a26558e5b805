import ArgumentParser
import Foundation
import WinnowCore
import WinnowPipeline

/// `winnow bench`: times the hashing hot path — tokenize → shingle → hash → signature — exactly
/// as `winnow run` does it, on a JSONL corpus or synthetic text loaded into memory first.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure MinHash signing throughput (MB/s, docs/s, shingles/s).",
        discussion: "Reading and JSON parsing are not timed; only the signing of the loaded texts is."
    )

    @Option(name: .long, help: "JSONL(.gz) corpus whose `text` field is signed.")
    var input: String?

    @Option(name: .long, help: "Use this many MB of synthetic text instead of --input.")
    var synthetic: Double?

    @Option(name: .long, help: "MinHash permutations.")
    var perms = 128

    @Option(name: .long, help: "Words per shingle.")
    var ngram = 5

    @Option(name: .long, help: "Worker threads (1 = one core, as the peers are measured).")
    var threads = 1

    @Option(name: .long, help: "Timed repetitions; the median is reported.")
    var rounds = 3

    @Flag(name: .long, help: "Also build each document's shingle digest (as dedup's exact check does).")
    var shingleSets = false

    @Flag(name: .long, help: "Print one JSON object instead of text.")
    var json = false

    func validate() throws {
        if (input == nil) == (synthetic == nil) { throw ValidationError("Give exactly one of --input FILE or --synthetic MB.") }
        if let mb = synthetic, mb <= 0 { throw ValidationError("--synthetic takes a positive number of MB.") }
        if let path = input, !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("--input '\(path)' does not exist.")
        }
        if perms < 1 || perms > 4096 { throw ValidationError("--perms must be 1 to 4096.") }
        if ngram < 1 || ngram > 32 { throw ValidationError("--ngram must be 1 to 32.") }
        if threads < 1 { throw ValidationError("--threads must be at least 1.") }
        if rounds < 1 { throw ValidationError("--rounds must be at least 1.") }
    }

    func run() throws {
        let texts = try input.map { try CorpusLoader.texts(path: $0) } ?? CorpusLoader.synthetic(megabytes: synthetic!)
        let (b, r) = LSHParameters.optimal(threshold: 0.8, permutations: perms)
        let params = SketchParameters(ngram: ngram, permutations: perms, bands: b, rows: r)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        var times: [Double] = []
        var shingles = 0
        for _ in 0..<rounds {
            let (seconds, count) = sign(texts, params)
            times.append(seconds)
            shingles = count
        }
        let seconds = times.sorted()[times.count / 2]
        let mbps = Double(bytes) / 1e6 / seconds
        if json {
            let fields: [(String, String)] = [
                ("mb_per_s", String(format: "%.3f", mbps)),
                ("docs_per_s", String(format: "%.1f", Double(texts.count) / seconds)),
                ("shingles_per_s", String(format: "%.1f", Double(shingles) / seconds)),
                ("docs", "\(texts.count)"), ("bytes", "\(bytes)"), ("seconds", String(format: "%.6f", seconds)),
                ("perms", "\(perms)"), ("ngram", "\(ngram)"), ("threads", "\(threads)"), ("rounds", "\(rounds)"),
            ]
            print("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
        } else {
            print(String(format: "%.1f MB/s  %.0f docs/s  %.3g shingles/s  (%d docs, %.1f MB, median of %d: %.3f s)",
                         mbps, Double(texts.count) / seconds, Double(shingles) / seconds, texts.count,
                         Double(bytes) / 1e6, rounds, seconds))
        }
    }

    /// Signs every text, split over `threads` workers; returns (seconds, shingles).
    private func sign(_ texts: [String], _ params: SketchParameters) -> (Double, Int) {
        let workers = max(1, threads)
        var counts = [Int](repeating: 0, count: workers)
        let start = DispatchTime.now().uptimeNanoseconds
        counts.withUnsafeMutableBufferPointer { out in
            let slots = out
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let hasher = MinHasher(parameters: params)
                var sig = [UInt32](repeating: 0, count: params.permutations)
                var digest: [UInt32] = []
                var n = 0
                var i = w
                while i < texts.count {
                    var t = texts[i]
                    n += t.withUTF8 { shingleSets ? hasher.sign($0, into: &sig, shingleDigest: &digest) : hasher.sign($0, into: &sig) }
                    i += workers
                }
                slots[w] = n
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (seconds, counts.reduce(0, +))
    }
}
