/// Which rule families can still match a line, from its ends and its folded byte pairs, before
/// any family's own tests run.
///
/// A family matches through an exact key, anchored literals and patterns (a prefix, a suffix, a
/// pattern with a known first or last character class) or literals that may sit anywhere
/// (`contains`, a pattern's required needles). `CompiledFamily.gateConditions` names these
/// conditions; here the end conditions of all families become bits of four tables indexed by the
/// line's first byte, last byte, first and last folded byte pairs (four two-word loads and three
/// ANDs per line, `EndBits`), required bytes a test of the folded line's bytes, and the literals (and
/// bytes one of which a line must hold, `GateCondition.anyByte`) one list of byte
/// pairs (a literal can occur only if each of its pairs does; on prose its rarest pair's slot
/// turns it away in one load). On prose nearly every family fails all of them and is skipped
/// without a call. A necessary condition only: it never changes a match.
///
/// Noncopyable: it owns its tables and frees them when it goes (a class measured 3.7 M more
/// instructions in `classify` on dev A, one more load per table read).
///
/// One pass over the line's byte pairs for all families at once (a pair slot → families,
/// conditions or literals whose rarest pair it is) lost to this family-by-family walk on dev A
/// (`classifyLine` self 88.8 M, the pass 96.4–107.0 M): on a short line some rarest pair of
/// nearly every family (`promo` alone has 57 `contains` literals) is present anyway.
struct FamilyGate: ~Copyable {
    /// Bit b set: the end condition with bit b admits a line whose trimmed first byte, ASCII
    /// lower-cased, is the index.
    private let first: UnsafeMutablePointer<EndBits>
    /// The same for the line's last byte.
    private let last: UnsafeMutablePointer<EndBits>
    /// The same for the folded line's first (last) byte pair, at its `LineBigrams.index`.
    private let firstPair: UnsafeMutablePointer<EndBits>
    private let lastPair: UnsafeMutablePointer<EndBits>
    /// Family k's conditions are `conditionStart[k]..<conditionStart[k + 1]`.
    private let conditionStart: UnsafeMutablePointer<Int>
    /// Family k's end conditions have the end bits `endBase[k] ..< endBase[k] + endCount[k]` (bits
    /// are numbered condition after condition), so the ones a line meets are one shift of
    /// `metWords` and only those conditions are visited (a test per condition, three quarters of
    /// them failing on dev A, was ~8 instructions each, 26 M in all). `conditionOfBit` maps a bit
    /// back to its condition. A family with more than 64 end conditions lists them all as free.
    private let endBase: UnsafeMutablePointer<UInt8>
    private let endCount: UnsafeMutablePointer<UInt8>
    private let conditionOfBit: UnsafeMutablePointer<Int32>
    /// Family k's conditions without an end condition (or all its conditions, see above) are
    /// `freeConditions[freeStart[k] ..< freeStart[k + 1]]`: tested on every line.
    private let freeStart: UnsafeMutablePointer<Int32>
    private let freeConditions: UnsafeMutablePointer<Int32>
    /// The line's met end bits as words (`admitted` writes them), then a word `endBase` may read past.
    private let metWords: UnsafeMutablePointer<UInt64>
    /// Condition c's required bytes (the folded line must hold each) are
    /// `needBytes[needStart[c]..<needStart[c + 1]]`, tested on the pair table's byte row.
    private let needStart: UnsafeMutablePointer<Int>
    private let needBytes: UnsafeMutablePointer<UInt8>
    /// Byte pairs of every condition's literals, condition by condition (each has two bytes or
    /// more), each condition's sorted by their rarest pair.
    private let pairs: BigramLists
    /// A condition's literals in groups of one rarest pair: condition c's groups are
    /// `groupStart[c]..<groupStart[c + 1]`, group g's rarest pair `groupPair[g]` (the one load
    /// that turns most lines away) and its literals (in `pairs`) `groupLiterals[g]..<groupLiterals[g + 1]`;
    /// each condition's last group is `PairTable.always` without literals, where probes stop.
    /// A line probes each distinct rarest pair once, walking a contiguous list (it followed a
    /// per-literal link to the next rarest pair: a load that waited on the one before).
    private let groupStart: UnsafeMutablePointer<Int32>
    private let groupPair: UnsafeMutablePointer<UInt16>
    private let groupLiterals: UnsafeMutablePointer<Int32>
    /// Per family: the end bits of its conditions when every one has an end condition (one test
    /// then turns the family away), else none.
    private let endsOnly: UnsafeMutablePointer<EndBits>
    /// Families (bit k: family k) let through whatever the line is.
    let always: FamilyMask
    /// Per line byte (ASCII lower-cased) the families `admitted` may pass on a line opening
    /// (closing) with it: a family whose every condition has an end condition (`endsOnly`) is in
    /// only where one of its end bits is in `first` (`last`). See `endCandidates`.
    private let familiesByFirst: UnsafeMutablePointer<FamilyMask>
    private let familiesByLast: UnsafeMutablePointer<FamilyMask>

