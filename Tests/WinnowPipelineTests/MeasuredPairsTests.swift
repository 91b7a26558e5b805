import XCTest
@testable import WinnowPipeline

/// The pair measures clustering keeps for `writeDuplicates`: a document keeps the pair whose other
/// document is most preferred (the first on a tie), and a lookup finds it from either side, never
/// for a pair that was not kept.
final class MeasuredPairsTests: XCTestCase {
    func testKeepsEachDocumentsFirstPairOnTiesAndFindsItFromEitherSide() {
        var pairs = MeasuredPairs(count: 5)
        let none: (Int, Int) -> Bool = { _, _ in false }
        pairs.keep(0, 1, PairMeasure(estimate: 0.9, exact: 0.85), prefers: none)
        pairs.keep(1, 2, PairMeasure(estimate: 0.7, exact: 0.75), prefers: none)   // 1 has its pair already; 2 gets this one
        pairs.keep(3, 4, PairMeasure(estimate: 0.6, exact: nil), prefers: none)

        XCTAssertEqual(pairs.measure(0, 1)?.exact, 0.85)
        XCTAssertEqual(pairs.measure(1, 0)?.estimate, 0.9)
        XCTAssertEqual(pairs.measure(2, 1)?.exact, 0.75)
        XCTAssertEqual(pairs.measure(1, 2)?.estimate, 0.7)
        XCTAssertEqual(pairs.measure(4, 3)?.estimate, 0.6)
        XCTAssertNil(pairs.measure(4, 3)?.exact)
        XCTAssertNil(pairs.measure(0, 2))   // never measured together
        XCTAssertNil(pairs.measure(0, 3))
    }

    /// A later pair replaces a document's kept pair when its other document is preferred (here:
    /// the smaller index), as the survivor is the cluster's most preferred document.
    func testKeepsThePairWithThePreferredPartner() {
        var pairs = MeasuredPairs(count: 4)
        let smaller: (Int, Int) -> Bool = { $0 < $1 }
        pairs.keep(3, 2, PairMeasure(estimate: 0.9, exact: 0.9), prefers: smaller)
        pairs.keep(3, 0, PairMeasure(estimate: 0.8, exact: 0.82), prefers: smaller)   // 0 beats 2 as 3's partner
        pairs.keep(3, 1, PairMeasure(estimate: 0.85, exact: 0.86), prefers: smaller)  // 1 does not beat 0

        XCTAssertEqual(pairs.measure(0, 3)?.exact, 0.82)
        XCTAssertEqual(pairs.measure(1, 3)?.exact, 0.86)   // kept on 1's side (its only pair)
        XCTAssertEqual(pairs.measure(2, 3)?.exact, 0.9)    // kept on 2's side
        XCTAssertNil(pairs.measure(0, 1))
    }
}
