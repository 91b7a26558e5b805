/// Which byte pairs occur in a folded line.
///
/// `ByteMask` (which bytes occur) is a weak filter on prose: a 200-byte sentence holds nearly every
/// letter, so "could this line contain `all rights reserved`?" passed the mask and fell through to a
/// substring scan per literal per family. Pairs are far sharper: a literal can occur only if every
/// pair of adjacent bytes in it occurs in the line, so a literal of 6+ bytes is almost always
/// rejected in a handful of instructions. A necessary condition only: pairs of non-ASCII bytes
/// share slots with ASCII ones (`index` keeps 7 bits of each byte), which admits a line, never
/// rejects one.
///
/// The pairs are slots of a `PairTable` holding the current line's stamp: marking a pair is one
/// store (a bit set was a load, an or and a store on a hashed index), and nothing is cleared
/// between lines.
struct LineBigrams {
    let stamps: UnsafePointer<UInt16>
    let stamp: UInt16

    /// The slot of the pair (a, b).
    @inline(__always)
    static func index(_ a: UInt8, _ b: UInt8) -> Int { Int(a & 0x7F) << 7 | Int(b & 0x7F) }

    /// The distinct pair indices of `literal` (empty for literals under 2 bytes: no condition).
    static func indices(_ literal: [UInt8]) -> [UInt16] {
        guard literal.count >= 2 else { return [] }
        return Array(Set((1..<literal.count).map { UInt16(index(literal[$0 - 1], literal[$0])) })).sorted()
    }

    /// Whether every pair in `needle` (indices from `indices`) may occur in the line.
    @inline(__always)
    func containsAll(_ needle: UnsafeBufferPointer<UInt16>) -> Bool {
        for k in needle where stamps[Int(k)] != stamp { return false }
        return true
    }

    /// Whether the pair slot `k` is marked for the line.
    func contains(slot k: Int) -> Bool { stamps[k] == stamp }
}

/// The scratch slots behind `LineBigrams` (one per classifier): 128 × 128 pair slots plus a row
/// the first byte of a line writes to (`noPrevious`), so the fold needs no first-byte test.
final class PairTable {
    /// Slots that hold pairs (`LineBigrams.index` < this).
    static let pairSlots = 128 * 128
    /// The row written for "no byte before": `noPrevious | b` is never a pair's index.
    static let noPrevious = pairSlots
    let stamps: UnsafeMutablePointer<UInt16>
    /// The current line's stamp (slots holding it are the line's pairs).
    private(set) var stamp: UInt16 = 0

    init() {
        stamps = .allocate(capacity: Self.pairSlots + 128)
        stamps.initialize(repeating: 0, count: Self.pairSlots + 128)
    }

    deinit { stamps.deallocate() }

    /// Starts a new line: a stamp no slot holds (the slots are cleared once every 65,535 lines).
    @inline(__always)
    func nextLine() -> UInt16 {
        if stamp == UInt16.max {
            stamps.update(repeating: 0, count: Self.pairSlots + 128)
            stamp = 0
        }
        stamp &+= 1
        return stamp
    }

    /// The current line's pairs.
    var bigrams: LineBigrams { LineBigrams(stamps: UnsafePointer(stamps), stamp: stamp) }

    /// Marks the pairs of `folded` as a new line's (what `LineText.foldWithPairs` marks while folding).
    func fill(from folded: UnsafeBufferPointer<UInt8>) {
        let s = nextLine()
        var prev = Self.noPrevious
        for b in folded {
            stamps[prev | Int(b & 0x7F)] = s
            prev = Int(b & 0x7F) << 7
        }
    }

    /// The pair slots marked for the current line, ascending (for tests).
    var marked: [Int] { (0..<Self.pairSlots).filter { stamps[$0] == stamp } }
}

/// Pair-index lists of several literals back to back (`ends[k]`: where literal k's list ends),
/// so a lookup in the hot loop makes no array retain.
struct BigramLists {
    let flat: [UInt16]
    let ends: [Int]

    /// `usable[k] == false` leaves literal k without a pair condition.
    init(_ literals: [[UInt8]], usable: [Bool]? = nil) {
        var f: [UInt16] = [], e: [Int] = []
        for (k, lit) in literals.enumerated() {
            if usable?[k] ?? true { f += LineBigrams.indices(lit) }
            e.append(f.count)
        }
        flat = f
        ends = e
    }

    /// Whether literal `k` passes the pair test of `bigrams` (true when there is no test).
    @inline(__always)
    func admits(_ k: Int, _ bigrams: LineBigrams?) -> Bool {
        guard let bigrams else { return true }
        let start = k == 0 ? 0 : ends[k - 1], end = ends[k]
        if start == end { return true }
        return flat.withUnsafeBufferPointer { bigrams.containsAll(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
