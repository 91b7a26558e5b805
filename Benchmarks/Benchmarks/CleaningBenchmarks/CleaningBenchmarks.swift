import Benchmark
import Foundation
import WinnowPipeline

/// Clean + split throughput on synthetic news dumps (headline, credit, widget, prose, trailer),
/// one core. Throughput is reported per 1 MB of text: scaledIterations × 1 MB / wall time = MB/s.
let benchmarks: @Sendable () -> Void = {
    let text = CleaningBenchmarkInput.dump(bytes: 1 << 20)
    let clean = CleanConfig(families: [
        RuleFamilyConfig(name: "widget", role: .widget, exact: ["Share", "Follow", "Advertisement"], prefixes: ["sign up for "]),
        RuleFamilyConfig(name: "photo_credit", role: .credit, suffixes: ["via getty images"]),
        RuleFamilyConfig(name: "contributor", role: .trailer, suffixes: ["contributed to this report."]),
    ])
    Benchmark("clean 1 MB", configuration: .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(5))) { benchmark in
        let classifier = try LineClassifier(config: clean)
        for _ in benchmark.scaledIterations { blackHole(classifier.classify(text)) }
    }
    Benchmark("clean+split 1 MB", configuration: .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(5))) { benchmark in
        let classifier = try LineClassifier(config: clean)
        let splitter = try StorySplitter(config: SplitConfig())
        for _ in benchmark.scaledIterations { blackHole(splitter.split(classifier.classify(text))) }
    }
}

enum CleaningBenchmarkInput {
    /// A deterministic dump of about `bytes` bytes.
    static func dump(bytes: Int) -> String {
        let words = ["council", "minister", "election", "budget", "river", "police", "court", "market", "school", "health",
                     "energy", "voters", "report", "officials", "city", "plan", "workers", "storm", "trade", "museum"]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n }
        func sentence(_ n: Int) -> String { (0..<n).map { _ in words[next(words.count)] }.joined(separator: " ") }
        var out = ""
        var story = 0
        while out.utf8.count < bytes {
            story += 1
            out += "Story \(story): " + sentence(8).capitalized + "\n\nJane Doe/AFP via Getty Images\n\nShare\n\n"
            for _ in 0..<(6 + next(8)) { out += "LONDON — " + sentence(25 + next(30)) + ".\n\n" }
            out += "Reporters contributed to this report.\n\n"
        }
        return out
    }
}
