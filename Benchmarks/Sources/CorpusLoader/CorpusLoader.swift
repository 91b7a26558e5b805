// Reads the `text` fields of a JSONL file (gzip-compressed when the name ends in .gz) as UTF-8
// byte arrays, for benchmarks. Decompresses with `gzip -dc` so no zlib binding is needed here.
import Foundation

public enum CorpusLoader {
    /// Default corpus: the shared dev set, relative to the repository (Benchmarks/..).
    public static let defaultPath = "../../shared/corpora/allsides-dev.jsonl.gz"

    public static func texts(path: String, limit: Int = .max) throws -> [[UInt8]] {
        let data: Data
        if path.hasSuffix(".gz") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gzip", "-dc", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
        } else {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        var out: [[UInt8]] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where out.count < limit {
            guard let obj = try JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let text = obj["text"] as? String else { continue }
            out.append(Array(text.utf8))
        }
        return out
    }

    /// The corpus named by `WINNOW_BENCH_CORPUS`, else `defaultPath` (tried from the current folder
    /// and its parent, since the benchmark runner may start in either).
    public static func defaultTexts(limit: Int = .max) throws -> [[UInt8]] {
        if let p = ProcessInfo.processInfo.environment["WINNOW_BENCH_CORPUS"] { return try texts(path: p, limit: limit) }
        for candidate in [defaultPath, "../shared/corpora/allsides-dev.jsonl.gz", "/work/shared/corpora/allsides-dev.jsonl.gz"]
        where FileManager.default.fileExists(atPath: candidate) {
            return try texts(path: candidate, limit: limit)
        }
        throw CocoaError(.fileNoSuchFile)
    }
}
