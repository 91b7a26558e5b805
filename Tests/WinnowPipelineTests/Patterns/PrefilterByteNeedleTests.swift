import Foundation
import XCTest
@testable import WinnowPipeline

/// Needles without usable byte pairs (`›`, `»`, `>`: one byte, or non-ASCII) still gate their
/// family by one byte each (`PatternPrefilter.byteNeedles`, `GateCondition.anyByte`): before,
/// `widget`'s breadcrumb pattern left the family open on every line up to 90 chars.
final class PrefilterByteNeedleTests: XCTestCase {
    private let crumbs = "^[^\\s›»>]+(?: [^\\s›»>]+){0,3} ?(?:›|»|>) ?[^\\s›»>]+(?: [^\\s›»>]+){0,3}$"

    func testByteNeedlesStandForNeedlesWithoutPairs() throws {
        let filter = PatternPrefilter(pattern: crumbs)
        XCTAssertNil(filter.pairNeedles)
        // › is E2 80 BA, » C2 BB: their last bytes.
        XCTAssertEqual(Set(try XCTUnwrap(filter.byteNeedles)), [0xBA, 0xBB, 0x3E])
        // Upper-case ASCII is looked for lower-cased (the fold's); blanks are no byte to ask for.
        XCTAssertEqual(PatternPrefilter.keptByte(Array(" X".utf8)), 0x78)
        XCTAssertNil(PatternPrefilter.keptByte(Array("  ".utf8)))
        // A letter with case forms (É ~ é) and what the fold turns into ASCII (’ → ') give none.
        XCTAssertNil(PatternPrefilter.keptByte(Array("é".utf8)))
        XCTAssertNil(PatternPrefilter.keptByte(Array("’".utf8)))
        XCTAssertNil(PatternPrefilter.keptByte(Array("—".utf8)))
        XCTAssertEqual(PatternPrefilter.keptByte(Array("•".utf8)), 0xA2)
    }

    func testAFamilyOfSuchPatternsIsGatedAndAdmitsItsLines() throws {
        let family = try CompiledFamily(RuleFamilyConfig(name: "crumbs", role: .widget, maxChars: 90, patterns: [crumbs]))
        let conditions = try XCTUnwrap(family.gateConditions)
        XCTAssertEqual(Set(conditions[0].anyByte), [0xBA, 0xBB, 0x3E])
        let gate = FamilyGate([family])
        XCTAssertEqual(gate.always, 0)
        let table = PairTable()
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        defer { buffer.deallocate() }
        func admitted(_ line: String) -> Bool {
            Array(line.utf8).withUnsafeBufferPointer { bytes in
                let n = LineText.foldWithPairs(bytes: bytes, to: buffer, pairs: table.stamps, stamp: table.nextLine())
                let folded = UnsafeBufferPointer(start: UnsafePointer(buffer), count: n)
                let met = gate.endsMet(bytes, folded: folded, whole: true)
                return gate.admits(0, met: met, bigrams: table.bigrams)
            }
        }
        for line in ["Home › World › Europe", "News > White House", "Home » Politics", "Home›World"] {
            XCTAssertTrue(admitted(line), line)
        }
        for line in ["Home World Europe", "News — White House", "Café · Politics"] {
            XCTAssertFalse(admitted(line), line)
        }
    }
}
