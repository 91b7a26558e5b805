import WinnowCore

/// `read:` — how inputs are read.
public struct ReadConfig: Decodable, Equatable {
    /// JSONL field holding the text.
    public var textField = "text"
    /// JSONL field holding the id; records without one get a derived id.
    public var idField = "id"
    /// JSONL field naming the document a record is a page of (a paginated scrape): consecutive
    /// records of one file with the same non-empty value are joined into one text before cleaning
    /// and splitting (`ReadStage+Pages.swift`). Empty (the default) turns joining off, so a
    /// pipeline that promises one document per record (`Pipelines/dedup.yaml`) keeps same-url
    /// re-scrapes apart for dedup; `Pipelines/news.yaml` asks for `url`.
    public var pageField = ""
    /// Longest line accepted (a JSONL record is one line); longer lines are rejected, memory stays bounded.
    public var maxLineBytes = 8 << 20
    /// Plain-text dumps are handed on in blocks of about this size, cut at line ends.
    public var blockBytes = 4 << 20
    /// Blocks (of one or several files) are handed on together up to about this many bytes, so
    /// clean and split work on several at once. A fixed size, not a thread count: batches, and so
    /// the output, are the same for any `--threads`.
    public var batchBytes = 8 << 20
    /// Input files pushed through read → clean → split together, and checkpointed together (a
    /// resumed run redoes at most one such step). Several files per step let the stages work on
    /// several small dumps at once; fixed, not the thread count, so output is the same for any
    /// `--threads`.
    public var inputsPerStep = 8
    /// A file whose first 64 KiB hold more than this share of NUL bytes is binary and rejected.
    public var maxNulShare = 0.01

    enum CodingKeys: String, CodingKey, CaseIterable {
        case textField = "text_field", idField = "id_field", pageField = "page_field", maxLineBytes = "max_line_bytes"
        case blockBytes = "block_bytes", batchBytes = "batch_bytes", inputsPerStep = "inputs_per_step"
        case maxNulShare = "max_nul_share"
    }

    public init() {}

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        textField = try c.value(.textField, default: textField)
        idField = try c.value(.idField, default: idField)
        pageField = try c.value(.pageField, default: pageField)
        maxLineBytes = try c.value(.maxLineBytes, default: maxLineBytes)
        blockBytes = try c.value(.blockBytes, default: blockBytes)
        batchBytes = try c.value(.batchBytes, default: batchBytes)
        inputsPerStep = try c.value(.inputsPerStep, default: inputsPerStep)
        maxNulShare = try c.value(.maxNulShare, default: maxNulShare)
        guard !textField.isEmpty else { throw decoder.badValue("text_field", "must name a JSONL field, e.g. text") }
        guard maxLineBytes >= 1024 else { throw decoder.badValue("max_line_bytes", "must be at least 1024") }
        guard blockBytes >= 1024 else { throw decoder.badValue("block_bytes", "must be at least 1024") }
        guard batchBytes >= 1024 else { throw decoder.badValue("batch_bytes", "must be at least 1024") }
        guard inputsPerStep >= 1 else { throw decoder.badValue("inputs_per_step", "must be at least 1") }
        guard (0...1).contains(maxNulShare) else { throw decoder.badValue("max_nul_share", "must be between 0 and 1") }
    }
}

/// `dedup:` — near-duplicate removal with MinHash + LSH.
public struct DedupConfig: Decodable, Equatable {
    /// Word n-gram size of the shingles.
    public var ngram = 5
    /// Number of MinHash permutations (signature length).
    public var permutations = 128
    /// Jaccard similarity at which two documents are near-duplicates.
    public var threshold = 0.8
    /// LSH bands × rows; 0 means chosen from `threshold` (see `lshRecall`).
    public var bands = 0
    public var rows = 0
    /// Share of pairs at exactly `threshold` that must become LSH candidates: bands × rows are the
    /// least false-positive banding that reaches it (candidates are confirmed, so recall is what
    /// matters). 0 = datasketch's rule instead: minimise the weighted FP + FN areas below.
    public var lshRecall = 0.99
    /// Weights of false positives / false negatives when `lsh_recall` is 0.
    public var falsePositiveWeight = 0.5
    public var falseNegativeWeight = 0.5
    /// Seed of the hash functions (part of the sketch version: different seeds never compare).
    public var seed: UInt64 = 1
    /// Tokenizer options: lowercase, digits → 0, accent stripping.
    public var lowercase = true
    public var digitsToZero = false
    public var stripAccents = false
    /// Confirm LSH candidates with the exact Jaccard of their shingle sets (else the estimate decides).
    public var confirmExact = true
    /// Order of preference for the copy that survives in a cluster.
    public var survivor: [SurvivorRule] = [.earliestDate, .longestText, .smallestID]

    /// With `--index`: which copy survives when a story near-duplicates one of an earlier batch.
    /// `earlier` keeps the indexed story (the new copy is a duplicate of it); `newer` keeps the
    /// new one and marks the indexed story superseded by it (never deleted).
    public var indexSurvivor: IndexSurvivor = .earlier

    public enum SurvivorRule: String, Decodable, CaseIterable, Equatable {
        case earliestDate = "earliest_date", longestText = "longest_text", smallestID = "smallest_id"
    }