    private static func table(_ n: Int) -> UnsafeMutablePointer<EndBits> {
        let t = UnsafeMutablePointer<EndBits>.allocate(capacity: n)
        t.initialize(repeating: EndBits(), count: n)
        return t
    }

    /// `everyFamily`: every family is let through (the tests' reference: classifying with it
    /// must give the same lines).
    init(_ families: [CompiledFamily], everyFamily: Bool = false) {
        first = Self.table(256)
        last = Self.table(256)
        firstPair = Self.table(PairTable.pairSlots)
        lastPair = Self.table(PairTable.pairSlots)
        var always: FamilyMask = 0
        var starts: [Int] = [], bits: [EndBits] = [], literalStarts: [Int] = [], needs: [ByteMask] = []
        var literals: [[UInt8]] = []
        var next = 0
        // End bits of conditions that leave an end open (see below).
        var anyFirst = EndBits(), anyLast = EndBits(), anyStart = EndBits(), anyEnd = EndBits()
        for (k, family) in families.enumerated() {
            starts.append(bits.count)
            let conditions = k < FamilyMask.families && !everyFamily ? family.gateConditions : nil
            let ends = conditions?.filter(\.hasEnd).count ?? 0
            guard let conditions, next + ends <= EndBits.capacity else {
                if k < FamilyMask.families { always |= .family(k) }
                continue
            }
            for condition in conditions {
                literalStarts.append(literals.count)
                literals += condition.literals
                // Bytes one of which the line must hold: one-byte literals whose only "pair" is the
                // byte's slot in the pair table's byte row (`BigramLists(bytesAsSlots:)`), tested
                // as literals are (a separate test here put `admitted` out of line: +3.5 M
                // instructions in `classify` on dev A); a condition with them has no other literals.
                literals += condition.anyByte.map { [$0] }
                needs.append(condition.need)
                guard condition.hasEnd else {
                    bits.append(EndBits())
                    continue
                }
                let bit = EndBits(bit: next)
                next += 1
                bits.append(bit)
                // An end left open (nil) admits every byte or pair: its bit is gathered and set in
                // the whole table once below (a pass over 16,384 pair slots per condition was 0.7%
                // of a small run's instructions).
                if let set = condition.first {
                    for b in 0..<256 where set.contains(UInt8(b)) { first[b] |= bit }
                } else { anyFirst |= bit }
                if let set = condition.last {
                    for b in 0..<256 where set.contains(UInt8(b)) { last[b] |= bit }
                } else { anyLast |= bit }
                if let starts = condition.starts { Self.mark(firstPair, bit, starts, atStart: true) } else { anyStart |= bit }
                if let ends = condition.ends { Self.mark(lastPair, bit, ends, atStart: false) } else { anyEnd |= bit }
            }
        }
        for b in 0..<256 { first[b] |= anyFirst; last[b] |= anyLast }
        for p in 0..<PairTable.pairSlots { firstPair[p] |= anyStart; lastPair[p] |= anyEnd }
        starts.append(bits.count)
        literalStarts.append(literals.count)
        conditionStart = .allocate(capacity: starts.count)
        conditionStart.initialize(from: starts, count: starts.count)
        // Each condition's end bit number (nil: none), family by family.
        let bitNumbers: [Int?] = bits.map { bit in
            let words = [bit.lo, bit.mid, bit.hi]
            return words.firstIndex(where: { $0 != 0 }).map { $0 * 64 + words[$0].trailingZeroBitCount }
        }
        endBase = .allocate(capacity: max(1, families.count))
        endCount = .allocate(capacity: max(1, families.count))
        conditionOfBit = .allocate(capacity: EndBits.capacity)
        conditionOfBit.initialize(repeating: 0, count: EndBits.capacity)
        var freeList: [Int32] = [], freeStarts: [Int32] = []
        for k in 0..<families.count {
            freeStarts.append(Int32(freeList.count))
            let range = starts[k]..<starts[k + 1]
            let ends = range.compactMap { bitNumbers[$0] }
            endBase[k] = UInt8(ends.first ?? 0)
            endCount[k] = ends.count <= 64 ? UInt8(ends.count) : 0
            for c in range {
                if let n = bitNumbers[c], ends.count <= 64 {
                    precondition(n == ends[0] + ends.firstIndex(of: n)!, "a family's end bits follow one another")
                    conditionOfBit[n] = Int32(c)
                } else {
                    freeList.append(Int32(c))
                }
            }
        }
        freeStarts.append(Int32(freeList.count))
        freeStart = .allocate(capacity: freeStarts.count)
        freeStart.initialize(from: freeStarts, count: freeStarts.count)
        freeConditions = .allocate(capacity: max(1, freeList.count))
        freeConditions.initialize(from: freeList, count: freeList.count)
        metWords = .allocate(capacity: 4)
        metWords.initialize(repeating: ~0, count: 4)
        var starts2: [Int] = [], flat: [UInt8] = []
        for m in needs {
            starts2.append(flat.count)
            for b in 0..<64 where m.lo & (1 << UInt64(b)) != 0 { flat.append(UInt8(b)) }
            for b in 0..<64 where m.hi & (1 << UInt64(b)) != 0 { flat.append(UInt8(64 + b)) }
        }
        starts2.append(flat.count)
        needStart = .allocate(capacity: starts2.count)
        needStart.initialize(from: starts2, count: starts2.count)
        needBytes = .allocate(capacity: max(1, flat.count))
        needBytes.initialize(from: flat, count: flat.count)
        precondition(literals.allSatisfy { !$0.isEmpty }, "gate literals have byte pairs or a byte slot")
        // A condition's literals sorted by rarest pair (the test asks whether any one passes, so
        // their order does not matter): literals sharing an absent rarest pair are skipped at once.
        let byRarest = literals.map(BigramLists.rarestPair)
        var sorted: [[UInt8]] = []
        var groups: [Int32] = [], groupPairs: [UInt16] = [], groupFirst: [Int32] = []
        for c in 0..<literalStarts.count - 1 {
            groups.append(Int32(groupPairs.count))
            let range = literalStarts[c]..<literalStarts[c + 1]
            let order = range.sorted { byRarest[$0] != byRarest[$1] ? byRarest[$0] < byRarest[$1] : $0 < $1 }
            for (k, j) in order.enumerated() {
                if k == 0 || byRarest[order[k - 1]] != byRarest[j] {
                    groupPairs.append(byRarest[j])
                    groupFirst.append(Int32(sorted.count))
                }
                sorted.append(literals[j])
            }
            // The end of the condition's probes: a slot every line holds, with no literals.
            groupPairs.append(UInt16(PairTable.always))
            groupFirst.append(Int32(sorted.count))
        }
        groups.append(Int32(groupPairs.count))
        // Groups follow one another in `sorted`: a group's literals end where the next group's
        // start (the last group's at the end).
        groupFirst.append(Int32(sorted.count))
        pairs = BigramLists(sorted, bytesAsSlots: true)
        // Every literal of a group has the group's pair as its rarest (`admitsPast` tests the others).
        for g in groupPairs.indices {
            for j in Int(groupFirst[g])..<Int(groupFirst[g + 1]) { precondition(pairs.rarest[j] == groupPairs[g]) }
        }
        groupStart = .allocate(capacity: groups.count)
        groupStart.initialize(from: groups, count: groups.count)
        groupPair = .allocate(capacity: max(1, groupPairs.count))
        groupPair.initialize(from: groupPairs, count: groupPairs.count)
        groupLiterals = .allocate(capacity: groupFirst.count)
        groupLiterals.initialize(from: groupFirst, count: groupFirst.count)
        endsOnly = Self.table(max(1, families.count))
        for k in 0..<starts.count - 1 {
            let bitsOfK = bits[starts[k]..<starts[k + 1]]
            if !bitsOfK.contains(where: \.isEmpty) { endsOnly[k] = bitsOfK.reduce(EndBits(), |) }
        }
        self.always = always
        // Families with a condition free of end conditions are in every row; only the others
        // are tested byte by byte (at load, once per run).
        let masked = 0..<min(families.count, FamilyMask.families)
        var free: FamilyMask = 0
        for k in masked where endsOnly[k].isEmpty { free |= .family(k) }
        familiesByFirst = .allocate(capacity: 256)
        familiesByFirst.initialize(repeating: free, count: 256)
        familiesByLast = .allocate(capacity: 256)
        familiesByLast.initialize(repeating: free, count: 256)
        for k in masked where !endsOnly[k].isEmpty {
            let quick = endsOnly[k]
            for b in 0..<256 {
                if quick.meets(first[b]) { familiesByFirst[b] |= .family(k) }
                if quick.meets(last[b]) { familiesByLast[b] |= .family(k) }
            }
        }
    }

