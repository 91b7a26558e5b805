import XCTest

/// `winnow params` through the built binary: the weighted rule (datasketch's `_optimal_param`), the
/// recall rule the pipelines use, and misuse.
final class ParamsCommandTests: XCTestCase {
    func testWeightedRuleAndThePipelinesRecallRule() throws {
        let weighted = try CLI.run(["params", "--threshold", "0.8", "--perms", "128"])
        XCTAssertEqual(weighted.status, 0, weighted.stderr)
        let lines = weighted.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "threshold 0.8, permutations 128: bands b = 9, rows r = 13 (b·r = 117)")
        XCTAssertEqual(lines.filter { $0.hasPrefix("0.") || $0.hasPrefix("1.0") }.count, 6, weighted.stdout)
        XCTAssertTrue(lines.contains("1.0    1.0"), weighted.stdout)
        XCTAssertTrue(weighted.stdout.contains("lsh_recall: 0.99 → b = 16, r = 6"), weighted.stdout)

        let recall = try CLI.run(["params", "--threshold", "0.8", "--perms", "128", "--recall", "0.99"])
        XCTAssertEqual(recall.status, 0, recall.stderr)
        XCTAssertTrue(recall.stdout.hasPrefix("threshold 0.8, permutations 128: bands b = 16, rows r = 6"), recall.stdout)
        let atThreshold = recall.stdout.split(separator: "\n").first { $0.hasPrefix("0.8 ") }
        let p = Double(atThreshold?.split(separator: " ").last ?? "") ?? 0
        XCTAssertGreaterThanOrEqual(p, 0.99, recall.stdout)
    }

    func testBadValuesAreMisuse() throws {
        for args in [["--threshold", "1.2"], ["--perms", "0"], ["--recall", "1"]] {
            let r = try CLI.run(["params"] + args)
            XCTAssertEqual(r.status, 64, "\(args): \(r.stderr)")
        }
    }
}
