// Throughput of Winnow's core (tokenize → shingle → hash → signature) on a JSONL(.gz) corpus,
// timed without reading/decompressing/parsing. Prints the same JSON keys as `winnow bench`.
// Usage: swift run -c release CoreThroughput FILE [--perms 128] [--ngram 5] [--rounds 1]
import CorpusLoader
import Foundation
import WinnowCore

let args = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int) -> Int {
    guard let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) else { return fallback }
    return v
}
let perms = option("--perms", 128)
let ngram = option("--ngram", 5)
let rounds = option("--rounds", 1)
let limit = option("--limit", Int.max)
guard let path = args.first, !path.hasPrefix("--") else {
    FileHandle.standardError.write("usage: CoreThroughput FILE.jsonl[.gz] [--perms K] [--ngram N] [--rounds R]\n".data(using: .utf8)!)
    exit(2)
}
let texts = try CorpusLoader.texts(path: path, limit: limit)
/// Best-of-`rounds` time to sign every text (a function, so the loop uses locals only).
func measure(_ texts: [[UInt8]], perms: Int, ngram: Int, rounds: Int) -> (seconds: Double, shingles: Int, checksum: UInt32) {
    let params = SketchParameters(ngram: ngram, permutations: perms, bands: 1, rows: 1, seed: 1)
    let hasher = MinHasher(parameters: params)
    var sig = [UInt32](repeating: 0, count: perms)
    var best = Double.infinity
    var shingles = 0
    var checksum: UInt32 = 0
    for _ in 0..<rounds {
        shingles = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for t in texts {
            shingles += t.withUnsafeBufferPointer { hasher.sign($0, into: &sig) }
            checksum ^= sig[0]
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (best, shingles, checksum)
}
let bytes = texts.reduce(0) { $0 + $1.count }
let (best, shingles, checksum) = measure(texts, perms: perms, ngram: ngram, rounds: rounds)
let result: [String: Any] = [
    "mb_per_s": Double(bytes) / 1e6 / best, "docs_per_s": Double(texts.count) / best,
    "shingles_per_s": Double(shingles) / best, "docs": texts.count, "bytes": bytes, "seconds": best,
    "checksum": Int(checksum),
]
let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
