import Benchmark
import Foundation
import WinnowPipeline

/// Line cleaning throughput with the shipped rule families (Pipelines/news.yaml), one core, on a
/// synthetic news dump (headlines, credits, widgets, captions, datelines, prose, trailers) and,
/// when present, on the real dev dumps. Throughput is per 1 MB of text: scaledIterations × 1 MB /
/// wall time = MB/s. Names carry no `/` or spaces (they become file names in baselines).
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized.path
    guard let pipeline = try? PipelineConfig.load(path: "\(root)/Pipelines/news.yaml"), let clean = pipeline.clean,
          let split = pipeline.split else {
        fatalError("cannot load \(root)/Pipelines/news.yaml")
    }
    let text = CleaningBenchmarkInput.dump(bytes: 1 << 20)
    let configuration = Benchmark.Configuration(metrics: [.wallClock, .throughput, .mallocCountTotal],
                                                scalingFactor: .one, maxDuration: .seconds(5))
    Benchmark("clean_news_rules_1MB", configuration: configuration) { benchmark in
        let classifier = try LineClassifier(config: clean)
        for _ in benchmark.scaledIterations { blackHole(classifier.classify(text)) }
    }
    Benchmark("clean_split_news_1MB", configuration: configuration) { benchmark in
        let classifier = try LineClassifier(config: clean)
        let splitter = try StorySplitter(config: split)
        for _ in benchmark.scaledIterations { blackHole(splitter.split(classifier.classify(text))) }
    }
    // Clean + split of real dumps, the split stage's work per file: classify, split, and the
    // story ids (SHA-256 over every story's text). Dumps: $WINNOW_DEVSET, else the dev set A of
    // the project machines, else the repo's sample (11 dumps). Files are taken in turn until 1 MB
    // of text per iteration on average (a budget carried over), so throughput is MB/s here too.
    let dumps = CleaningBenchmarkInput.devDumps(root: root)
    let devConfiguration = Benchmark.Configuration(metrics: [.wallClock, .throughput],
                                                   scalingFactor: .one, maxDuration: .seconds(5))
    Benchmark("clean_split_ids_dev_1MB", configuration: devConfiguration) { benchmark in
        let classifier = try LineClassifier(config: clean)
        let splitter = try StorySplitter(config: split)
        var next = 0, budget = 0
        for _ in benchmark.scaledIterations {
            budget += 1 << 20
            while budget > 0 {
                let (name, text) = dumps[next]
                next = (next + 1) % dumps.count
                budget -= text.utf8.count
                for (k, story) in splitter.split(classifier.classify(text)).enumerated() {
                    var h = SHA256()
                    h.update(name.utf8); h.update([0]); h.update(String(k).utf8); h.update([0]); h.update(story.text.utf8)
                    blackHole(h.finalizeHex())
                }
            }
        }
    }
    // The learning pass's counting, per 1 MB block (one document).
    Benchmark("learn_count_1MB", configuration: configuration) { benchmark in
        let block = TextBlock(source: "bench.txt", sourceIndex: 0, blockIndex: 0, isLastBlock: true,
                              position: InputPosition(line: 1, byteOffset: 0), text: text)
        for _ in benchmark.scaledIterations {
            let learner = BoilerplateLearner(config: clean.learned)
            learner.observe(block)
            blackHole(learner.finish())
        }
    }
}

enum CleaningBenchmarkInput {
    /// (base name, text) of every `.txt` / `.txt.gz` dump in the dev set directory, sorted by name.
    static func devDumps(root: String) -> [(String, String)] {
        let candidates = [ProcessInfo.processInfo.environment["WINNOW_DEVSET"], "/work/devset-out/cleaning",
                          "\(root)/Fixtures/devset/sample"].compactMap { $0 }
        let fm = FileManager.default
        for dir in candidates {
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else { continue }
            var out: [(String, String)] = []
            for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".txt.gz") {
                let path = "\(dir)/\(name)"
                let data: Data?
                if name.hasSuffix(".gz") {
                    let p = Process()
                    p.executableURL = URL(fileURLWithPath: "/bin/sh")
                    p.arguments = ["-c", "gzip -dc '\(path)'"]
                    let pipe = Pipe()
                    p.standardOutput = pipe
                    try? p.run()
                    data = pipe.fileHandleForReading.readDataToEndOfFile()
                    p.waitUntilExit()
                } else {
                    data = fm.contents(atPath: path)
                }
                if let d = data, !d.isEmpty { out.append((name, String(decoding: d, as: UTF8.self))) }
            }
            if !out.isEmpty {
                let mb = Double(out.reduce(0) { $0 + $1.1.utf8.count }) / 1e6
                print("clean_split_ids_dev_1MB: \(out.count) dumps, \(String(format: "%.2f", mb)) MB of text from \(dir)")
                return out
            }
        }
        fatalError("no dumps found in \(candidates)")
    }


    /// A deterministic dump of about `bytes` bytes, shaped like the dev dumps: header blocks with
    /// credits and widgets, dateline ledes, prose paragraphs of varied length, captions, trailers.
    static func dump(bytes: Int) -> String {
        let words = ["council", "minister", "election", "budget", "river", "police", "court", "market", "school", "health",
                     "energy", "voters", "report", "officials", "city", "plan", "workers", "storm", "trade", "museum",
                     "Tuesday", "said", "would", "after", "before", "percent", "million", "(AP)", "“we", "will”"]
        let furniture = ["Share", "Follow", "Advertisement", "Updated 5 sec ago", "Short Url", "Story continues below",
                         "Listen to this article", "Sign up for our morning briefing"]
        let credits = ["Jane Doe/AFP via Getty Images", "Photo: Mette Becker/Reuters", "File photo: Sipa USA",
                       "Courtesy of the Harbour Gazette", "Olena Park | WireImage"]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n }
        func sentence(_ n: Int) -> String { (0..<n).map { _ in words[next(words.count)] }.joined(separator: " ") }
        var out = ""
        var story = 0
        while out.utf8.count < bytes {
            story += 1
            out += sentence(8 + next(4)).capitalized + "\n\n" + credits[next(credits.count)] + "\n\n"
            out += furniture[next(furniture.count)] + "\n" + furniture[next(furniture.count)] + "\n\n"
            out += "LONDON — " + sentence(30) + ".\n\n"
            for p in 0..<(5 + next(8)) {
                out += sentence(12 + next(50)) + ".\n\n"
                if p == 2 { out += "A view of the " + sentence(10) + " (Saul Loeb/AFP via Getty Images)\n\n" }
                if p == 4 { out += furniture[next(furniture.count)] + "\n\n" }
            }
            out += "Reporters contributed to this report.\n\n© 2024 The Associated Press. All rights reserved.\n\n"
        }
        return out
    }
}
