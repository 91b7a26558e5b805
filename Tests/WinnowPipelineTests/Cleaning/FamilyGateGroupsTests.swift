import XCTest
@testable import WinnowPipeline

/// The gate probes a condition's literals by rarest pair, one probe per distinct pair
/// (`FamilyGate.groupPair`), and then every literal of a present pair's group: a literal later in
/// its group still admits the line when an earlier one fails on its other pairs. End conditions
/// are read as each family's range of end bits (`FamilyGate.endBase`), and a condition without one passes them.
final class FamilyGateGroupsTests: XCTestCase {
    private func admitted(_ gate: borrowing FamilyGate, _ k: Int, _ line: String) -> UInt64 {
        let table = PairTable()
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        defer { buffer.deallocate() }
        return Array(line.utf8).withUnsafeBufferPointer { bytes in
            let n = LineText.foldWithPairs(bytes: bytes, to: buffer, pairs: table.stamps, stamp: table.nextLine())
            let folded = UnsafeBufferPointer(start: UnsafePointer(buffer), count: n)
            return gate.admitted(k, met: gate.endsMet(bytes, folded: folded, whole: true), bigrams: table.bigrams)
        }
    }

    func testEveryLiteralOfAPresentRarestPairIsTried() throws {
        // `zq` is the rarest pair of all three literals: one group, tried in order.
        let family = try CompiledFamily(RuleFamilyConfig(name: "zq", role: .widget, maxChars: 80,
                                                         contains: ["zq alpha", "zq beta", "zq gamma"]))
        let gate = FamilyGate([family])
        XCTAssertNotEqual(admitted(gate, 0, "and zq gamma here"), 0, "the group's last literal")
        XCTAssertNotEqual(admitted(gate, 0, "zq beta"), 0)
        XCTAssertEqual(admitted(gate, 0, "a zq delta line"), 0, "the pair alone is no literal")
        XCTAssertEqual(admitted(gate, 0, "alpha beta gamma"), 0)
    }

    /// The slot that ends every condition's probes holds each line's stamp, across the table's
    /// clearing every 255 lines: a probe loop never runs past its condition.
    func testTheAlwaysSlotHoldsEveryLinesStamp() {
        let table = PairTable()
        for _ in 0..<600 {
            let stamp = table.nextLine()
            XCTAssertEqual(table.stamps[PairTable.always], stamp)
        }
    }

    func testEndConditionsAndLiteralsOfSeveralFamilies() throws {
        let families = try [
            RuleFamilyConfig(name: "prefix", role: .widget, maxChars: 80, prefixes: ["Filed under:"]),
            RuleFamilyConfig(name: "mixed", role: .widget, maxChars: 80, suffixes: ["(Reuters)"], contains: ["kx wire", "jv desk"]),
        ].map(CompiledFamily.init)
        let gate = FamilyGate(families)
        XCTAssertNotEqual(admitted(gate, 0, "Filed under: Politics"), 0)
        XCTAssertEqual(admitted(gate, 0, "Politics, filed under: nothing"), 0)
        XCTAssertNotEqual(admitted(gate, 1, "A story (Reuters)"), 0, "the suffix's end bit")
        XCTAssertNotEqual(admitted(gate, 1, "from the jv desk today"), 0, "a literal of another group")
        XCTAssertEqual(admitted(gate, 1, "A story from nowhere"), 0)
    }
}
