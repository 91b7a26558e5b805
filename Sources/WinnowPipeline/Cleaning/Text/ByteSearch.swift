import Foundation

/// Substring search on UTF-8 bytes for the line checks (`SignOff`, the teaser check of
/// `BoundaryScorer`, the rule prefilter's needles in a folded line): `memchr` (vectorised) jumps to
/// the next place the needle's first byte occurs, so prose is skipped many bytes at a time, and
/// `memcmp` compares the rest. One implementation, so the checks cannot drift apart.
enum ByteSearch {
    /// `needle` occurs in `hay` at an offset of at most `last` (clamped to where it still fits).
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, startingBy last: Int) -> Bool {
        guard !needle.isEmpty else { return true }   // the empty needle occurs anywhere
        return offset(of: needle, in: hay, from: 0, through: last) != nil
    }

    /// The first offset of `needle` (not empty) in `hay` at or after `start` and at most `last`
    /// (clamped to where it still fits); nil if none. Checks that want the match on a word edge or
    /// after a separator call it again from the offset after a miss.
    static func offset(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>,
                       from start: Int, through last: Int = .max) -> Int? {
        guard let first = needle.first, start >= 0, hay.count - start >= needle.count else { return nil }
        let base = hay.baseAddress!, last = min(last, hay.count - needle.count)
        var s = start
        while s <= last {
            guard let p = memchr(base + s, Int32(first), last - s + 1) else { return nil }
            s = UnsafeRawPointer(p) - UnsafeRawPointer(base)
            if memcmp(base + s, needle.baseAddress!, needle.count) == 0 { return s }
            s += 1
        }
        return nil
    }

    /// The first offset of byte `b` in `u`, nil if none: `memchr`, where `firstIndex(of:)` takes
    /// a compare and a branch per byte (~5 instructions a byte on a line with no such byte).
    @inline(__always)
    static func firstIndex(of b: UInt8, in u: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = u.baseAddress, let p = memchr(base, Int32(b), u.count) else { return nil }
        return UnsafeRawPointer(p) - UnsafeRawPointer(base)
    }

    /// `needle` occurs anywhere in `hay`. Inlined with its length test first: the teaser check
    /// asks it of every body line within reach of a candidate (476 k calls over two 2.4 MB dumps),
    /// most of them shorter than the needle.
    @inline(__always)
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        return needle.withUnsafeBufferPointer { occurs($0, in: hay, startingBy: hay.count) }
    }

    /// `u` opens with `prefix` (given in ASCII lower case), ASCII letters compared without case:
    /// the label and word lists of the line checks (`Story by `, `FILE PHOTO:`, `The …`).
    static func hasPrefixFoldingASCII(_ u: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard u.count >= prefix.count else { return false }
        for k in prefix.indices where (u[k].isASCIIUpper ? u[k] | 0x20 : u[k]) != prefix[k] { return false }
        return true
    }

    /// `word` (ASCII lower case) occurs in `u` as a whole word, ASCII letters compared without
    /// case: after the line's start or a space, and no ASCII letter right after it (`below`,
    /// `Below:`, not `belowground`). For cue words looked for in the few lines near a candidate.
    static func containsWordFoldingASCII(_ u: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard let base = u.baseAddress else { return word.isEmpty }   // as the loop answers for no bytes
        // Only the line's start and the bytes after a space can open the word: `memchr` jumps from
        // one space to the next, where a test at every byte cost ~15 instructions a byte.
        var k = 0
        while k + word.count <= u.count {
            let end = k + word.count
            if (end == u.count || !u[end].isASCIILetter)
                && hasPrefixFoldingASCII(UnsafeBufferPointer(rebasing: u[k...]), word) { return true }
            guard let p = memchr(base + k, 0x20, u.count - k) else { return false }
            k = UnsafeRawPointer(p) - UnsafeRawPointer(base) + 1
        }
        return false
    }

    /// The first of `labels` (ASCII lower case) that `u` opens with and goes on after
    /// (`hasPrefixFoldingASCII`): a label with text of its own after it (`CORRECTION: …`).
    /// The line's first byte, folded once, turns away the labels that open with another byte
    /// before any call (the headline check asks this of every candidate, ~40 labels a list).
    static func openingLabel(_ u: UnsafeBufferPointer<UInt8>, _ labels: OpeningLabels) -> [UInt8]? {
        // Most lines open with a byte no label opens with: one test instead of a walk over the list.
        guard let b = u.first, labels.firstBytes.contains(b.isASCIIUpper ? b | 0x20 : b) else { return nil }
        return openingLabel(u, labels.labels)
    }

    static func openingLabel(_ u: UnsafeBufferPointer<UInt8>, _ labels: [[UInt8]]) -> [UInt8]? {
        // An empty line is longer than no label.
        guard let b = u.first else { return nil }
        let first = b.isASCIIUpper ? b | 0x20 : b
        for label in labels where u.count > label.count && (label.isEmpty || label[0] == first)
            && hasPrefixFoldingASCII(u, label) {
            return label
        }
        return nil
    }
}

/// A list of labels for `ByteSearch.openingLabel` (in ASCII lower case), with the bytes they open
/// with: the headline check asks a correction's labels of nearly every line that ends a sentence,
/// and a walk over the list cost ~11 instructions a label.
struct OpeningLabels {
    let labels: [[UInt8]]
    /// First bytes of the labels; every byte when a label is empty (it opens any line).
    let firstBytes: ByteSet

    init(_ labels: [[UInt8]]) {
        self.labels = labels
        var first = ByteSet()
        for label in labels {
            if let b = label.first { first.insert(b) } else { for b in 0...255 { first.insert(UInt8(b)) } }
        }
        firstBytes = first
    }
}
