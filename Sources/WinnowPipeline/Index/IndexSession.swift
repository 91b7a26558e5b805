import Foundation
import WinnowCore

/// Raised before any work when the batch is already in the index and `--replace` was not given:
/// re-running a batch changes nothing (the CLI says so and exits 0).
public struct BatchAlreadyIndexed: Error, CustomStringConvertible {
    public let index: String
    public let batch: IndexedBatch
    public var description: String {
        "batch '\(batch.name)' is already in index \(index) (\(batch.indexed) stories, added \(batch.created)); nothing to do. Use --replace to run it again in its place."
    }
}

/// One run's use of the index: opened (and locked) before the pipeline starts, queried and
/// written by the dedup stage at its end, committed by the run once every output file is written.
/// Until `commit()` nothing the run did is visible, and a killed run leaves the index as it was.
public final class IndexSession {
    public let index: DedupIndex
    public let batchName: String
    let survivorPolicy: DedupConfig.IndexSurvivor
    let batchSeq: Int64
    /// Stories in the index (from earlier batches) this batch was checked against.
    public private(set) var documentsCheckedAgainst = 0
    public internal(set) var crossBatchDuplicates = 0
    public internal(set) var superseded = 0
    public internal(set) var indexed = 0
    /// Whether `--replace` removed an earlier run of this batch.
    public private(set) var replacedEarlierRun = false

    /// Opens `path` for this batch. Throws `BatchAlreadyIndexed` when the batch is there and
    /// `replace` is false; with `replace`, removes the batch's old rows first, in this run's
    /// single transaction.
    public init(path: String, batch: String, inputs: [String], parameters: SketchParameters,
                survivor: DedupConfig.IndexSurvivor, replace: Bool) throws {
        let index = try DedupIndex.openForBatch(path: path, parameters: parameters)
        do {
            if let existing = try index.batch(named: batch) {
                guard replace else { throw BatchAlreadyIndexed(index: path, batch: existing) }
                try index.deleteBatch(named: batch)
                replacedEarlierRun = true
            }
            documentsCheckedAgainst = Int(try index.db.scalar("SELECT count(*) FROM documents"))
            let created = ISO8601DateFormatter().string(from: Date())
            batchSeq = try index.beginBatch(name: batch, inputs: inputs, created: created)
        } catch {
            index.rollback()
            throw error
        }
        self.index = index
        batchName = batch
        survivorPolicy = survivor
    }

    /// Records the batch's counts and makes the whole batch visible at once.
    public func commit(documentsIn: Int, duplicates: Int) throws {
        try index.finishBatch(batchSeq, documentsIn: documentsIn, indexed: indexed, duplicates: duplicates,
                              crossBatch: crossBatchDuplicates, superseded: superseded)
        if ProcessInfo.processInfo.environment["WINNOW_TEST_HOLD_BEFORE_INDEX_COMMIT"] == "1" {
            holdForTest()
        }
        try index.commit()
    }

    /// Test hook (crash safety): announce on stderr and wait to be killed, with the batch fully
    /// written but not committed. Set only by the index tests.
    private func holdForTest() {
        FileHandle.standardError.write(Data("winnow: holding before index commit\n".utf8))
        while true { sleep(60) }
    }

    /// Forgets the batch (a failed run).
    public func abandon() { index.rollback() }

    /// The `index` entry of manifest.json.
    var manifestEntry: JSONValue {
        .object([
            "path": .string(index.path),
            "batch": .string(batchName),
            "documents_checked_against": .int(documentsCheckedAgainst),
            "cross_batch_duplicates": .int(crossBatchDuplicates),
            "superseded": .int(superseded),
            "indexed": .int(indexed),
            "survivor": .string(survivorPolicy.rawValue),
            "replaced_earlier_run": .bool(replacedEarlierRun),
        ])
    }
}
