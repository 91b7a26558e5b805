import XCTest
@testable import WinnowPipeline

/// The pair measures clustering keeps for `writeDuplicates`: a document keeps its first pair only,
/// and a lookup finds it from either side, never for a pair that was not kept.
final class MeasuredPairsTests: XCTestCase {
    func testKeepsEachDocumentsFirstPairAndFindsItFromEitherSide() {
        var pairs = MeasuredPairs(count: 5)
        pairs.keep(0, 1, PairMeasure(estimate: 0.9, exact: 0.85))
        pairs.keep(1, 2, PairMeasure(estimate: 0.7, exact: 0.75))   // 1 has its pair already; 2 gets this one
        pairs.keep(3, 4, PairMeasure(estimate: 0.6, exact: nil))

        XCTAssertEqual(pairs.measure(0, 1)?.exact, 0.85)
        XCTAssertEqual(pairs.measure(1, 0)?.estimate, 0.9)
        XCTAssertEqual(pairs.measure(2, 1)?.exact, 0.75)
        XCTAssertEqual(pairs.measure(1, 2)?.estimate, 0.7)
        XCTAssertEqual(pairs.measure(4, 3)?.estimate, 0.6)
        XCTAssertNil(pairs.measure(4, 3)?.exact)
        XCTAssertNil(pairs.measure(0, 2))   // never measured together
        XCTAssertNil(pairs.measure(0, 3))
    }
}
