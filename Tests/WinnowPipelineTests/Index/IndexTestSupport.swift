import Foundation
import Logging
import XCTest
@testable import WinnowPipeline

/// Shared helpers of the index tests: run one fixture batch through read → dedup → write with an
/// index, read back what it wrote, and fingerprint an index's contents.
enum IndexFixture {
    static let directory = packageRoot() + "/Fixtures/index"

    static func batch(_ n: Int) -> String { "\(directory)/batch-\(n).jsonl" }

    /// The expected provenance written by Fixtures/index/make_fixture.py.
    static func expected() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/expected.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// A dedup-only pipeline; `extra` adds lines to the dedup section.
    static func pipeline(_ extra: String = "") throws -> PipelineConfig {
        try PipelineConfig.parse(yaml: """
        version: 1
        pipeline:
          - read: {text_field: text, id_field: id}
          - dedup:
              threshold: 0.8
              \(extra)
          - write: {}
        """)
    }

    struct Outcome {
        var summary: RunSummary
        /// duplicates.jsonl.gz records by id.
        var duplicates: [String: [String: Any]]
        var manifest: [String: Any]
    }

    /// Runs `inputs` as batch `name` against `index`, into `output`.
    static func run(_ inputs: [String], batch name: String?, index: String, output: String,
                    pipeline: PipelineConfig? = nil, replace: Bool = false) throws -> Outcome {
        let options = RunOptions(inputs: inputs, output: output, pipeline: try pipeline ?? self.pipeline(),
                                 pipelinePath: "test.yaml", batch: name, dedup: true, threads: 2,
                                 logger: Logger(label: "test"), index: index, replace: replace)
        let summary = try WinnowRun(options: options).execute()
        var duplicates: [String: [String: Any]] = [:]
        for line in try readLines(try GzipByteSource(path: "\(output)/duplicates.jsonl.gz")) where !line.isEmpty {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            duplicates[record["id"] as! String] = record
        }
        let manifestData = try Data(contentsOf: URL(fileURLWithPath: "\(output)/manifest.json"))
        let manifest = try JSONSerialization.jsonObject(with: manifestData) as! [String: Any]
        return Outcome(summary: summary, duplicates: duplicates, manifest: manifest)
    }

    /// Every row of every table, as text: two equal fingerprints mean the same logical index.
    static func fingerprint(_ path: String) throws -> String {
        let index = try DedupIndex.openForReading(path: path)
        var out = ""
        for (table, order) in [("meta", "key"), ("batches", "seq"), ("documents", "row"), ("shingles", "doc"), ("band_buckets", "bucket"), ("band_runs", "id")] {
            let s = try index.db.prepare("SELECT * FROM \(table) ORDER BY \(order)")
            let columns = s.columnCount
            out += "[\(table)]\n"
            while try s.step() {
                out += (0..<columns).map { c in
                    s.isNull(c) ? "NULL" : s.blob(c) { Data($0).base64EncodedString() }
                }.joined(separator: "|") + "\n"
            }
        }
        return out
    }
}
