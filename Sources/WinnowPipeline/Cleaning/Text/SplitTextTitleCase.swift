/// How title-cased a line is (`BoundaryScorer.headline`'s `title_case` feature), on its bytes.
extension SplitText {
    /// Share of words of 4+ scalars whose first letter is upper-case (title-case headlines score
    /// high).
    static func titleCaseShare(_ s: some StringProtocol) -> Double {
        withBytes(s) { titleCaseShare($0) }
    }

    static func titleCaseShare(_ u: UnsafeBufferPointer<UInt8>) -> Double {
        guard let base = u.baseAddress else { return 0 }
        return isASCII(base, u.count) ? titleCaseShareASCII(base, u.count) : titleCaseShareWords(base, u.count)
    }

    /// True when `base[0..<n]` is all ASCII (eight bytes at a time).
    @inline(__always)
    static func isASCII(_ base: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var k = 0, any: UInt64 = 0
        while k &+ 8 <= n { any |= ByteScan.load(base, k); k &+= 8 }
        while k < n { any |= UInt64(base[k]); k &+= 1 }
        return any & ByteScan.highs == 0
    }

    /// `titleCaseShare` of an ASCII line, word by word: a word (bytes up to the next space) is
    /// found eight bytes at a time, and only a long one has its first letter looked up. Every
    /// byte is a scalar, so a word's length is its byte count. (Counting a non-ASCII line's
    /// scalars per word this way cost more than the scalar walk below.)
    static func titleCaseShareASCII(_ base: UnsafePointer<UInt8>, _ n: Int) -> Double {
        var long = 0, caps = 0
        var k = 0
        while k < n {
            let s = k
            var e = s
            while e &+ 8 <= n {
                let spaces = ByteScan.equal(ByteScan.load(base, e), 0x20)   // exact on ASCII bytes
                if spaces != 0 { e &+= ByteScan.firstIndex(spaces); break }
                e &+= 8
            }
            while e < n && base[e] != 0x20 { e &+= 1 }
            if e &- s >= 4 {
                long &+= 1
                // The first letter's case (a word may open with a quote, bracket or digit).
                var j = s
                while j < e {
                    let b = base[j]
                    if (b | 0x20) &- 0x61 < 26 { caps &+= b < 0x61 ? 1 : 0; break }
                    j &+= 1
                }
            }
            k = e &+ 1
        }
        return long == 0 ? 0 : Double(caps) / Double(long)
    }

    /// `titleCaseShare` of any UTF-8 line word by word, as `titleCaseShareASCII` (the scalar walk
    /// below cost ~1,900 instructions a line with a curly quote or an accent, ~3x the ASCII path):
    /// a word's end and its continuation bytes (10xxxxxx) come from the same 8-byte loads, so its
    /// scalars are its bytes less those; only a word of 4+ scalars has its first letter looked up.
    static func titleCaseShareWords(_ base: UnsafePointer<UInt8>, _ n: Int) -> Double {
        let spaces: UInt64 = 0x2020_2020_2020_2020
        var long = 0, caps = 0
        var k = 0
        while k < n {
            let s = k
            var e = s, continuations = 0
            while e &+ 8 <= n {
                let x = ByteScan.load(base, e)
                let ends = ByteScan.zeroBytes(x ^ spaces)   // exact at the first space
                let tails = x & ~(x &<< 1) & ByteScan.highs
                if ends != 0 {
                    let i = ByteScan.firstIndex(ends)
                    continuations &+= ByteScan.count(tails & ((1 &<< (8 &* UInt64(i))) &- 1))
                    e &+= i
                    break
                }
                continuations &+= ByteScan.count(tails)
                e &+= 8
            }
            while e < n && base[e] != 0x20 {
                continuations &+= base[e] & 0xC0 == 0x80 ? 1 : 0
                e &+= 1
            }
            if e &- s &- continuations >= 4 {
                long &+= 1
                caps &+= opensUpperCase(base, s, e, n) ? 1 : 0
            }
            k = e &+ 1
        }
        return long == 0 ? 0 : Double(caps) / Double(long)
    }

