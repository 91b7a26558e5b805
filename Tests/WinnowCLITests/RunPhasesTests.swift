import Foundation
import XCTest

/// stats.json says where a run's wall time went (`phase_seconds`: wall and CPU seconds per phase,
/// `cpu_seconds`, the back end's busy and idle time, clustering's CPU time), and all of it is
/// timing: with it left out, stats.json is the same for any thread count on a multi-step input.
final class RunPhasesTests: XCTestCase {
    private static let phases = ["setup", "learned_pass", "main_pass", "finish", "side_outputs"]

    func testPhasesAreReportedAndStatsBeyondTimingsDoNotDependOnThreads() throws {
        let dir = try CLI.temporaryDirectory(self)
        let seeds = CLI.repoRoot.appendingPathComponent("Fixtures/seeds").path
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        // The seeds twice (the copies are duplicates), two inputs a step: four steps through the back end.
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        for copy in ["a", "b"] {
            for name in names { try FileManager.default.copyItem(atPath: "\(seeds)/\(name)", toPath: "\(dir)/in/\(copy)_\(name)") }
        }
        let news = try String(contentsOf: CLI.repoRoot.appendingPathComponent("Pipelines/news.yaml"), encoding: .utf8)
        let r = try XCTUnwrap(news.range(of: "inputs_per_step: 8\n"))
        let pipeline = dir + "/step2.yaml"
        try news.replacingCharacters(in: r, with: "inputs_per_step: 2\n").write(toFile: pipeline, atomically: true, encoding: .utf8)
        var untimedStats: [String: NSDictionary] = [:]
        for threads in ["1", "2"] {
            let out = "\(dir)/t\(threads)"
            let run = try CLI.run(["run", dir + "/in", "--output", out, "--threads", threads, "--quiet", "--pipeline", pipeline])
            XCTAssertEqual(run.status, 0, run.stderr)
            let stats = try CLI.json(out + "/stats.json")
            XCTAssertGreaterThan(stats["duplicates"] as? Int ?? 0, 0, "the copies are duplicates")
            let phases = try XCTUnwrap(stats["phase_seconds"] as? [String: [String: Double]], "threads \(threads)")
            XCTAssertEqual(Set(phases.keys), Set(Self.phases), "threads \(threads)")
            var wall = 0.0
            for (name, p) in phases {
                XCTAssertGreaterThanOrEqual(p["wall"] ?? -1, 0, "\(name) wall")
                XCTAssertGreaterThanOrEqual(p["cpu"] ?? -1, 0, "\(name) cpu")
                wall += p["wall"] ?? 0
            }
            // The phases follow one another inside the run's own time (rounded to milliseconds).
            XCTAssertLessThanOrEqual(wall, (stats["seconds"] as! Double) + 0.01)
            let cpu = try XCTUnwrap(stats["cpu_seconds"] as? [String: Double])
            XCTAssertGreaterThan((cpu["user"] ?? 0) + (cpu["system"] ?? 0), 0)
            let stages = stats["stages"] as! [[String: Any]]
            let checkpoint = try XCTUnwrap(stages.first { $0["name"] as? String == "checkpoint" }?["counters"] as? [String: Int])
            XCTAssertNotNil(checkpoint["back_end_busy_ms"])
            XCTAssertNotNil(checkpoint["back_end_idle_ms"])
            if threads == "1" {   // the back end runs inline: no thread of its own to be busy or idle
                XCTAssertEqual(checkpoint["back_end_busy_ms"], 0)
                XCTAssertEqual(checkpoint["back_end_idle_ms"], 0)
            }
            let dedup = try XCTUnwrap(stages.first { $0["name"] as? String == "dedup" }?["counters"] as? [String: Int])
            XCTAssertNotNil(dedup["cluster_cpu_ms"])
            untimedStats[threads] = NSDictionary(dictionary: Self.untimed(stats) as! [String: Any])
        }
        XCTAssertEqual(untimedStats["1"], untimedStats["2"], "stats.json beyond timings differs between --threads 1 and 2")
        for file in ["part-00000.jsonl.gz", "duplicates.jsonl.gz", "rejected.jsonl.gz", "manifest.json"] {
            XCTAssertEqual(try CLI.fileBytes("\(dir)/t1/\(file)"), try CLI.fileBytes("\(dir)/t2/\(file)"), file)
        }
    }

    /// stats.json without its timings (`seconds`, `*_seconds`, `*_ms`), as
    /// `Benchmarks/robustness/compare_outputs.py` compares it.
    private static func untimed(_ v: Any) -> Any {
        if let o = v as? [String: Any] {
            var r: [String: Any] = [:]
            for (k, x) in o where k != "seconds" && !k.hasSuffix("_seconds") && !k.hasSuffix("_ms") { r[k] = untimed(x) }
            return r
        }
        if let a = v as? [Any] { return a.map(untimed) }
        return v
    }
}
