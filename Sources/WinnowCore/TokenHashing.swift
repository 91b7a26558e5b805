// The tokenizer's hot path: word hashes straight from the text, 8 bytes at a time.
//
// Same output as feeding `scan`'s folded bytes to `ByteHasher` (a test checks this), but ASCII
// words are classified, case-folded and packed 8 bytes per step with SWAR bit tricks on a
// 64-bit word instead of one table lookup and shift per byte. A word that touches a non-ASCII
// byte, or the last 8 bytes of the text, continues on the byte-by-byte path.

private let highBits: UInt64 = 0x8080_8080_8080_8080
private let lowBits7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
private let ones: UInt64 = 0x0101_0101_0101_0101
private let caseBits: UInt64 = 0x2020_2020_2020_2020
private let underscores: UInt64 = 0x5F5F_5F5F_5F5F_5F5F

/// 0x80 in each byte of `y` (all bytes < 0x80) that is ≥ `v`.
@inline(__always)
private func bytesAtLeast(_ y: UInt64, _ v: UInt64) -> UInt64 {
    (y &+ ones &* (0x80 &- v)) & highBits
}

extension Tokenizer {
    /// Hashes every word of `text` into `out` (capacity ≥ text.count / 2 + 1); returns the count.
    @inline(__always)
    func hashWords(_ text: UnsafeBufferPointer<UInt8>, seed: UInt64, into out: UnsafeMutablePointer<UInt64>) -> Int {
        guard let p = text.baseAddress else { return 0 }
        let n = text.count
        let lowercase = options.lowercase, digitsToZero = options.digitsToZero
        var count = 0
        return asciiTable.withUnsafeBufferPointer { tableBuffer in
            let table = tableBuffer.baseAddress!
            var i = 0
            var h = ByteHasher(seed: seed)
            while i < n {
                let c = table[Int(p[i])]
                if c == 0 { i &+= 1; continue }
                if c != 0xFF {
                    // ASCII word start: whole 8-byte steps while they are safe to load.
                    let start = i
                    var finished = false
                    while i &+ 8 <= n {
                        let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                        let y = x & lowBits7
                        // y | 0x20 maps A–Z onto a–z and nothing else into a–z: one range test
                        // finds the letters, and setting 0x20 on them lowercases (a no-op on a–z).
                        let letter = bytesAtLeast(y | caseBits, 0x61) & ~bytesAtLeast(y | caseBits, 0x7B)
                        let digit = bytesAtLeast(y, 0x30) & ~bytesAtLeast(y, 0x3A)
                        let under = ~((y ^ underscores) &+ lowBits7) & highBits
                        let word = (letter | digit | under) & ~x
                        var folded = x
                        if lowercase { folded |= letter >> 2 }
                        if digitsToZero { folded &= ~((digit >> 7) &* 0x0F) }
                        let stop = ~word & highBits
                        if stop == 0 {
                            h.state = mum(folded ^ secret1, h.state ^ secret0)
                            i &+= 8
                            continue
                        }
                        let len = stop.trailingZeroBitCount >> 3
                        // len ≤ 7 here (some byte stops the word), so the shift is < 64 and
                        // len = 0 masks to 0: no select for it.
                        let keep = folded & ((1 &<< UInt64(8 &* len)) &- 1)
                        if p[i &+ len] >= 0x80 {
                            // The word goes on with a non-ASCII character: hand the bytes so far
                            // to the byte-by-byte path.
                            h.word = keep
                            h.shift = UInt64(8 * len)
                            h.count = UInt64(i &+ len &- start)
                            i &+= len
                            finished = false
                            break
                        }
                        h.word = keep
                        h.count = UInt64(i &+ len &- start)
                        out[count] = h.finish()
                        count &+= 1
                        // Skip the ASCII separators after the word within this load: go to the
                        // next byte that is a word byte or non-ASCII (either may start a word),
                        // or past the load, instead of one table lookup per separator.
                        let next = (word | x) & ((highBits &<< 8) &<< UInt64(8 &* len))
                        i &+= next == 0 ? 8 : next.trailingZeroBitCount >> 3
                        finished = true
                        break
                    }
                    if finished { continue }
                    if h.count == 0 && h.shift == 0 { h.count = UInt64(i &- start) }
                } else {
                    // Non-ASCII first character: start the word only if it is a word character.
                    let (cp, length) = decodeUTF8(p, i, n)
                    let folded = foldCodePoint(cp, options)
                    i &+= length
                    if folded == 0 || folded == dropCodePoint { continue }
                    Tokenizer.encode(folded, into: &h)
                }
                // Byte-by-byte path: finish the current word.
                while i < n {
                    let c = table[Int(p[i])]
                    if c == 0 { break }
                    if c != 0xFF {
                        h.add(c)
                        i &+= 1
                        continue
                    }
                    let (cp, length) = decodeUTF8(p, i, n)
                    let folded = foldCodePoint(cp, options)
                    if folded == 0 { break }
                    i &+= length
                    if folded != dropCodePoint { Tokenizer.encode(folded, into: &h) }
                }
                out[count] = h.finish()
                count &+= 1
            }
            return count
        }
    }
}

extension ByteHasher: TokenSink {
    @inline(__always) mutating func byte(_ b: UInt8) { add(b) }
    @inline(__always) mutating func endToken() {}
}
