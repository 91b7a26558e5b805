import ArgumentParser

/// `winnow`: the command-line entry point. Each subcommand is its own type in its own file.
struct WinnowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Clean, split and deduplicate raw news scrape dumps into gzip JSONL shards.",
        subcommands: [RunCommand.self, IndexCommand.self, BenchCommand.self]
    )
}

WinnowCommand.main()
