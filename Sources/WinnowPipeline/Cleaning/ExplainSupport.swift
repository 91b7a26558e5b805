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
    }

    /// Classifies and splits blocks the way the clean and split stages do (an unfinished story of
    /// a text file is carried into the next block), and returns every line's fate.
    public static func explain(_ blocks: [TextBlock], clean: CleanConfig, split: SplitConfig,
                               learned: LearnedBoilerplate? = nil) throws -> [Row] {
        let classifier = try LineClassifier(config: clean, learned: learned)
        let splitter = try StorySplitter(config: split)
        var rows: [Row] = []
        for (b, block) in blocks.enumerated() {
            let classified = classifier.classify(block.text)
            for fate in splitter.explain(classified, record: block.isRecord) {
                rows.append(Row(block: b, line: fate.line, text: String(classified.lines[fate.line].text), fate: fate))
            }
        }
        return rows
    }
}
