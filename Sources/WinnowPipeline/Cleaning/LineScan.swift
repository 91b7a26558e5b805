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

    /// Scans `line` (valid UTF-8). `sink` receives the fold: `NoFold` for key and counts only,
    /// `Folding` for `LineText.fold` + `ByteMask` + `LineBigrams` too. Generic so that each use is
    /// specialised: no per-byte test of "are we folding?", and all state stays in registers.
    @inline(__always)
    static func scan<S: FoldSink>(_ line: UnsafeBufferPointer<UInt8>, into sink: inout S) -> LineScan {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var pendingSpace = false, emitted = false, inDigits = false   // LineKey
        var words = 0, inWord = false                                   // wordCount
        var scalars = 0                                                 // scalarCount
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
                sink.put(b)
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
                    sink.space()
                } else {
                    if !inWord { words += 1; inWord = true }
                    sink.put(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                }
                i += 1
                continue
            }
            // Non-ASCII: never a word separator.
            inDigits = false
            if !inWord { words += 1; inWord = true }
            if b == 0xC2, i + 1 < n, line[i + 1] == 0xA0 {   // NBSP: a key separator and a fold space
                pendingSpace = emitted
                scalars += 1
                sink.space()
                i += 2
                continue
            }
            if b == 0xE2, i + 1 < n, line[i + 1] == 0x80 || line[i + 1] == 0x81 {
                // U+2000–U+207F: one separator for the key (3 bytes); the fold straightens
                // quotes and dashes and keeps the rest byte for byte.
                pendingSpace = emitted
                scalars += 1
                if S.folds {
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
                        sink.put(mapped)
                    } else {
                        sink.put(0xE2)
                        var j = i + 1
                        while j < i + 3 && j < n { sink.put(line[j]); j += 1 }
                    }
                }
                i += 3
                continue
            }
            if pendingSpace { h = (h ^ 0x20) &* prime; pendingSpace = false }
            h = (h ^ UInt64(b)) &* prime
            emitted = true
            if b & 0xC0 != 0x80 { scalars += 1 }
            sink.put(b)
            i += 1
        }
        var r = LineScan()
        r.key = h; r.words = words; r.scalars = scalars
        return r
    }

    /// Key, word count and scalar count only (the learner's needs).
    static func counts(_ line: UnsafeBufferPointer<UInt8>) -> LineScan {
        var none = NoFold()
        return scan(line, into: &none)
    }
}

/// Where `LineScan` sends the folded bytes.
protocol FoldSink {
    static var folds: Bool { get }
    /// A white-space byte (space, tab, NBSP): the fold keeps one space per run, none leading.
    mutating func space()
    /// A folded (already lower-cased) byte.
    mutating func put(_ l: UInt8)
}

struct NoFold: FoldSink {
    static var folds: Bool { false }
    @inline(__always) mutating func space() {}
    @inline(__always) mutating func put(_ l: UInt8) {}
}

/// `LineText.fold` into `dst` (room for the line's byte count), with the folded bytes'
/// `ByteMask` and `LineBigrams` bits (`bits`, cleared on init) on the way.
struct Folding: FoldSink {
    static var folds: Bool { true }
    let dst: UnsafeMutablePointer<UInt8>
    let bits: UnsafeMutablePointer<UInt64>
    private(set) var count = 0
    private var pending = false
    private var lo: UInt64 = 0, hi: UInt64 = 0
    private var prev: UInt8 = 0

    init(dst: UnsafeMutablePointer<UInt8>, bits: UnsafeMutablePointer<UInt64>) {
        self.dst = dst
        self.bits = bits
        bits.update(repeating: 0, count: LineBigrams.words)
    }

    var mask: ByteMask { ByteMask(lo: lo, hi: hi) }

    @inline(__always) mutating func space() { pending = count != 0 }

    @inline(__always) mutating func put(_ l: UInt8) {
        if pending {
            let k = LineBigrams.index(prev, 0x20)
            bits[k >> 6] |= 1 << UInt64(k & 63)
            dst[count] = 0x20; count += 1; pending = false; lo |= 1 << 0x20; prev = 0x20
        }
        if count > 0 { let k = LineBigrams.index(prev, l); bits[k >> 6] |= 1 << UInt64(k & 63) }
        dst[count] = l; count += 1; prev = l
        if l < 64 { lo |= 1 << UInt64(l) } else if l < 128 { hi |= 1 << UInt64(l - 64) }
    }
}
