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
    let stamps: UnsafePointer<UInt8>
    let stamp: UInt8

    /// The slot of the pair (a, b).
    @inline(__always)
    static func index(_ a: UInt8, _ b: UInt8) -> Int { Int(a & 0x7F) << 7 | Int(b & 0x7F) }
}

/// The scratch slots behind `LineBigrams` (one per classifier): 128 × 128 pair slots plus a row
/// the first byte of a line writes to (`noPrevious`), so the fold needs no first-byte test.
final class PairTable {
    /// Slots that hold pairs (`LineBigrams.index` < this).
    static let pairSlots = 128 * 128
    /// The row written for "no byte before": `noPrevious | b` is never a pair's index.
    static let noPrevious = pairSlots
    /// The row of single bytes: slot `byteRow + b` holds the stamp of lines whose folded bytes
    /// hold byte b (ASCII: the line's `ByteMask`, one store per byte while folding; bytes ≥ 0x80
    /// too, for the gate's "one of these bytes" conditions, `FamilyGate`).
    static let byteRow = pairSlots + 128
    /// A slot holding every line's stamp (`nextLine` writes it): the gate ends each condition's
    /// list of rarest pairs with it, so its probe loop stops there without a bounds test
    /// (`FamilyGate.someLiteral`).
    static let always = pairSlots + 128 + 256
    private static let slots = always + 1
    let stamps: UnsafeMutablePointer<UInt8>
    /// The current line's stamp (slots holding it are the line's pairs).
    private(set) var stamp: UInt8 = 0

    init() {
        stamps = .allocate(capacity: Self.slots)
        stamps.initialize(repeating: 0, count: Self.slots)
    }

    deinit { stamps.deallocate() }

    /// Starts a new line: a stamp no slot holds (the slots are cleared once every 255 lines: byte
    /// stamps keep the table at 16 KiB, half the L1 cache, where 16-bit ones filled all of it and
    /// the gate's scattered pair loads missed it).
    @inline(__always)
    func nextLine() -> UInt8 {
        if stamp == UInt8.max {
            stamps.update(repeating: 0, count: Self.slots)
            stamp = 0
        }
        stamp &+= 1
        stamps[Self.always] = stamp
        return stamp
    }

    /// The current line's pairs.
    var bigrams: LineBigrams { LineBigrams(stamps: UnsafePointer(stamps), stamp: stamp) }

    /// The current line's `ByteMask`, read off the byte row (when a family needs it: rarely).
    /// Eight slots a load: the bytes equal to the stamp are flagged, the flags gathered into 8 bits.
    func mask() -> ByteMask {
        var lo: UInt64 = 0, hi: UInt64 = 0
        let row = UnsafePointer(stamps + Self.byteRow)
        let s = UInt64(stamp) &* ByteScan.ones
        for k in 0..<8 {
            lo |= ByteScan.zeroBits(ByteScan.load(row, 8 &* k) ^ s) &<< UInt64(8 &* k)
            hi |= ByteScan.zeroBits(ByteScan.load(row, 64 &+ 8 &* k) ^ s) &<< UInt64(8 &* k)
        }
        return ByteMask(lo: lo, hi: hi)
    }
}

/// Pair-index lists of several literals back to back (literal k's list is `flat[starts[k]..<starts[k + 1]]`),
/// in raw memory so a lookup in the hot loop makes no array retain or bounds check. Each list
/// starts with the literal's rarest pair (`rarity`): on prose, the first load nearly always fails.
final class BigramLists {
    private let flat: UnsafeMutablePointer<UInt16>
    private let starts: UnsafeMutablePointer<Int>
    /// Each literal's rarest pair, or `noPair`: the one load that turns most lines away, without
    /// reading `starts`.
    let rarest: UnsafeMutablePointer<UInt16>
    static let noPair = UInt16.max

