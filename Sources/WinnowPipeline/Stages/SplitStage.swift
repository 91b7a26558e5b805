/// Stage `split`: classified blocks → one document per story, with title and metadata.
///
/// Plain-text dumps arrive in blocks; a story may run across a block's end, so the lines of the
/// last story of a block are held back and put in front of the next block of the same file
/// (`SplitStage+Carry.swift`, the step `winnow explain` takes too).
public final class SplitStage: PipelineStage {
    public typealias Input = CleanedBlock
    public typealias Output = Document

    public let name = "split"
    public let stats = StageStats(name: "split")
    let splitters: [StorySplitter]
    let context: RunContext
    /// Held lines of an unfinished story, and the file they belong to.
    private var carry: Carry
    /// Stories emitted so far per file (the story index in ids).
    private var storiesInSource: [Int: Int] = [:]
    /// The style tally of the JSONL file being split (`SplitStage+FileStyle.swift`).
    private var fileStyle = FileStyleCarry()

    public static let defaultMaxCarryLines = 200_000
    private let config: SplitConfig

    /// A splitter for work outside the stage's own workers (the fused stage's ahead worker).
    func spareSplitter() throws -> StorySplitter { try StorySplitter(config: config) }

    public init(config: SplitConfig, context: RunContext, maxCarryLines: Int = defaultMaxCarryLines) throws {
        splitters = try (0..<context.threads).map { _ in try StorySplitter(config: config) }
        self.config = config
        self.context = context
        carry = Carry(maxLines: maxCarryLines)
    }

    public func process(_ batch: [CleanedBlock], emit: ([Document]) throws -> Void) throws {
        stats.seen += batch.count
        let (styles, prepared) = recordStyles(batch)
        // Records (JSONL) and whole files (a dump that fits one block) are independent units:
        // split them in parallel, emit in input order.
        let standalone = carry.isEmpty && batch.allSatisfy { $0.block.isRecord || $0.block.isWholeFile }
        if standalone && batch.count > 1 {
            let threads = min(context.threads, splitters.count)
            let results = parallelMap(batch.count, threads: threads, costs: batch.map(\.block.text.utf8.count)) { i, worker in
                Self.unit(batch[i], splitter: splitters[worker], fileStyle: styles[i], prepared: prepared[i])
            }
            try emit(documents(batch.map(\.block), results))
            return
        }
        for (n, item) in batch.enumerated() {
            var docs: [Document] = []
            let step = carry.split(item.classified, of: item.block, splitter: splitters[0],
                                   fileStyle: styles[n], prepared: prepared[n])
            count(step.strips)
            try collect(step.stories.filter { !$0.text.isEmpty }, of: item.block, into: &docs, final: item.block.isLastBlock)
            stats.passed += docs.count
            try emit(docs)
        }
    }

    /// Each record's file style (`SplitStage+FileStyle.swift`). The records are scored
    /// (`StorySplitter.prepare`) to be tallied and kept scored for the split, so the pass costs
    /// no second scoring.
    private func recordStyles(_ batch: [CleanedBlock]) -> (styles: [StyleTally], kept: [StorySplitter.Prepared?]) {
        fileStyle.styles(batch.map(\.block)) { run in
            parallelMap(run.count, threads: min(context.threads, splitters.count)) { k, worker in
                let p = splitters[worker].prepare(batch[run.lowerBound + k].classified)
                return (own: splitters[worker].styleTally(p), kept: p)
            }
        }
    }

    /// A standalone unit's split, done on a worker: its kept stories and, for a text file's block,
    /// their ids as numbered from the file's first story (`collect` takes them when the file had
    /// none before), so the SHA-256 of every story's text runs in parallel, not in `collect`.
    struct Unit {
        var stories: [ExtractedStory]
        var ids: [String]?
        /// The lines the split stripped itself, for the stage's counters (`count`).
        var strips: [(line: Int, rule: String)] = []
    }

    /// Counts the lines the split stripped itself (`lines_stripped.<rule>`, beside the clean
    /// stage's rule counts): on the stage's thread, so the counts are the same for any thread count.
    func count(_ strips: [(line: Int, rule: String)]) {
        for s in strips { stats.count("lines_stripped." + s.rule) }
    }

    static func unit(_ item: CleanedBlock, splitter: StorySplitter, fileStyle: StyleTally = StyleTally(),
                     prepared: StorySplitter.Prepared? = nil) -> Unit {
        let block = item.block
        let split = stories(of: item.classified, record: block.isRecord, splitter: splitter,
                            fileStyle: fileStyle, prepared: prepared)
        let kept = split.stories.filter { !$0.text.isEmpty }
        // A record's ids are `collect`'s: numbered within the record (`<id>#k`) or, with no id
        // field, within the file, which only `collect` knows.
        guard !block.isRecord else { return Unit(stories: kept, ids: nil, strips: split.strips) }
        let ids = kept.enumerated().map { k, story in
            DocumentID.derive(recordID: nil, storyIndex: k, storyCount: kept.count, source: block.source, text: story.text)
        }
        return Unit(stories: kept, ids: ids, strips: split.strips)
    }

