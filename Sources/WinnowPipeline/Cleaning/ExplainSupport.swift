import Foundation
import Logging

/// Library side of `winnow explain`: reads one input file with the pipeline's own reader and
/// reports what clean + split do to every line.
///
/// Reading goes through `ReadStage` (so gzip, NBSP/CRLF folding, JSONL fields and blocks are
/// exactly as in `winnow run`); a small collector stage gathers the blocks. Rejections go to a
/// throw-away file in a temporary directory.
public enum ExplainSupport {
    /// Every text block of one input file, in order.
    public static func readBlocks(path: String, config: ReadConfig) throws -> [TextBlock] {
        let files = try InputDiscovery.expand([path])
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-explain-\(getpid())")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let rejected = try RecordFile(path: tmp.appendingPathComponent("rejected.jsonl.gz").path, level: 1)
        defer { rejected.discard() }
        let context = RunContext(logger: Logger(label: "winnow.explain"), threads: 1, rejected: rejected)
        var blocks: [TextBlock] = []
        let collect = Pipe<TextBlock>(push: { blocks += $0 }, finish: {})
        let read = ReadStage(config: config, context: context).connect(to: collect)
        try read.push(files)
        try read.finish()
        return blocks
    }

    /// One line of explain output: the input line and its fate.
    public struct Row: Sendable {
        public var block: Int
        public var line: Int
        public var text: String
        public var fate: LineFate
        /// The record the line ends up in, numbered within its input file as `winnow run` numbers
        /// a file's stories (`Document.storyIndex`); nil when the line's story writes no record
        /// (only stripped or blank lines, e.g. a page header before the first story).
        /// `fate.story` counts every story the splitter opened, empty ones too.
        public var record: Int?
    }

    /// Classifies and splits blocks the way the clean and split stages do, and returns every
    /// line's fate. Each block goes through the split stage's own step (`SplitStage.Carry`): a
    /// text file's block that is not its last holds back its last story and puts it in front of
    /// the next block, and those lines take the fates of the split that includes the next block
    /// (the one whose stories the run writes); a JSONL record is split as a record, and one whose
    /// only content reads as a headline keeps it as text.
    public static func explain(_ blocks: [TextBlock], clean: CleanConfig, split: SplitConfig,
                               learned: LearnedBoilerplate? = nil, maxCarryLines: Int = SplitStage.defaultMaxCarryLines) throws -> [Row] {
        let classifier = try LineClassifier(config: clean, learned: learned)
        let splitter = try StorySplitter(config: split)
        var rows: [Row] = []
        var carry = SplitStage.Carry(maxLines: maxCarryLines)
        /// Where the held lines came from (block, line): the next step puts them in front.
        var heldFrom: [(block: Int, line: Int)] = []
        var recordsInSource: [Int: Int] = [:]
        let classified = blocks.map { classifier.classify($0) }
        // Records tallied in the read's batches (`ReadStage.recordsPerBatch` per file), as the
        // split stage hands them (`SplitStage+FileStyle.swift`).
        var fileStyle = SplitStage.FileStyleCarry()
        let styles = fileStyle.styles(blocks, runLimit: ReadStage.recordsPerBatch) { run in
            run.map { (own: splitter.styleTally(classified[$0]), kept: ()) }
        }.styles
        for (b, block) in blocks.enumerated() {
            let step = carry.split(classified[b], of: block, splitter: splitter,
                                  fileStyle: styles[b], fates: true)
            let lines = step.text.lines
            let from: [(block: Int, line: Int)] = (step.carried > 0 ? heldFrom : []) + (0..<lines.count - step.carried).map { (block: b, line: $0) }
            heldFrom = step.held.map { Array(from[$0...]) } ?? []
            // The run writes the stories with text, numbered on within the file; a story is known
            // by its first line (the line the splitter opened it at).
            let written = step.stories.filter { !$0.text.isEmpty }
            let base = recordsInSource[block.sourceIndex, default: 0]
            recordsInSource[block.sourceIndex] = base + written.count
            var recordAt: [Int: Int] = [:]
            for (k, story) in written.enumerated() { recordAt[story.firstLine] = base + k }
            var storyRecord: [Int: Int?] = [:]
            for fate in step.fates {
                var record: Int? = nil
                if step.wholeRecord {
                    record = written.isEmpty ? nil : base
                } else if let s = fate.story {
                    if let r = storyRecord[s] { record = r } else {
                        record = recordAt[fate.line]   // the story's first fate is its first line
                        storyRecord[s] = record
                    }
                }
                // The run writes a whole record's headline-like line as its text, not as a title.
                let kind = step.wholeRecord && fate.kind == .title ? .kept : fate.kind
                let origin = from[fate.line]
                rows.append(Row(block: origin.block, line: origin.line, text: String(lines[fate.line].text),
                                fate: LineFate(line: origin.line, kind: kind, story: fate.story,
                                               score: fate.score, features: fate.features),
                                record: record))
            }
        }
        return rows
    }

    /// The text `winnow explain` prints: `<line> <fate> | <text>` per line, a `--- block` line
    /// before each block when there are several, and `=== story N ===` where the lines of the
    /// file's record N (as `winnow run` numbers them) begin; lines no record keeps (a header
    /// before the first story, a story left empty) are under `=== no story ===`.
    public static func render(_ rows: [Row], blocks: [TextBlock], verbose: Bool = false) -> String {
        var out = ""
        var lastBlock = -1, lastSource = -1
        var lastRecord: Int?? = .none   // .none: nothing printed yet in this file
        for row in rows {
            if row.block != lastBlock {
                let block = blocks[row.block]
                if blocks.count > 1 { out += "--- block \(row.block) (\(block.recordID ?? block.source)) ---\n" }
                if block.sourceIndex != lastSource || block.isRecord { lastRecord = .none }
                lastBlock = row.block
                lastSource = block.sourceIndex
            }
            let f = row.fate
            if lastRecord == .none || lastRecord! != row.record, f.kind != .blank || lastRecord == .none {
                out += row.record.map { "=== story \($0) ===\n" } ?? "=== no story ===\n"
                lastRecord = .some(row.record)
            }
            let fate: String
            switch f.kind {
            case .kept: fate = "keep"
            case .blank: fate = "blank"
            case .stripped(let rule, let detail): fate = "strip:\(rule) (\(detail))"
            case .title: fate = "TITLE"
            case .boundary: fate = "START"
            }
            var scored = ""
            if let score = f.score, verbose || f.kind == .title || f.kind == .boundary {
                scored = String(format: " score=%.2f", score) + " [" + f.features.joined(separator: " ") + "]"
            }
            out += String(format: "%5d ", f.line + 1) + fate + scored + " | " + row.text + "\n"
        }
        return out
    }
}
