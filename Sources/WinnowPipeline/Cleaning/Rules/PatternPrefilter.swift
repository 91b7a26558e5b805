import Foundation

/// A cheap necessary condition for a case-insensitive rule regex, derived from the pattern text.
///
/// A regex call (`PatternRegex`, PCRE2: a few hundred instructions; NSRegularExpression before it
/// ~15k) on every short line for every family would still be most of cleaning's time, and most
/// lines cannot match:
/// `^follow \S+ on (twitter|x)…` needs a line starting with `f` and containing `follow `. The
/// prefilter reads such facts off the pattern (first-byte class of an anchored pattern, last-byte
/// class of one ending in `$`, a required literal factor or set of alternatives) and tests them on
/// the line's UTF-8 bytes (`PatternParser` does the reading); the regex runs
/// only on lines that pass. Anything the analysis does not understand (inline flags, back
/// references, unknown escapes) makes it admit every line, so it never changes a match.
///
/// Case-insensitivity is ASCII folding; the unusual Unicode case folds the regex also applies (`K`
/// the Kelvin sign ~ `k`, `ſ` ~ `s`) are not modelled.
final class PatternPrefilter {
    /// Lower-cased first bytes an anchored pattern's subject can start with (nil: any).
    /// Bytes ≥ 0x80 stand for "some non-ASCII character" when a class allows one.
    let firstBytes: ByteSet?
    /// Lower-cased last bytes of the subject when the pattern ends with `$` (nil: any). The
    /// subject (the trimmed line or its tail) ends where the line does, so a match ends with it.
    let lastBytes: ByteSet?
    /// The subject must contain one of these (ASCII case-insensitively); empty: no condition.
    let anyOf: [[UInt8]]
    /// All needles back to back (`ends[k]` is where needle k ends), for a scan without retains.
    private let flat: [UInt8]
    private let ends: [Int]
    /// Each needle's ASCII bytes: a line lacking one of them cannot contain the needle, which
    /// skips nearly every substring scan.
    private let masks: [ByteMask]
    /// The bytes all needles share.
    private let common: ByteMask
    /// Bytes the line must hold (what `admits` requires of the line's mask): those shared by all
    /// needles of each required factor set.
    let requiredBytes: ByteMask
    /// Every match holds a digit (`PatternFacts.digit`): the subject needs an ASCII digit (in the
    /// line's mask) or a byte ≥ 0x80.
    let requiresDigit: Bool
    /// Each needle's byte pairs, tested on the folded line's `LineBigrams`. Only for needles whose
    /// pairs survive folding (ASCII, no tab, no double space; the fold lower-cases and keeps one
    /// space of a run, so a raw occurrence of such a needle is a folded one too).
    private let pairs: BigramLists
    /// No needle condition (`anyOf` empty).
    private let noNeedles: Bool
    /// Per needle: its raw occurrences are folded ones too (the condition for `pairs`), so it can
    /// be looked for in the folded line, lower-case already, with `memmem`.
    private let survivesFold: [Bool]
    /// Per needle: it has no ASCII letter (`›`, ` » `), so case folding cannot change it and it
    /// is looked for byte for byte with `memchr` (these needles do not survive folding).
    private let caseFree: [Bool]
    /// Per needle: it holds a byte ≥ 0x80, so an all-ASCII subject cannot contain it.
    private let highNeedle: [Bool]
    /// The other factor sets every match needs (`PatternFacts.conj`, besides `anyOf`), ASCII
    /// only: each must occur in the subject (`hasOtherFactors`). `author_bio`'s `…is (a|an|the)
    /// …(contributing|senior|opinion|staff) (editor|writer|columnist)…` needs "is " as well as a
    /// job title; `anyOf` holds one of them only.
    let otherFactors: [[[UInt8]]]