    public enum IndexSurvivor: String, Decodable, CaseIterable, Equatable, Sendable {
        case earlier, newer
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case ngram, permutations, threshold, bands, rows, seed, lowercase, survivor
        case lshRecall = "lsh_recall"
        case falsePositiveWeight = "fp_weight", falseNegativeWeight = "fn_weight"
        case digitsToZero = "digits_to_zero", stripAccents = "strip_accents", confirmExact = "confirm_exact"
        case indexSurvivor = "index_survivor"
    }

    public init() {}

    /// The LSH banding this configuration asks for.
    public var banding: (bands: Int, rows: Int) {
        if bands > 0 { return (bands, rows) }
        if lshRecall > 0, let br = LSHParameters.forRecall(threshold: threshold, permutations: permutations, recall: lshRecall) {
            return br
        }
        return LSHParameters.optimal(threshold: threshold, permutations: permutations,
                                     falsePositiveWeight: falsePositiveWeight, falseNegativeWeight: falseNegativeWeight)
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ngram = try c.value(.ngram, default: ngram)
        permutations = try c.value(.permutations, default: permutations)
        threshold = try c.value(.threshold, default: threshold)
        bands = try c.value(.bands, default: bands)
        rows = try c.value(.rows, default: rows)
        lshRecall = try c.value(.lshRecall, default: lshRecall)
        falsePositiveWeight = try c.value(.falsePositiveWeight, default: falsePositiveWeight)
        falseNegativeWeight = try c.value(.falseNegativeWeight, default: falseNegativeWeight)
        seed = try c.value(.seed, default: seed)
        lowercase = try c.value(.lowercase, default: lowercase)
        digitsToZero = try c.value(.digitsToZero, default: digitsToZero)
        stripAccents = try c.value(.stripAccents, default: stripAccents)
        confirmExact = try c.value(.confirmExact, default: confirmExact)
        if let names = try c.decodeIfPresent([String].self, forKey: .survivor) {
            survivor = try names.map { name in
                guard let rule = SurvivorRule(rawValue: name) else {
                    throw decoder.badValue("survivor", "unknown rule '\(name)'; use \(SurvivorRule.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return rule
            }
        }
        if let name = try c.decodeIfPresent(String.self, forKey: .indexSurvivor) {
            guard let policy = IndexSurvivor(rawValue: name) else {
                throw decoder.badValue("index_survivor", "unknown value '\(name)'; use \(IndexSurvivor.allCases.map(\.rawValue).joined(separator: " or "))")
            }
            indexSurvivor = policy
        }
        guard (1...32).contains(ngram) else { throw decoder.badValue("ngram", "must be 1 to 32 (5 is usual)") }
        guard permutations >= 8, permutations <= 1024, permutations % 8 == 0 else {
            throw decoder.badValue("permutations", "must be a multiple of 8 from 8 to 1024 (128 is usual)")
        }
        guard threshold > 0, threshold < 1 else { throw decoder.badValue("threshold", "must be in (0, 1), e.g. 0.8") }
        guard lshRecall >= 0, lshRecall < 1 else { throw decoder.badValue("lsh_recall", "must be in [0, 1), e.g. 0.99 (0 = weighted rule)") }
        if bands == 0, lshRecall > 0, LSHParameters.forRecall(threshold: threshold, permutations: permutations, recall: lshRecall) == nil {
            throw decoder.badValue("lsh_recall", "no bands × rows within \(permutations) permutations reaches \(lshRecall) at threshold \(threshold); lower it or add permutations")
        }
        guard (bands == 0) == (rows == 0) else { throw decoder.badValue("bands", "set both bands and rows, or neither") }
        guard bands * rows <= permutations else {
            throw decoder.badValue("bands", "bands × rows (\(bands)×\(rows)) exceeds permutations (\(permutations))")
        }
        guard falsePositiveWeight >= 0, falseNegativeWeight >= 0, falsePositiveWeight + falseNegativeWeight > 0 else {
            throw decoder.badValue("fp_weight", "weights must be ≥ 0 and not both 0")
        }
    }
}

/// `write:` — output shards.
public struct WriteConfig: Decodable, Equatable {
    /// A shard is closed once its compressed size reaches this many bytes.
    public var shardMaxBytes: Int64 = 256 << 20
    /// libdeflate level, 1 (fastest) to 12 (smallest); 6 matches `gzip -6`'s ratio at ~3× its speed.
    public var compressionLevel = 6
    /// Uncompressed bytes per gzip member: the unit compressed in parallel.
    public var memberBytes = 1 << 20

    enum CodingKeys: String, CodingKey, CaseIterable {
        case shardMaxBytes = "shard_max_bytes", compressionLevel = "compression_level", memberBytes = "member_bytes"
    }

    public init() {}

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        shardMaxBytes = try c.value(.shardMaxBytes, default: shardMaxBytes)
        compressionLevel = try c.value(.compressionLevel, default: compressionLevel)
        memberBytes = try c.value(.memberBytes, default: memberBytes)
        guard shardMaxBytes >= 4096 else { throw decoder.badValue("shard_max_bytes", "must be at least 4096") }
        guard (1...12).contains(compressionLevel) else { throw decoder.badValue("compression_level", "must be 1 to 12 (libdeflate levels)") }
        guard (4096...(64 << 20)).contains(memberBytes) else { throw decoder.badValue("member_bytes", "must be 4096 to 67108864") }
    }
}
