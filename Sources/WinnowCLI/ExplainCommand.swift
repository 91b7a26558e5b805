import ArgumentParser
import Foundation
import WinnowPipeline

/// `winnow explain FILE`: prints every line of one input with its fate, so a wrong split or a
/// missed boilerplate line can be traced to the rule family or the boundary features behind it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what clean + split do to every line of one input file.",
        discussion: """
        Each line is printed as `<line> <fate> | <text>`. Fates: `keep`, `blank`, `strip:<rule>` \
        (rule family, `learned`, `repeated_headline` or `teaser`), `TITLE` (a headline that starts a \
        story) and `START` (a headline-less story starts here). Scored lines show the score and the \
        features that fired; a `=== story N ===` line marks each story.
        """
    )

    @Argument(help: "Input file (.txt, .txt.gz, .jsonl, .jsonl.gz).")
    var file: String

    @Option(name: .long, help: "Pipeline file (default: Pipelines/news.yaml, found as `winnow run` finds it).")
    var pipeline: String?

    @Option(name: .customLong("learn-from"), help: "Count learned boilerplate over these inputs (repeatable; default: FILE itself, as `winnow run FILE` does).")
    var learnFrom: [String] = []

    @Flag(name: .long, help: "Show scores and features on every scored line, not only on boundaries.")
    var verbose = false

    func run() throws {
        let path = try PipelineLocator.resolve(pipeline)
        let config: PipelineConfig
        do { config = try PipelineConfig.load(path: path) } catch let e as ConfigError {
            throw ValidationError("Pipeline file error: \(e)")
        }
        let blocks = try ExplainSupport.readBlocks(path: file, config: config.read)
        let learning = try LearnedPass.run(pipeline: config, paths: learnFrom.isEmpty ? [file] : learnFrom)
        let rows = try ExplainSupport.explain(blocks, clean: config.clean ?? CleanConfig(),
                                              split: config.split ?? SplitConfig(), learned: learning?.learned)
        var out = ""
        var lastStory: Int? = nil
        var lastBlock = -1
        for row in rows {
            if row.block != lastBlock {
                if blocks.count > 1 { out += "--- block \(row.block) (\(blocks[row.block].recordID ?? blocks[row.block].source)) ---\n" }
                lastBlock = row.block
                lastStory = nil
            }
            let f = row.fate
            if let s = f.story, s != lastStory, f.kind == .title || f.kind == .boundary || lastStory == nil {
                out += "=== story \(s) ===\n"
                lastStory = s
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
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