    init(pattern: String) {
        var parser = PatternParser(Array(pattern.unicodeScalars))
        var needles: [[UInt8]] = []
        var first: ByteSet? = nil, last: ByteSet? = nil
        var needed = ByteMask()
        var digit = false
        var others: [Set<String>] = []
        if let node = parser.parseAlternation(), parser.atEnd {
            if let f = node.factor, !f.isEmpty, !f.contains(where: \.isEmpty) {
                needles = f.sorted().map { Array($0.utf8) }
            }
            for set in node.conj where !set.contains(where: \.isEmpty) {
                // ASCII needles only: ICU folds non-ASCII case too, which `containsFolded` does not.
                if set.count <= 24, set != node.factor, set.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }),
                   !others.contains(set) {
                    others.append(set)
                }
                let masks = set.map { n in Array(n.utf8).withUnsafeBufferPointer { ByteMask($0) } }
                let shared = masks.dropFirst().reduce(masks[0]) { ByteMask(lo: $0.lo & $1.lo, hi: $0.hi & $1.hi) }
                needed = ByteMask(lo: needed.lo | shared.lo, hi: needed.hi | shared.hi)
            }
            digit = node.digit
            if node.anchored, let bytes = node.first {
                var table = ByteSet()
                for b in bytes.members { table.insert(b) }
                first = table
            }
            if node.endAnchored, let bytes = node.last {
                var table = ByteSet()
                for b in bytes.members { table.insert(b) }
                last = table
            }
        }
        firstBytes = first
        lastBytes = last
        requiredBytes = needed
        requiresDigit = digit
        // Shortest needles first in each set (most likely found early), sets in a fixed order.
        otherFactors = others.map { set in set.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }.map { Array($0.utf8) } }
        anyOf = needles
        flat = needles.flatMap { $0 }
        var e: [Int] = [], n = 0
        for needle in needles { n += needle.count; e.append(n) }
        ends = e
        noNeedles = e.isEmpty
        masks = needles.map { n in n.withUnsafeBufferPointer { ByteMask($0) } }
        let survives = needles.map { n in
            !n.contains { $0 >= 0x80 || $0 == 0x09 } && !zip(n, n.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
        }
        pairs = BigramLists(needles, usable: survives)
        survivesFold = survives
        highNeedle = needles.map { n in n.contains { $0 >= 0x80 } }
        caseFree = needles.map { n in !n.contains { $0 < 0x80 && $0.isASCIILetter } }
        common = masks.isEmpty ? ByteMask() : masks.dropFirst().reduce(masks[0]) { ByteMask(lo: $0.lo & $1.lo, hi: $0.hi & $1.hi) }
    }

    /// The needles, when `admits` requires one and every needle has byte pairs that survive
    /// folding (so a line whose folded pairs lack some pair of each needle is turned away);
    /// nil otherwise.
    var pairNeedles: [[UInt8]]? {
        guard !noNeedles, zip(anyOf, survivesFold).allSatisfy({ $0.count >= 2 && $1 }) else { return nil }
        return anyOf
    }

    /// One byte per needle that the folded line holds wherever the line holds that needle, when
    /// the needles have no usable pairs (`pairNeedles` nil: `widget`'s breadcrumb needs one of `›`,
    /// `»`, `>`); nil when there are no needles or one has no such byte. An ASCII byte other than
    /// a blank is kept by the fold, lower-cased; a non-ASCII scalar without case forms that the
    /// fold does not turn into ASCII (curly quotes, en and em dashes, NBSP) keeps all its bytes:
    /// its last one stands for it (a continuation byte: rarer than its lead byte).
    var byteNeedles: [UInt8]? {
        guard !noNeedles else { return nil }
        var bytes: [UInt8] = []
        for needle in anyOf {
            guard let b = Self.keptByte(needle) else { return nil }
            if !bytes.contains(b) { bytes.append(b) }
        }
        return bytes
    }

    /// A byte of `needle` the fold of any line holding it holds (see `byteNeedles`).
    static func keptByte(_ needle: [UInt8]) -> UInt8? {
        if let b = needle.first(where: { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 }) { return asciiLower(b) }
        guard let c = String(decoding: needle, as: UTF8.self).unicodeScalars.first, !c.isASCII,
              !foldedScalars.contains(c.value), !c.properties.isWhitespace,
              let bytes = caseInvariantBytes(c), let last = bytes.last else { return nil }
        return last
    }

    /// Scalars `LineText.foldPunctuation` turns into ASCII (‘ ’ “ ” – — and NBSP).
    private static let foldedScalars: Set<UInt32> = [0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0xA0]

    /// True when `admits` turns a whole-line subject away on its first byte alone (before it
    /// reads the line's mask or pairs).
    func rejectsFirstByte(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let table = firstBytes else { return false }
        guard let b = line.first else { return true }
        return !table.contains(asciiLower(b))
    }

    /// Whether a regex match on `subject` is possible. `isLineStart`: the subject is the whole
    /// trimmed line (a tail subject may start anywhere, so the first-byte class does not apply).
    /// `lineMask`: the `ByteMask` of the whole folded line (a superset of the subject's bytes);
    /// `bigrams`: the pairs of the whole folded (trimmed) line, when known; `folded`: the folded
    /// line, when known (it must hold the fold of `subject`: it may cover more); `asciiOnly`: the
    /// line has no byte ≥ 0x80 (needles with one, `›` `»`, are then not looked for).
    /// The cheap tests (first byte, required bytes) are inlined at the call site: they turn most
    /// lines away, and a call per pattern per line cost more than the tests.
    @inline(__always)
    func admits(_ subject: UnsafeBufferPointer<UInt8>, isLineStart: Bool, lineMask: ByteMask,
                bigrams: LineBigrams? = nil, folded: UnsafeBufferPointer<UInt8>? = nil, asciiOnly: Bool = false) -> Bool {
        if isLineStart, let table = firstBytes {
            guard let b = subject.first, table.contains(asciiLower(b)) else { return false }
        }
        if let table = lastBytes {
            guard let b = subject.last, table.contains(asciiLower(b)) else { return false }
        }
        guard lineMask.containsAll(requiredBytes) else { return false }
        if noNeedles { return true }
        // Bytes every needle has: one test rejects most lines.
        guard lineMask.containsAll(common) else { return false }
        return containsNeedle(subject, lineMask: lineMask, bigrams: bigrams, folded: folded, asciiOnly: asciiOnly)
    }

    /// The digit condition (`requiresDigit`), asked just before the regex runs: in `admits`, the
    /// test on every line every pattern meets cost more instructions than the regex calls it saved.
    /// `asciiOnly`: the whole line has no byte ≥ 0x80, so neither has `subject` (a piece of it):
    /// the scan for one is skipped (it was ~350 instructions a call on a line without a digit).
    @inline(__always)
    func mayHaveDigit(_ subject: UnsafeBufferPointer<UInt8>, lineMask: ByteMask, asciiOnly: Bool = false) -> Bool {
        !requiresDigit || lineMask.lo & Self.digitBits != 0 || !asciiOnly && Self.hasHighByte(subject)
    }

    /// The other required factors (`otherFactors`), asked just before the regex runs, like the
    /// digit: about half the regex calls on dev A found no match, most for lack of a second literal
    /// (measured when a regex call was NSRegularExpression's ~15k instructions, a scan of a short
    /// line a few hundred; not measured again since the calls are PCRE2's).
    func hasOtherFactors(_ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        for set in otherFactors {
            var found = false
            for needle in set where needle.withUnsafeBufferPointer({ containsFolded(subject, $0) }) {
                found = true
                break
            }
            if !found { return false }
        }
        return true
    }

    /// The ASCII digits' bits in `ByteMask.lo`.
    static let digitBits: UInt64 = 0x03FF << 0x30

    /// Whether `subject` has a byte ≥ 0x80 (only asked of lines without an ASCII digit).
    /// Eight bytes a load (`ByteScan.load`): the byte-by-byte `contains` took ~6 instructions a byte.
    @inline(never)
    static func hasHighByte(_ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = subject.baseAddress else { return false }
        let n = subject.count
        var i = 0
        while i &+ 8 <= n {
            if ByteScan.load(p, i) & 0x8080_8080_8080_8080 != 0 { return true }
            i &+= 8
        }
        while i < n {
            if p[i] >= 0x80 { return true }
            i &+= 1
        }
        return false
    }

    /// Whether `subject` contains one of the needles (after the per-needle byte and pair tests).
    @inline(never)
    private func containsNeedle(_ subject: UnsafeBufferPointer<UInt8>, lineMask: ByteMask, bigrams: LineBigrams?,
                                folded: UnsafeBufferPointer<UInt8>?, asciiOnly: Bool) -> Bool {
        flat.withUnsafeBufferPointer { f in
            var start = 0
            for k in 0..<ends.count {
                let end = ends[k]
                if !(asciiOnly && highNeedle[k]) && pairs.admits(k, bigrams) && lineMask.containsAll(masks[k]) {
                    let needle = UnsafeBufferPointer(rebasing: f[start..<end])
                    if let folded, survivesFold[k] {
                        if ByteSearch.occurs(needle, in: folded, startingBy: folded.count) { return true }
                    } else if caseFree[k] {
                        if ByteSearch.occurs(needle, in: subject, startingBy: subject.count) { return true }
                    } else if containsFolded(subject, needle) { return true }
                }
                start = end
            }
            return false
        }
    }
}