    /// The families (of the first `FamilyMask.families`) `admitted` may pass on a trimmed,
    /// non-empty line, from its first and last bytes alone: a superset (one bit of `endsOnly[k]`
    /// in `first[b0]` and one in `last[b1]` need not be the same bit), so the classifier visits
    /// only these (two loads a line) instead of testing `endsOnly` family by family.
    @inline(__always)
    func endCandidates(_ line: UnsafeBufferPointer<UInt8>) -> FamilyMask {
        familiesByFirst[Int(asciiLower(line[0]))] & familiesByLast[Int(asciiLower(line[line.count - 1]))]
    }

    /// Sets `bit` at the first (last) pair of each literal; a one-byte literal marks every pair
    /// it can open (close).
    private static func mark(_ table: UnsafeMutablePointer<EndBits>, _ bit: EndBits, _ literals: [[UInt8]], atStart: Bool) {
        for l in literals {
            if l.count >= 2 {
                let (a, b) = atStart ? (l[0], l[1]) : (l[l.count - 2], l[l.count - 1])
                table[LineBigrams.index(a, b)] |= bit
            } else if let only = l.first {
                for other in 0..<128 {
                    table[atStart ? LineBigrams.index(only, UInt8(other)) : LineBigrams.index(UInt8(other), only)] |= bit
                }
            }
        }
    }

