import XCTest
@testable import WinnowPipeline

/// Rule files with more than 64 families: the gate still tests each family's conditions and the
/// exact-key table still finds each family (with 64-bit masks, families past the 64th were
/// tried on every line and had no gate conditions at all).
final class FamilyMaskTests: XCTestCase {
    /// k in letters (`ab`): line keys read every digit as 0, so `Marker 5` and `Marker 90` are one key.
    private func tag(_ k: Int) -> String {
        let a = UInt8(ascii: "a")
        return String(decoding: [a + UInt8(k / 26), a + UInt8(k % 26)], as: UTF8.self)
    }

    /// n families: family k strips `Label <tag> zq: …` lines (a prefix) and the line `Marker <tag>` (exact).
    private func families(_ n: Int) -> [RuleFamilyConfig] {
        (0..<n).map { k in
            RuleFamilyConfig(name: "family_\(k)", role: .widget, maxChars: 60,
                             exact: ["Marker \(tag(k))"], prefixes: ["Label \(tag(k)) zq:"])
        }
    }

    func testTheGateTestsFamiliesPastTheSixtyFourth() throws {
        let compiled = try families(100).map(CompiledFamily.init)
        let gate = FamilyGate(compiled)
        XCTAssertEqual(gate.always, 0, "every family has a condition the gate can test")
        let table = PairTable()
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        defer { buffer.deallocate() }
        func admits(_ k: Int, _ line: String) -> Bool {
            Array(line.utf8).withUnsafeBufferPointer { bytes in
                let n = LineText.foldWithPairs(bytes: bytes, to: buffer, pairs: table.stamps, stamp: table.nextLine())
                let folded = UnsafeBufferPointer(start: UnsafePointer(buffer), count: n)
                return gate.admits(k, met: gate.endsMet(bytes, folded: folded, whole: true), bigrams: table.bigrams)
            }
        }
        for k in [3, 63, 64, 90, 99] {
            XCTAssertTrue(admits(k, "Label \(tag(k)) zq: the rest"), "family \(k)")
            XCTAssertFalse(admits(k, "A sentence about the weather in Paris."), "family \(k)")
        }
    }

    func testFamiliesPastTheSixtyFourthStripTheirLinesAndOnlyThose() throws {
        let classifier = try LineClassifier(config: CleanConfig(families: families(100)))
        let text = ["Marker \(tag(90))", "Label \(tag(99)) zq: Subscribe now", "Marker \(tag(5))",
                    "Label \(tag(70)) is a phrase in prose.", "Marker \(tag(100))", "The council met on Tuesday."].joined(separator: "\n")
        let kinds = try classifier.classify(text).lines.map(\.kind)
        XCTAssertEqual(kinds, [.stripped(rule: "family_90", role: .widget), .stripped(rule: "family_99", role: .widget),
                               .stripped(rule: "family_5", role: .widget), .body, .body, .body])
    }

    func testTheMaskHoldsTheFamilyCountItClaims() {
        XCTAssertEqual(FamilyMask.families, 128)
        XCTAssertTrue(FamilyMask.family(127).contains(family: 127))
        XCTAssertFalse(FamilyMask.family(127).contains(family: 126))
        XCTAssertFalse(FamilyMask(0).contains(family: 200))
    }
}
