import CWinnowSHA

/// SHA-256 (FIPS 180-4), incremental. Used for shard checksums in the manifest, the pipeline
/// config hash and record ids (every story's text: a hot path). The block compression is C
/// (`CWinnowSHA`): SHA-NI instructions when the CPU has them (checked once at run time), else a
/// portable version; both give the same digests. No crypto dependency: it is one function.
public struct SHA256 {
    /// Which compression function to use; `.automatic` is the fastest this CPU has.
    enum Kernel { case automatic, portable, hardware }

    private var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    /// The partial block (64 bytes, no heap: one hasher per story id).
    private var block: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var blockCount = 0
    private var length: UInt64 = 0
    private let kernel: Kernel

    public init() { kernel = .automatic }

    /// A hasher on a given compression function (tests compare them).
    init(kernel: Kernel) { self.kernel = kernel }

    /// True when this CPU runs the SHA-NI compression.
    static var hasHardwareSupport: Bool { winnow_sha256_has_ni() != 0 }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var p = bytes.baseAddress, bytes.count > 0 else { return }
        var remaining = bytes.count
        length &+= UInt64(remaining)
        // Top up a partial block first, then hash whole blocks straight from the input.
        if blockCount > 0 {
            let take = min(64 - blockCount, remaining)
            let at = blockCount
            withUnsafeMutableBytes(of: &block) { b in (b.baseAddress! + at).copyMemory(from: p, byteCount: take) }
            blockCount += take
            p += take
            remaining -= take
            if blockCount == 64 { compressBlock(); blockCount = 0 }
        }
        if remaining >= 64 {
            let n = remaining / 64
            compress(p.assumingMemoryBound(to: UInt8.self), blocks: n)
            p += n * 64
            remaining -= n * 64
        }
        if remaining > 0 {
            let left = remaining
            withUnsafeMutableBytes(of: &block) { b in b.baseAddress!.copyMemory(from: p, byteCount: left) }
            blockCount = left
        }
    }

    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        // A native String's UTF-8 view and arrays are contiguous: no copy.
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil {
            let array = Array(bytes)
            array.withUnsafeBytes { update($0) }
        }
    }

    /// Pads and hashes the last block; returns the eight state words (the digest, big-endian words).
    mutating func finalizeWords() -> (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) {
        let bitLength = length &* 8
        let at = blockCount
        withUnsafeMutableBytes(of: &block) { b in
            b[at] = 0x80
            for i in (at + 1)..<64 { b[i] = 0 }
        }
        if at >= 56 {
            compressBlock()
            block = (0, 0, 0, 0, 0, 0, 0, 0)
        }
        withUnsafeMutableBytes(of: &block) { b in
            for i in 0..<8 { b[56 + i] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(7 - i) * 8)) }
        }
        compressBlock()
        blockCount = 0
        return h
    }

    /// The digest as 64 lowercase hex digits.
    public mutating func finalizeHex() -> String {
        let w = finalizeWords()
        return Self.hex([w.0, w.1, w.2, w.3, w.4, w.5, w.6, w.7])
    }

    /// `prefix` and the lowercase hex of `words` (8 digits each, big-endian), built in place.
    static func hex(_ words: [UInt32], prefix: StaticString = "") -> String {
        let digits: StaticString = "0123456789abcdef"
        let p = prefix.utf8CodeUnitCount
        return String(unsafeUninitializedCapacity: p + words.count * 8) { out in
            prefix.withUTF8Buffer { for (k, b) in $0.enumerated() { out[k] = b } }
            digits.withUTF8Buffer { d in
                for (k, word) in words.enumerated() {
                    for j in 0..<8 { out[p + k * 8 + j] = d[Int((word >> UInt32(28 - 4 * j)) & 0xF)] }
                }
            }
            return p + words.count * 8
        }
    }

    public static func hex(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(text.utf8)
        return hasher.finalizeHex()
    }

    private mutating func compressBlock() {
        var b = block
        withUnsafeBytes(of: &b) { compress($0.baseAddress!.assumingMemoryBound(to: UInt8.self), blocks: 1) }
    }

    private mutating func compress(_ p: UnsafePointer<UInt8>, blocks: Int) {
        let kernel = kernel
        withUnsafeMutableBytes(of: &h) { s in
            let state = s.baseAddress!.assumingMemoryBound(to: UInt32.self)
            switch kernel {
            case .automatic: winnow_sha256_compress(state, p, blocks)
            case .portable: winnow_sha256_compress_generic(state, p, blocks)
            case .hardware: winnow_sha256_compress_ni(state, p, blocks)
            }
        }
    }
}