    /// End conditions a trimmed, non-empty line meets (for `admits`): `folded` is the fold of
    /// its end, and of all of it when `whole`.
    @inline(__always)
    func endsMet(_ line: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>, whole: Bool) -> EndBits {
        var met = rawEndsMet(line)
        let n = folded.count
        // Fewer than two folded bytes: only literals of one byte could match; let them through.
        if n >= 2 {
            met = met & lastPair[LineBigrams.index(folded[n - 2], folded[n - 1])]
            if whole { met = met & firstPair[LineBigrams.index(folded[0], folded[1])] }
        }
        return met
    }

    /// End conditions a trimmed, non-empty line meets on its first and last bytes alone (before
    /// it is folded): a superset of `endsMet`.
    @inline(__always)
    func rawEndsMet(_ line: UnsafeBufferPointer<UInt8>) -> EndBits {
        first[Int(asciiLower(line[0]))] & last[Int(asciiLower(line[line.count - 1]))]
    }

    /// Whether family k (< `FamilyMask.families`, not in `always`) may pass `admits` given `rawEndsMet`: false
    /// only when every condition of the family has an end condition and none is met.
    @inline(__always)
    func mayPass(_ k: Int, rawMet: EndBits) -> Bool {
        let quick = endsOnly[k]
        return quick.isEmpty || rawMet.meets(quick)
    }

    /// Whether family k (< `FamilyMask.families`, not in `always`) can match a line meeting end conditions `met`
    /// whose folded byte pairs (and bytes) are `bigrams`.
    @inline(__always)
    func admits(_ k: Int, met: EndBits, bigrams: LineBigrams) -> Bool { admitted(k, met: met, bigrams: bigrams) != 0 }

    /// The conditions of family k (< `FamilyMask.families`, not in `always`) a line meeting end conditions `met`
    /// whose folded byte pairs (and bytes) are `bigrams` meets: bit i for the family's i-th
    /// `GateCondition` (all bits when it has more than 64 and meets one); 0: it cannot match.
    /// `CompiledFamily.match` then skips the ways to match whose condition failed: a line that
    /// passes on one of `chrome_prompt`'s three patterns no longer walks its 142 prefixes and 44
    /// `contains` literals.
    @inline(__always)
    func admitted(_ k: Int, met: EndBits, bigrams: LineBigrams) -> UInt64 {
        mayPass(k, rawMet: met) ? admittedPastEnds(k, met: met, bigrams: bigrams) : 0
    }

    /// `admitted` of a family that `mayPass` the line's `met` (one family: the classifier asks `admitAll`).
    func admittedPastEnds(_ k: Int, met: EndBits, bigrams: LineBigrams) -> UInt64 {
        metWords[0] = met.lo; metWords[1] = met.mid; metWords[2] = met.hi
        return conditionsMet(k, bigrams: bigrams)
    }