    /// The first letter of the word `base[s..<e]` (of a line of `n` bytes) is upper-case; false
    /// for none. Marks before it (quotes, brackets, digits, U+2000–U+203F) are passed over, as
    /// in the scalar walk.
    @inline(__always)
    private static func opensUpperCase(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int, _ n: Int) -> Bool {
        var j = s
        while j < e {
            let b = base[j]
            if b < 0x80 {
                if b &- 0x41 < 26 { return true }
                if b &- 0x61 < 26 { return false }
            } else if b & 0xC0 != 0x80 && !(b == 0xE2 && j &+ 1 < e && base[j &+ 1] == 0x80) {
                let u = decodeScalar(UnsafeBufferPointer(start: base, count: n), at: j)
                if u.properties.isAlphabetic { return u.properties.isUppercase }
            }
            j &+= 1
        }
        return false
    }

    /// `titleCaseShare` scalar by scalar (any UTF-8; the reference `titleCaseShareASCII` is
    /// tested against).
    static func titleCaseShareScalars(_ u: UnsafeBufferPointer<UInt8>) -> Double {
        var long = 0, caps = 0
        // The word's length in scalars, and its case: `unknown` until its first letter.
        var len = 0, state = Self.unknown
        // Counted with conditional adds: whether a word is long, or capitalised, is data the
        // branch predictor could not learn.
        @inline(__always) func flush() {
            let counts = len >= 4 ? 1 : 0
            long &+= counts
            caps &+= counts & (state == Self.upper ? 1 : 0)
            len = 0; state = Self.unknown
        }
        // Scalar by scalar on the bytes: a lead byte starts a scalar, continuation bytes are skipped.
        var k = 0
        let n = u.count
        let base = u.baseAddress
        while k < n {
            if state != Self.unknown, k &+ 8 <= n, let base {
                // The word's case is settled: ASCII bytes up to the next space only count, eight
                // at a time (a space or non-ASCII byte stops the skip; carries from a byte
                // >= 0x80 only spoil the flags after it, so the first flag is exact).
                let w = ByteScan.load(base, k)
                let stop = (w & ByteScan.highs) | ByteScan.equal(w, 0x20)
                let skip = stop == 0 ? 8 : ByteScan.firstIndex(stop)
                len &+= skip; k &+= skip
                if skip == 8 { continue }
            }
            let b = u[k]
            k += 1
            if b & 0xC0 == 0x80 { continue }
            if b == 0x20 { flush(); continue }
            len += 1
            guard state == Self.unknown else { continue }
            if b < 0x80 {
                // `unknown` for a non-letter (each test is 0 or the state it names).
                state = (b &- 0x41 < 26 ? Self.upper : 0) | (b &- 0x61 < 26 ? Self.lower : 0)
            } else if b == 0xE2 && u[k] == 0x80 {
                // U+2000–U+203F (spaces, dashes, curly quotes, bullets): punctuation, never a
                // letter, and the most common non-ASCII scalar opening a word (`“Quoted`). Told
                // from the bytes; the property lookup costs a few hundred instructions.
                continue
            } else {
                let u = decodeScalar(u, at: k - 1)
                if u.properties.isAlphabetic { state = u.properties.isUppercase ? Self.upper : Self.lower }
            }
        }
        flush()
        return long == 0 ? 0 : Double(caps) / Double(long)
    }

    /// `titleCaseShare`'s word states: no letter yet, first letter lower / upper case.
    fileprivate static let unknown: UInt8 = 0, lower: UInt8 = 1, upper: UInt8 = 2

    /// The scalar whose lead byte is `u[k]` (the bytes of a `String`: valid UTF-8).
    fileprivate static func decodeScalar(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Unicode.Scalar {
        let b = u[k]
        var v: UInt32, more: Int
        if b >= 0xF0 { v = UInt32(b & 0x07); more = 3 } else if b >= 0xE0 { v = UInt32(b & 0x0F); more = 2 } else { v = UInt32(b & 0x1F); more = 1 }
        for j in 1...more { v = v << 6 | UInt32(u[k + j] & 0x3F) }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }
}
