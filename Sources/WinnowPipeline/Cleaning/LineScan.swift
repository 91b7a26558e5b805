/// Everything the classifier needs to know about a trimmed line, in ONE pass over its bytes.
///
/// Separately, `LineKey.hash(bytes:)`, `LineText.wordCount`, `LineText.scalarCount`,
/// `LineText.fold` and `LineBigrams.fill` each walked the line (~110 instructions per byte in
/// all). Here the common byte (an ASCII lower-case letter) takes one short branch that updates
/// all of them; other bytes take the general path, which mirrors each function's own rules
/// (multi-byte separators, curly quotes, NBSP). Results are identical to the separate functions
/// (tested in CleaningFastPathTests).
struct LineScan {
    var key: UInt64 = 0
    var words = 0
    var scalars = 0
    /// Bytes written to the fold buffer (0 when not folding).
    var foldedCount = 0
    var mask = ByteMask()

    /// Scans `line` (valid UTF-8, trimmed). With `fold`, writes `LineText.fold` of it to `dst`
    /// (room for `line.count` bytes) and its byte pairs to `bits` (`LineBigrams.words` words).
    @inline(__always)
    static func scan(_ line: UnsafeBufferPointer<UInt8>, fold: Bool, dst: UnsafeMutablePointer<UInt8>,
                     bits: UnsafeMutablePointer<UInt64>) -> LineScan {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var pendingSpace = false, emitted = false, inDigits = false   // LineKey
        var words = 0, inWord = false                                   // wordCount
        var scalars = 0                                                 // scalarCount
        var o = 0, space = false, lo: UInt64 = 0, hi: UInt64 = 0        // fold
        var prev: UInt8 = 0                                             // last folded byte
        if fold { bits.update(repeating: 0, count: LineBigrams.words) }

        /// Appends one folded byte (after a pending space), with its pair and mask bits.
        @inline(__always)
        func put(_ l: UInt8) {
            if space {
                if o > 0 { let k = LineBigrams.index(prev, 0x20); bits[k >> 6] |= 1 << UInt64(k & 63) }
                dst[o] = 0x20; o += 1; space = false; lo |= 1 << 0x20; prev = 0x20
            }
            if o > 0 { let k = LineBigrams.index(prev, l); bits[k >> 6] |= 1 << UInt64(k & 63) }
            dst[o] = l; o += 1; prev = l
            if l < 64 { lo |= 1 << UInt64(l) } else if l < 128 { hi |= 1 << UInt64(l - 64) }
        }

        let n = line.count
        var i = 0
        while i < n {
            let b = line[i]
            if b >= 0x61 && b <= 0x7A {  // the common case: a lower-case letter
                if pendingSpace { h = (h ^ 0x20) &* prime; pendingSpace = false }
                h = (h ^ UInt64(b)) &* prime
                emitted = true; inDigits = false
                if !inWord { words += 1; inWord = true }
                scalars += 1
                if fold { put(b) }
                i += 1
                continue
            }
            if b < 0x80 {
                // LineKey: digit runs → one 0, upper → lower, other ASCII → separator.
                if b >= 0x30 && b <= 0x39 {
                    if !inDigits {
                        if pendingSpace { h = (h ^ 0x20) &* prime; pendingSpace = false }
                        h = (h ^ 0x30) &* prime
                        emitted = true; inDigits = true
                    }
                } else {
                    inDigits = false
                    if b >= 0x41 && b <= 0x5A {
                        if pendingSpace { h = (h ^ 0x20) &* prime; pendingSpace = false }
                        h = (h ^ UInt64(b | 0x20)) &* prime
                        emitted = true
                    } else {
                        pendingSpace = emitted
                    }
                }
                scalars += 1
                if b == 0x20 || b == 0x09 {
                    inWord = false
                    if fold { space = o != 0 }
                } else {
                    if !inWord { words += 1; inWord = true }
                    if fold { put(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
                }
                i += 1
                continue
            }
            // Non-ASCII: never a word separator.
            inDigits = false
            if !inWord { words += 1; inWord = true }
            if b == 0xC2, i + 1 < n, line[i + 1] == 0xA0 {   // NBSP: a separator and a fold space
                pendingSpace = emitted
                scalars += 1
                if fold { space = o != 0 }
                i += 2
                continue
            }
            if b == 0xE2, i + 1 < n, line[i + 1] == 0x80 || line[i + 1] == 0x81 {
                // U+2000–U+207F: one separator for the key (3 bytes); the fold straightens
                // quotes and dashes and keeps the rest byte for byte.
                pendingSpace = emitted
                scalars += 1
                if fold {
                    var mapped: UInt8 = 0
                    if line[i + 1] == 0x80, i + 2 < n {
                        switch line[i + 2] {
                        case 0x98, 0x99: mapped = 0x27
                        case 0x9C, 0x9D: mapped = 0x22
                        case 0x93, 0x94: mapped = 0x2D
                        default: break
                        }
                    }
                    if mapped != 0 {
                        put(mapped)
                    } else {
                        put(0xE2)
                        var j = i + 1
                        while j < i + 3 && j < n { put(line[j]); j += 1 }
                    }
                }
                i += 3
                continue
            }
            if pendingSpace { h = (h ^ 0x20) &* prime; pendingSpace = false }
            h = (h ^ UInt64(b)) &* prime
            emitted = true
            if b & 0xC0 != 0x80 { scalars += 1 }
            if fold { put(b) }
            i += 1
        }
        var r = LineScan()
        r.key = h; r.words = words; r.scalars = scalars; r.foldedCount = o
        r.mask = ByteMask(lo: lo, hi: hi)
        return r
    }
}
