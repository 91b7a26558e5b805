// Cold path of the tokenizer: decoding and folding one non-ASCII code point.

/// Returned by `foldCodePoint` for a combining accent removed by `stripAccents`: it neither ends
/// the word nor adds bytes to it.
let dropCodePoint: UInt32 = 0xFFFF_FFFF

/// Decodes one UTF-8 code point starting at `i` (where `p[i] >= 0x80`). Malformed input decodes
/// as U+FFFD with length 1, which is not a word character, so bad bytes split words.
@inline(__always)
func decodeUTF8(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (UInt32, Int) {
    let b0 = UInt32(p[i])
    @inline(__always) func cont(_ k: Int) -> UInt32? {
        guard i + k < n else { return nil }
        let b = p[i + k]
        return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
    }
    if b0 & 0xE0 == 0xC0, b0 >= 0xC2, let c1 = cont(1) {
        return (((b0 & 0x1F) << 6) | c1, 2)
    }
    if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) {
        let cp = ((b0 & 0x0F) << 12) | (c1 << 6) | c2
        if cp >= 0x800 && !(0xD800...0xDFFF).contains(cp) { return (cp, 3) }
    }
    if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
        let cp = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
        if cp >= 0x10000 && cp <= 0x10FFFF { return (cp, 4) }
    }
    return (0xFFFD, 1)
}

/// True when `cp` lies in one of the sorted inclusive [first, last] pairs of `ranges`.
func inRanges(_ cp: UInt32, _ ranges: [UInt32]) -> Bool {
    var lo = 0
    var hi = ranges.count / 2
    while lo < hi {
        let mid = (lo + hi) / 2
        if cp > ranges[2 * mid + 1] {
            lo = mid + 1
        } else if cp < ranges[2 * mid] {
            hi = mid
        } else {
            return true
        }
    }
    return false
}

/// Folds one non-ASCII code point: 0 when it is not a word character, `dropCodePoint` when it is
/// an accent to drop, otherwise the (possibly lowercased, unaccented, zeroed) code point.
func foldCodePoint(_ cp: UInt32, _ options: TokenizerOptions) -> UInt32 {
    var out = cp
    if cp < 0x530 {
        let low = UInt32(lowerTable0080[Int(cp - 0x80)])
        if low == 0 { return 0 }
        if options.lowercase { out = low }
        if options.stripAccents {
            if cp >= 0x300 && cp < 0x370 { return dropCodePoint }
            if out >= 0x80 && out < 0x530, case let s = stripTable0080[Int(out - 0x80)], s != 0 {
                out = UInt32(s)
            }
        }
    } else if cp >= 0x1E00 && cp < 0x2000 {
        let low = UInt32(lowerTable1E00[Int(cp - 0x1E00)])
        if low == 0 { return 0 }
        if options.lowercase { out = low }
        if options.stripAccents {
            if out >= 0x1E00 && out < 0x2000, case let s = stripTable1E00[Int(out - 0x1E00)], s != 0 {
                out = UInt32(s)
            } else if out >= 0x80 && out < 0x530, case let s = stripTable0080[Int(out - 0x80)], s != 0 {
                out = UInt32(s)
            }
        }
    } else {
        if inRanges(cp, nonWordRanges) { return 0 }
        if options.lowercase {
            if cp >= 0x531 && cp <= 0x556 { out = cp + 0x30 }         // Armenian
            else if cp >= 0xFF21 && cp <= 0xFF3A { out = cp + 0x20 }  // fullwidth Latin
        }
    }
    if options.digitsToZero && inRanges(cp, decimalDigitRanges) { return 0x30 }
    return out
}
