import Foundation
import XCTest
@testable import WinnowPipeline

/// The SHA-NI and portable compression functions against known vectors, each other, and a plain
/// Swift reference (the implementation record ids used before the C target), over lengths that
/// cross every padding case and updates split at every offset.
final class SHA256Tests: XCTestCase {
    private static let vectors: [(String, String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        (String(repeating: "a", count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    private func digest(_ bytes: [UInt8], _ kernel: SHA256.Kernel) -> String {
        var h = SHA256(kernel: kernel)
        h.update(bytes)
        return h.finalizeHex()
    }

    func testKnownVectorsOnEveryKernel() throws {
        var kernels: [SHA256.Kernel] = [.automatic, .portable]
        if SHA256.hasHardwareSupport { kernels.append(.hardware) }
        for (text, expected) in Self.vectors {
            XCTAssertEqual(SHA256.hex(text), expected)
            for k in kernels { XCTAssertEqual(digest(Array(text.utf8), k), expected, "\(k) on \(text.prefix(20))… (\(text.utf8.count) bytes)") }
        }
    }

    func testKernelsAgreeWithReferenceOnEveryLengthAndSplit() throws {
        var rng = SeededGenerator()
        let data = (0..<2048).map { _ in UInt8(truncatingIfNeeded: rng.next() >> 56) }
        for n in 0..<300 {
            let bytes = Array(data[0..<n])
            let expected = ReferenceSHA256.hex(bytes)
            XCTAssertEqual(digest(bytes, .portable), expected, "portable, \(n) bytes")
            if SHA256.hasHardwareSupport { XCTAssertEqual(digest(bytes, .hardware), expected, "SHA-NI, \(n) bytes") }
            // Any split of the input into two updates gives the same digest.
            for cut in stride(from: 0, through: n, by: max(1, n / 7)) {
                var h = SHA256()
                bytes[..<cut].withUnsafeBytes { h.update($0) }
                bytes[cut...].withUnsafeBytes { h.update($0) }
                XCTAssertEqual(h.finalizeHex(), expected, "\(n) bytes cut at \(cut)")
            }
        }
        let long = Array(data)
        XCTAssertEqual(digest(long, .automatic), ReferenceSHA256.hex(long))
    }

    func testHardwareKernelIsUsedWhenTheCPUHasIt() throws {
        // On x86-64 with SHA-NI (this project's machines: `grep sha_ni /proc/cpuinfo`) the run-time
        // check must find it; elsewhere the portable kernel is the only one.
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        #if arch(x86_64)
        if cpuinfo.contains(" sha_ni") { XCTAssertTrue(SHA256.hasHardwareSupport) }
        #else
        XCTAssertFalse(SHA256.hasHardwareSupport)
        #endif
    }

    func testStoryIDsAreStable() {
        // Ids are part of the output: these values were produced by the Swift-only SHA-256.
        XCTAssertEqual(DocumentID.derive(recordID: nil, storyIndex: 3, storyCount: nil, source: "/x/dumps/a.txt.gz", text: "Hello."),
                       DocumentID.derive(recordID: nil, storyIndex: 3, storyCount: nil, source: "a.txt.gz", text: "Hello."))
        XCTAssertEqual(DocumentID.derive(recordID: nil, storyIndex: 3, storyCount: nil, source: "dumps/a.txt.gz", text: "Hello."),
                       "wn-" + ReferenceSHA256.hex(Array("a.txt.gz\u{0}3\u{0}Hello.".utf8)).prefix(16))
        XCTAssertEqual(DocumentID.derive(recordID: nil, storyIndex: 0, storyCount: nil, source: "d/", text: ""),
                       "wn-" + ReferenceSHA256.hex(Array("d\u{0}0\u{0}".utf8)).prefix(16))
        XCTAssertEqual(DocumentID.derive(recordID: "r7", storyIndex: 2, storyCount: 3, source: "a.jsonl", text: "x"), "r7#2")
    }
}

/// The straightforward Swift SHA-256 (FIPS 180-4), kept as an independent reference.
private enum ReferenceSHA256 {
    static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    static func hex(_ message: [UInt8]) -> String {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var m = message + [0x80]
        while m.count % 64 != 56 { m.append(0) }
        let bits = UInt64(message.count) * 8
        for i in (0..<8).reversed() { m.append(UInt8(truncatingIfNeeded: bits >> (UInt64(i) * 8))) }
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        for start in stride(from: 0, to: m.count, by: 64) {
            var w = [UInt32](repeating: 0, count: 64)
            for i in 0..<16 {
                w[i] = (0..<4).reduce(0) { $0 << 8 | UInt32(m[start + 4 * i + $1]) }
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for i in 0..<64 {
                let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
                let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            for (i, v) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ v }
        }
        return h.map { String(format: "%08x", $0) }.joined()
    }
}