    /// `usable[k] == false` leaves literal k without a pair condition. `bytesAsSlots`: a literal of
    /// one byte b is tested on the byte row's slot (`PairTable.byteRow + b`: the folded line holds
    /// b, any byte ≥ 0x80 too), else it has no condition.
    init(_ literals: [[UInt8]], usable: [Bool]? = nil, bytesAsSlots: Bool = false) {
        var f: [UInt16] = [], e: [Int] = [0]
        // One sort key per pair, `(rarityCeiling - rarity) << 16 | index`: ascending order is
        // rarest first, ties by index. Sorting these integers replaced a Dictionary per literal
        // and a closure sort of its entries (9.5 M instructions per run at load).
        var codes: [UInt32] = []
        for (k, lit) in literals.enumerated() {
            if bytesAsSlots, lit.count == 1 {
                f.append(Self.byteSlot(lit[0]))
            } else if usable?[k] ?? true, lit.count >= 2 {
                codes.removeAll(keepingCapacity: true)
                for j in 1..<lit.count {
                    let pair = UInt32(LineBigrams.index(lit[j - 1], lit[j]))
                    let rank = UInt32(Self.rarityCeiling - Self.rarity(lit[j - 1]) - Self.rarity(lit[j]))
                    codes.append(rank << 16 | pair)
                }
                codes.sort()
                // Distinct pairs: a pair's first code is its rarest rank; later ones are dropped
                // (a literal has few pairs, so the linear search over the kept ones is short).
                let first = f.count
                for code in codes {
                    let pair = UInt16(truncatingIfNeeded: code)
                    if !f[first...].contains(pair) { f.append(pair) }
                }
            }
            e.append(f.count)
        }
        flat = .allocate(capacity: max(1, f.count))
        flat.initialize(from: f, count: f.count)
        starts = .allocate(capacity: e.count)
        starts.initialize(from: e, count: e.count)
        rarest = .allocate(capacity: max(1, literals.count))
        for k in 0..<literals.count { rarest[k] = e[k] < e[k + 1] ? f[e[k]] : Self.noPair }
    }

    deinit { flat.deallocate(); starts.deallocate(); rarest.deallocate() }

    /// A rough rank of how rare byte `b` is in English prose (higher: rarer), to test the pair
    /// least likely to be in a line first. Only the order of the tests depends on it.
    static func rarity(_ b: UInt8) -> Int { rarities[Int(b)] }

    /// More than any pair's rarity (two bytes of at most 30 each): `init`'s sort keys stay positive.
    private static let rarityCeiling = 64

    /// `rarity` of each byte, built once (it was an array and a search per pair of every literal).
    private static let rarities: [Int] = (0..<256).map { (i: Int) -> Int in
        let b = UInt8(i)
        let common: [UInt8] = Array(" etaoinshrdlcumwfgypbvkjxqz".utf8)
        if let r = common.firstIndex(of: asciiLower(b)) { return r }
        if b.isASCIIDigit { return 12 }
        if b == 0x2E || b == 0x2C || b == 0x27 || b == 0x22 || b == 0x2D { return 8 }
        return 30
    }

    /// The slot of byte b in the pair table's byte row (a one-byte literal's "pair").
    static func byteSlot(_ b: UInt8) -> UInt16 { UInt16(PairTable.byteRow + Int(b)) }

    /// The pair `init` puts first in a literal's list (two bytes or more; one byte: its `byteSlot`,
    /// with `bytesAsSlots`): the rarest, ties by index.
    static func rarestPair(_ lit: [UInt8]) -> UInt16 {
        if lit.count == 1 { return byteSlot(lit[0]) }
        var best = UInt16.max, value = -1
        for j in 1..<lit.count {
            let k = UInt16(LineBigrams.index(lit[j - 1], lit[j]))
            let v = rarity(lit[j - 1]) + rarity(lit[j])
            if v > value || (v == value && k < best) { best = k; value = v }
        }
        return best
    }

    /// Literal `k`'s pairs in the order `admits` tests them (for tests).
    func pairList(_ k: Int) -> [UInt16] { Array(UnsafeBufferPointer(start: flat + starts[k], count: starts[k + 1] - starts[k])) }

    /// `admits(k, bigrams)` for a literal whose rarest pair (not `noPair`) the caller found in
    /// `bigrams`: only its other pairs are tested (`FamilyGate`, which probes the rarest pairs itself).
    @inline(__always)
    func admitsPast(rarest k: Int, _ bigrams: LineBigrams) -> Bool {
        var j = starts[k] &+ 1
        let end = starts[k + 1]
        while j < end {
            if bigrams.stamps[Int(flat[j])] != bigrams.stamp { return false }
            j &+= 1
        }
        return true
    }

    /// Whether literal `k` passes the pair test of `bigrams` (true when there is no test).
    @inline(__always)
    func admits(_ k: Int, _ bigrams: LineBigrams?) -> Bool {
        guard let bigrams else { return true }
        let r = rarest[k]
        if r == Self.noPair { return true }
        if bigrams.stamps[Int(r)] != bigrams.stamp { return false }
        return admitsPast(rarest: k, bigrams)
    }
}