    /// Whether `batch` (text blocks, before cleaning) is whole files only, with nothing held: each
    /// block's clean and split is then a task of its own (`CleanSplitStage`).
    func standaloneFiles(_ batch: [TextBlock]) -> Bool {
        carry.isEmpty && batch.allSatisfy(\.isWholeFile)
    }

    /// The documents of standalone units (records, whole files: `unit`, split on the workers), in
    /// input order; counted as passed.
    func documents(_ blocks: [TextBlock], _ units: [Unit]) throws -> [Document] {
        var docs: [Document] = []
        for (block, unit) in zip(blocks, units) {
            count(unit.strips)
            try collect(unit.stories, of: block, into: &docs, ids: unit.ids)
        }
        stats.passed += docs.count
        return docs
    }

    /// Turns a block's stories (none empty) into documents; a record or file with no story left
    /// is rejected. `ids`: the stories' ids numbered from the file's first story (`unit`, for a
    /// whole file).
    func collect(_ kept: [ExtractedStory], of block: TextBlock, into docs: inout [Document],
                 final: Bool = true, ids: [String]? = nil) throws {
        // `ids` come from `unit` for whole files only (a record's are nil): a whole file is its
        // source's one block, so no story of it came before and the ids' numbering is `index`'s.
        // Kept as a check, not an assert (release builds drop those): should a later change ever
        // hand a whole file's ids after stories of the same source, they are made here instead of
        // numbering two stories alike.
        let ids = storiesInSource[block.sourceIndex] == nil ? ids : nil
        if kept.isEmpty && final && (block.isRecord || storiesInSource[block.sourceIndex] == nil) {
            stats.drop("no_story")
            try context.reject(Rejection(source: block.source, position: block.position, reason: "no_story",
                                         detail: "nothing but boilerplate or blank lines", excerpt: excerpt(block.text)))
            return
        }
        for (k, story) in kept.enumerated() {
            // Story index: within the record for JSONL ids (`<id>#k`), else within the file.
            // The per-file counter is needed, `k` is not enough: a text file too large for one
            // block is split block by block and its stories are numbered across the blocks (ids,
            // `Document.storyIndex`, which the checkpoint keeps); records with no id field are
            // numbered within their file; and a file's last block tells from it whether any block
            // of the file kept a story (`no_story` above).
            let index = storiesInSource[block.sourceIndex, default: 0]
            storiesInSource[block.sourceIndex] = index + 1
            // A text dump's block carries no metadata: the story's is the whole of it (no rehash).
            var metadata = story.metadata
            if !block.metadata.isEmpty {
                metadata = block.metadata
                for (key, v) in story.metadata { metadata[key] = v }
            }
            let id = ids?[k] ?? DocumentID.derive(recordID: block.recordID, storyIndex: block.recordID != nil ? k : index,
                                                  storyCount: kept.count, source: block.source, text: story.text)
            docs.append(Document(id: id, text: story.text, title: story.title, source: block.source, metadata: metadata,
                                 sourceIndex: block.sourceIndex, storyIndex: index, position: block.position))
        }
    }
}

/// Used when the pipeline has no `split` stage: each JSONL record, or each whole text file, is
/// one document (the dedup-only pipeline over an already clean corpus).
public final class WholeDocumentStage: PipelineStage {
    public typealias Input = TextBlock
    public typealias Output = Document

    public let name = "documents"
    public let stats = StageStats(name: "documents")
    let context: RunContext
    private var pendingText: [String] = []
    private var pendingFirst: TextBlock?

    public init(context: RunContext) { self.context = context }

    public func process(_ batch: [TextBlock], emit: ([Document]) throws -> Void) throws {
        stats.seen += batch.count
        var docs: [Document] = []
        for block in batch {
            if !block.isRecord && !block.isWholeFile {
                // A text file in several blocks: glue it back together.
                if pendingFirst == nil { pendingFirst = block }
                pendingText.append(block.text)
                guard block.isLastBlock else { continue }
                var whole = pendingFirst!
                whole.text = pendingText.joined()
                pendingText = []
                pendingFirst = nil
                try append(whole, to: &docs)
            } else {
                try append(block, to: &docs)
            }
        }
        stats.passed += docs.count
        try emit(docs)
    }

    private func append(_ block: TextBlock, to docs: inout [Document]) throws {
        let text = block.text.trimmingTrailingNewlines()
        guard text.utf8.contains(where: { $0 > 0x20 }) else {
            stats.drop("empty_text")
            try context.reject(Rejection(source: block.source, position: block.position, reason: "empty_text",
                                         detail: "the document has no text", excerpt: ""))
            return
        }
        let id = DocumentID.derive(recordID: block.recordID, storyIndex: block.blockIndex, storyCount: 1,
                                   source: block.source, text: text)
        var metadata = block.metadata
        var title: String?
        if case .string(let t)? = metadata.removeValue(forKey: "title") { title = t }
        docs.append(Document(id: id, text: text, title: title, source: block.source, metadata: metadata,
                             sourceIndex: block.sourceIndex, storyIndex: block.blockIndex, position: block.position))
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
