// ordo-one/benchmark suite for WinnowCore. Run from Benchmarks/: `swift package benchmark`.
// Input: the first 2,000 articles of the shared dev corpus (WINNOW_BENCH_CORPUS overrides the
// path), loaded once in setup. One iteration = all 2,000 documents (~11 MB); MB/s comes from
// Benchmarks/compare_peers.sh or CoreThroughput. No wall-clock thresholds.
import Benchmark
import CorpusLoader
import WinnowCore

nonisolated(unsafe) var texts: [[UInt8]] = []
nonisolated(unsafe) var totalBytes = 0

let params = SketchParameters(ngram: 5, permutations: 128, bands: 9, rows: 13, seed: 1)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal],
        maxDuration: .seconds(3), maxIterations: 20
    )
    Benchmark.setup = {
        if texts.isEmpty {
            texts = try CorpusLoader.defaultTexts(limit: 2_000)
            totalBytes = texts.reduce(0) { $0 + $1.count }
        }
    }

    Benchmark("Tokenize_2000docs") { benchmark in
        let tokenizer = Tokenizer()
        var hashes: [UInt64] = []
        for _ in benchmark.scaledIterations {
            for t in texts {
                hashes.removeAll(keepingCapacity: true)
                t.withUnsafeBufferPointer { tokenizer.tokenHashes($0, seed: 1, into: &hashes) }
                blackHole(hashes.count)
            }
        }
    }

    Benchmark("ShingleSet_2000docs") { benchmark in
        let hasher = MinHasher(parameters: params)
        var sig: [UInt32] = []
        var set: [UInt64] = []
        for _ in benchmark.scaledIterations {
            for t in texts {
                t.withUnsafeBufferPointer { _ = hasher.sign($0, into: &sig, shingleSet: &set) }
                blackHole(set.count)
            }
        }
    }

    Benchmark("Signature_2000docs") { benchmark in
        let hasher = MinHasher(parameters: params)
        var sig = [UInt32](repeating: 0, count: params.permutations)
        for _ in benchmark.scaledIterations {
            for t in texts {
                t.withUnsafeBufferPointer { _ = hasher.sign($0, into: &sig) }
                blackHole(sig[0])
            }
        }
    }

    // LSH: band keys of every document inserted into per-key buckets, then each document queried.
    var signatures: [[UInt32]] = []
    Benchmark("LSH_insert_query_2000docs", configuration: .init(setup: {
        let hasher = MinHasher(parameters: params)
        signatures = texts.map { t in
            var sig: [UInt32] = []
            t.withUnsafeBufferPointer { _ = hasher.sign($0, into: &sig) }
            return sig
        }
    })) { benchmark in
        for _ in benchmark.scaledIterations {
            var buckets: [UInt64: [Int32]] = [:]
            buckets.reserveCapacity(signatures.count * params.bands)
            for (i, sig) in signatures.enumerated() {
                for key in params.bandKeys(sig) { buckets[key, default: []].append(Int32(i)) }
            }
            var pairs = 0
            for sig in signatures {
                for key in params.bandKeys(sig) { pairs += buckets[key]?.count ?? 0 }
            }
            blackHole(pairs)
        }
    }
}
