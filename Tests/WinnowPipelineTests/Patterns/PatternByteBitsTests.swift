import XCTest
@testable import WinnowPipeline

/// `ByteBits`, the parser's byte sets, behaves as the `Set<UInt8>` it replaced.
final class PatternByteBitsTests: XCTestCase {
    func testSetOperationsMatchSetOfUInt8() {
        var rng = SeededGenerator()
        for _ in 0..<200 {
            let a = Set((0..<Int.random(in: 0...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) })
            let b = Set((0..<Int.random(in: 0...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) })
            let x = ByteBits(a), y = ByteBits(b)
            XCTAssertEqual(x.members, a.sorted())
            XCTAssertEqual(x.union(y).members, a.union(b).sorted())
            XCTAssertEqual(x.isSubset(of: y), a.isSubset(of: b))
            XCTAssertEqual(x.isSubset(of: x.union(y)), true)
            XCTAssertEqual(x.isEmpty, a.isEmpty)
            XCTAssertEqual(x.lowered.members, Set(a.map(asciiLower)).sorted())
            for v in 0...255 { XCTAssertEqual(x.contains(UInt8(v)), a.contains(UInt8(v))) }
        }
        XCTAssertEqual(([0x41, 0x5A, 0x61, 0x40, 0x5B] as ByteBits).lowered.members, [0x40, 0x5B, 0x61, 0x7A])
    }
}