    /// `admitted` of every family in `families` (each < `FamilyMask.families`, none in `always`)
    /// in one call per line: family k's conditions go to `conditions[k]`, and the families with
    /// some (that can match) are returned. The classifier asks this once a line instead of calling
    /// `admittedPastEnds` per family (~13 calls a line on dev A, each saving and restoring six
    /// registers and storing `met` again: ~40 of its ~216 instructions a call). The gate has no
    /// state but its scratch `metWords`, so testing a family the classifier never reaches (past
    /// the line's first match) changes nothing.
    func admitAll(_ families: FamilyMask, met: EndBits, bigrams: LineBigrams,
                  conditions: UnsafeMutablePointer<UInt64>) -> FamilyMask {
        metWords[0] = met.lo; metWords[1] = met.mid; metWords[2] = met.hi
        var next = families, passed: FamilyMask = 0
        while next != 0 {
            let k = next.trailingZeroBitCount
            next &= next &- 1
            guard mayPass(k, rawMet: met) else { continue }
            let met = conditionsMet(k, bigrams: bigrams)
            conditions[k] = met
            if met != 0 { passed |= .family(k) }
        }
        return passed
    }

    /// `admittedPastEnds` once `metWords` holds the line's end bits.
    @inline(__always)
    private func conditionsMet(_ k: Int, bigrams: LineBigrams) -> UInt64 {
        let start = conditionStart[k]
        let many = conditionStart[k &+ 1] &- start > 64
        var result: UInt64 = 0
        // The end conditions the line meets: the family's end bits, shifted out of `metWords`.
        let ends = Int(endCount[k])
        if ends > 0 {
            let base = Int(endBase[k]), word = base &>> 6, shift = UInt64(base & 63)
            var met = metWords[word] &>> shift
            if shift != 0 { met |= metWords[word &+ 1] &<< (64 &- shift) }
            if ends < 64 { met &= (1 &<< UInt64(ends)) &- 1 }
            while met != 0 {
                let c = Int(conditionOfBit[base &+ met.trailingZeroBitCount])
                met &= met &- 1
                if passes(c, bigrams) {
                    if many { return ~0 }
                    result |= 1 &<< UInt64(c &- start)
                }
            }
        }
        var f = Int(freeStart[k])
        let to = Int(freeStart[k &+ 1])
        while f < to {
            let c = Int(freeConditions[f])
            f &+= 1
            if passes(c, bigrams) {
                if many { return ~0 }
                result |= 1 &<< UInt64(c &- start)
            }
        }
        return result
    }

    /// Whether condition c (its end condition met or none) finds its required bytes and a literal.
    @inline(__always)
    private func passes(_ c: Int, _ bigrams: LineBigrams) -> Bool {
        var b = needStart[c]
        let bytesEnd = needStart[c &+ 1]
        while b < bytesEnd && bigrams.stamps[PairTable.byteRow &+ Int(needBytes[b])] == bigrams.stamp { b &+= 1 }
        return b == bytesEnd && someLiteral(of: c, in: bigrams)
    }

    /// Whether condition c has no literals or one whose pairs are all in the line: each group's
    /// rarest pair is probed once, and only a present one's literals test their other pairs.
    @inline(__always)
    private func someLiteral(of c: Int, in bigrams: LineBigrams) -> Bool {
        var g = Int(groupStart[c])
        // The condition's last group, `PairTable.always`: every line holds it.
        let last = Int(groupStart[c + 1]) &- 1
        if g == last { return true }
        while true {
            while bigrams.stamps[Int(groupPair[g])] != bigrams.stamp { g &+= 1 }
            if g == last { return false }
            var j = Int(groupLiterals[g])
            let to = Int(groupLiterals[g + 1])
            while j < to {
                if pairs.admitsPast(rarest: j, bigrams) { return true }
                j &+= 1
            }
            g &+= 1
        }
    }

    deinit {
        first.deallocate(); last.deallocate(); firstPair.deallocate(); lastPair.deallocate()
        conditionStart.deallocate(); metWords.deallocate()
        endBase.deallocate(); endCount.deallocate(); conditionOfBit.deallocate()
        freeStart.deallocate(); freeConditions.deallocate()
        needStart.deallocate(); needBytes.deallocate()
        groupStart.deallocate(); groupPair.deallocate(); groupLiterals.deallocate()
        endsOnly.deallocate(); familiesByFirst.deallocate(); familiesByLast.deallocate()
    }
}
