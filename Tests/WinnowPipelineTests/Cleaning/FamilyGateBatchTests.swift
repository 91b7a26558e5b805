import XCTest
@testable import WinnowPipeline

/// `FamilyGate.admitAll` (one call a line for every gated family, visiting only the end
/// conditions a line meets and the conditions without one) gives each family the conditions
/// `admitted` gives it alone, and lets through exactly the families with some.
final class FamilyGateBatchTests: XCTestCase {
    /// Per family, `admitted` and `admitAll`'s conditions of `line`, and `admitAll`'s mask.
    private func both(_ gate: borrowing FamilyGate, _ count: Int, _ line: String) -> (single: [UInt64], batch: [UInt64], mask: FamilyMask) {
        let table = PairTable()
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)
        let out = UnsafeMutablePointer<UInt64>.allocate(capacity: FamilyMask.families)
        out.initialize(repeating: 0xDEAD, count: FamilyMask.families)
        defer { buffer.deallocate(); out.deallocate() }
        let gated = (0..<min(count, FamilyMask.families)).reduce(FamilyMask(0)) { m, k in
            gate.always.contains(family: k) ? m : m | .family(k)
        }
        return Array(line.utf8).withUnsafeBufferPointer { bytes in
            let n = LineText.foldWithPairs(bytes: bytes, to: buffer, pairs: table.stamps, stamp: table.nextLine())
            let folded = UnsafeBufferPointer(start: UnsafePointer(buffer), count: n)
            let met = gate.endsMet(bytes, folded: folded, whole: true)
            let single = (0..<count).map { k in gated.contains(family: k) ? gate.admitted(k, met: met, bigrams: table.bigrams) : 0 }
            let mask = gate.admitAll(gated, met: met, bigrams: table.bigrams, conditions: out)
            let batch = (0..<count).map { k in mask.contains(family: k) ? out[k] : 0 }
            return (single, batch, mask)
        }
    }

    private func assertSame(_ gate: borrowing FamilyGate, _ count: Int, _ lines: [String],
                            file: StaticString = #filePath, line: UInt = #line) {
        for text in lines where !LineText.trimmedRange(Array(text.utf8).withUnsafeBufferPointer { $0 }).isEmpty {
            let r = both(gate, count, text)
            XCTAssertEqual(r.batch, r.single, text, file: file, line: line)
            for k in 0..<count {
                XCTAssertEqual(r.mask.contains(family: k), r.single[k] != 0, "\(text): family \(k)", file: file, line: line)
            }
        }
    }

    func testTheRuleFileGivesTheSameConditionsAsFamilyByFamily() throws {
        let config = try XCTUnwrap(try PipelineConfig.load(path: CleaningFixtures.root.appendingPathComponent("Pipelines/news.yaml").path).clean)
        let families = try config.families.map(CompiledFamily.init)
        let gate = FamilyGate(families)
        let seeds = CleaningFixtures.root.appendingPathComponent("Fixtures/seeds")
        var lines: [String] = ["Photo: Jane Doe/Getty Images", "Sign up for our newsletter", "Updated 5 sec ago",
                               "© 2024 The Outlet. All rights reserved.", "Read more: The council met on Tuesday",
                               "LONDON (Reuters) - The council met on Tuesday.", "Follow", "Short Url"]
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
            lines += try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").prefix(400).map { String($0.trimmingCharacters(in: .whitespaces)) }
        }
        assertSame(gate, families.count, lines)
    }

    /// A family with more than 64 end conditions tests them all on every line (its end bits do not
    /// fit one word): still only lines one of them can match pass, with every condition bit.
    func testAFamilyWithMoreThanSixtyFourEndConditions() throws {
        let patterns = (0..<70).map { "^Code\($0 % 10)x\($0)\\b" }
        let many = try CompiledFamily(RuleFamilyConfig(name: "many", role: .widget, maxChars: 80, patterns: patterns))
        let plain = try CompiledFamily(RuleFamilyConfig(name: "plain", role: .widget, maxChars: 80,
                                                        suffixes: ["(Reuters)"], contains: ["kx wire", "jv desk"]))
        let gate = FamilyGate([many, plain])
        assertSame(gate, 2, ["Code9x69 here", "Code0x0 there", "A story (Reuters)", "from the jv desk today",
                             "A story from nowhere", "code"])
        XCTAssertEqual(both(gate, 2, "Code9x69 here").batch[0], ~0, "more than 64 conditions: all bits")
        XCTAssertEqual(both(gate, 2, "A story from nowhere").mask, 0)
    }
}
