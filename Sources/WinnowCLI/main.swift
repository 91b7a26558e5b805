import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// `winnow`: the command-line entry point. Each subcommand is its own type in its own file.
struct WinnowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Clean, split and deduplicate raw news scrape dumps into gzip JSONL shards.",
        subcommands: [RunCommand.self, BenchCommand.self, ParamsCommand.self, ExplainCommand.self, IndexCommand.self]
    )
}

// A file-size limit (ulimit -f) or quota must fail a write with an error we report, not kill us.
signal(SIGXFSZ, SIG_IGN)
WinnowCommand.main()