@inline(__always)
func asciiLower(_ b: UInt8) -> UInt8 { b.isASCIIUpper ? b | 0x20 : b }

/// ASCII case-insensitive substring test; `needle` is lower-case.
@inline(__always)
func containsFolded(_ haystack: UnsafeBufferPointer<UInt8>, _ nd: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = nd.count, h = haystack.count
    guard n > 0 else { return true }
    guard n <= h else { return false }
    let first = nd[0]
    var i = 0
    while i <= h - n {
        if asciiLower(haystack[i]) == first {
            var k = 1
            while k < n && asciiLower(haystack[i + k]) == nd[k] { k += 1 }
            if k == n { return true }
        }
        i += 1
    }
    return false
}

/// The set of ASCII bytes (lower-cased) occurring in a string, as 128 bits.
struct ByteMask {
    var lo: UInt64 = 0
    var hi: UInt64 = 0

    init() {}

    init(lo: UInt64, hi: UInt64) { self.lo = lo; self.hi = hi }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for b in bytes where b < 0x80 {
            let l = asciiLower(b)
            if l < 64 { lo |= 1 << UInt64(l) } else { hi |= 1 << UInt64(l - 64) }
        }
    }

    @inline(__always)
    func containsAll(_ other: ByteMask) -> Bool { other.lo & ~lo == 0 && other.hi & ~hi == 0 }
}
