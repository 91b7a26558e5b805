import XCTest
@testable import WinnowPipeline

/// The C scans hash each byte with `winnow_fnv_step` (an `xorb` from memory into the hash's low
/// byte on x86-64): every byte value, at every place in a 16-byte block and in the tail loop,
/// must give the FNV-1a of the definition.
final class FNVStepTests: XCTestCase {
    /// FNV-1a of the normalised line (`LineKey.normalizeBytes`), the key's definition.
    private func reference(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        LineKey.normalizeBytes(b) { h = (h ^ UInt64($0)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    func testLineKeysOfEveryByteValueEqualTheDefinition() {
        // Every scalar of U+0080–U+07FF (each lead and continuation byte value), some 3- and
        // 4-byte ones, between letter runs long enough for the 16-byte path, at shifting offsets.
        var scalars = (0x80...0x7FF).compactMap(Unicode.Scalar.init).map { String($0) }
        scalars += ["\u{2026}", "\u{20AC}", "\u{FFFD}", "\u{3042}", "🙂", "\u{10FFFF}"]
        let letters = "AbcdefghijklmnopqrstuvwxyZ ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        var checked = 0
        for (k, s) in scalars.enumerated() {
            let line = String(letters.prefix(k % 40)) + s + letters + s + s + String(letters.suffix(k % 23))
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { b in
                XCTAssertEqual(LineScan.counts(b).key, reference(b), line)
                checked += 1
            }
        }
        XCTAssertEqual(checked, scalars.count)
        // And each ASCII byte value alone and after a long run.
        for v in UInt8(1)...UInt8(0x7F) {
            for bytes in [[v], Array("Letters and more letters here".utf8) + [v, v] + Array("tail".utf8)] {
                bytes.withUnsafeBufferPointer { b in XCTAssertEqual(LineScan.counts(b).key, reference(b), "\(v)") }
            }
        }
    }
}
