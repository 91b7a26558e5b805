import XCTest
@testable import WinnowPipeline

/// The story-length prior's dynamic program (`BoundaryPlanner.bestChains`) cuts its scan over the
/// next start short where every longer story costs nothing, taking the best plan from there on a
/// suffix table. It must choose exactly what the plain scan chooses (the planner's output is held
/// byte-identical), ties included: the earliest of equally good next starts.
final class SplitLengthPriorChainTests: XCTestCase {
    /// Random programs shaped like the prior's: story k costs something (or is too short: +inf)
    /// up to a cut-off start, nothing from there on; values and costs from small sets, so ties
    /// between plans are common.
    func testCutOffScanChoosesAsThePlainScan() {
        var r = SeededGenerator(seed: 7)   // a fixed sequence: a failure is reproducible
        var cutShort = 0
        for _ in 0..<400 {
            let m = 2 + r.below(40)
            let values = (0..<m).map { _ in Double(r.below(5)) - 2 }
            // cutOff[k]: the first start j (k < j <= m) from which story k is free.
            let cutOff = (0..<m).map { k in k + 1 + r.below(m - k + 1) }
            var costs = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: m)
            for k in 0..<m {
                for j in (k + 1)...m where j < cutOff[k] {
                    costs[k][j] = [Double.infinity, 0.5, 1, 2, 0][r.below(5)]
                }
            }
            let fast = BoundaryPlanner.bestChains(m, value: { values[$0] }, cost: { costs[$0][$1] },
                                                  free: { k, j in j >= cutOff[k] })
            let plain = BoundaryPlanner.bestChains(m, value: { values[$0] }, cost: { costs[$0][$1] },
                                                   free: { _, _ in false })
            XCTAssertEqual(fast.best, plain.best)
            XCTAssertEqual(fast.next, plain.next)
            if cutOff.enumerated().contains(where: { $0.element < m }) { cutShort += 1 }
        }
        XCTAssertGreaterThan(cutShort, 200, "the cut-off was exercised")
    }

    /// Equal plans: the earlier next start wins, past the cut-off as before it.
    func testTiesGoToTheEarlierStart() {
        // best[1] == best[2] == 2: both are the best rest for candidate 0, free from candidate 1 on.
        let values: [Double] = [1, 0, 2, -10]
        for free in [true, false] {
            let chains = BoundaryPlanner.bestChains(4, value: { values[$0] }, cost: { _, _ in 0 },
                                                    free: { _, _ in free })
            XCTAssertEqual(chains.best, [3, 2, 2, -10])
            XCTAssertEqual(chains.next, [1, 2, 4, 4])
        }
    }
}
