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
        features that fired. `=== story N ===` marks where the file's record N (numbered as \
        `winnow run` numbers a file's stories, from 0) begins; `=== no story ===` marks lines that \
        no record keeps.

        Learned boilerplate depends on what else is read: `winnow run DIR` counts line keys over \
        every input in DIR. To see the fates that run gave a file, pass the run's inputs with \
        `--learn-from DIR` (repeatable). Without it explain learns from FILE alone, as \
        `winnow run FILE` would: a line must repeat in `min_sources` sources to be learned, so \
        little or nothing is. Counts an `--index` added from earlier batches are not included.
        """
    )

    @Argument(help: "Input file (.txt, .txt.gz, .jsonl, .jsonl.gz).")
    var file: String

    @Option(name: .long, help: "Pipeline file (default: Pipelines/news.yaml, found as `winnow run` finds it).")
    var pipeline: String?

    @Option(name: .customLong("learn-from"), help: "Count learned boilerplate over these inputs, e.g. the inputs of the run to reproduce (repeatable; default: FILE alone, as `winnow run FILE` counts).")
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
        let out = ExplainSupport.render(rows, blocks: blocks, verbose: verbose)
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
