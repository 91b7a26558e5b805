/// Which rule families can still match a line, from its first and last bytes and its folded
/// byte pairs, before any family's own tests run.
///
/// A family matches through an exact key, anchored literals and patterns (a prefix, a suffix, a
/// pattern with a known first or last character class) or literals that may sit anywhere
/// (`contains`, a pattern's required needles). `CompiledFamily.gateConditions` names these
/// conditions; here the end conditions of all families become two tables indexed by the line's
/// first and last bytes (a bit per condition: two loads and an AND per line), required bytes a
/// test of the folded line's byte mask, and the literals one list of byte pairs (a literal can occur only if each of its pairs does; on prose its
/// rarest pair's slot turns it away in one load). On prose nearly every family fails all of
/// them and is skipped without a call. A necessary condition only: it never changes a match.
struct FamilyGate {
    /// Bit b set: the end condition with bit b admits a line whose trimmed first byte, ASCII
    /// lower-cased, is the index.
    private let first: UnsafeMutablePointer<UInt64>
    /// The same for the line's last byte.
    private let last: UnsafeMutablePointer<UInt64>
    /// Family k's conditions are `conditionStart[k]..<conditionStart[k + 1]`.
    private let conditionStart: UnsafeMutablePointer<Int>
    /// Per condition: its end bit (0: no end condition).
    private let endBit: UnsafeMutablePointer<UInt64>
    /// Per condition: the bytes the folded line must hold.
    private let need: UnsafeMutablePointer<ByteMask>
    /// Condition c's literals in `pairs` are `literalStart[c]..<literalStart[c + 1]`.
    private let literalStart: UnsafeMutablePointer<Int>
    /// Byte pairs of every condition's literals, condition by condition.
    private let pairs: BigramLists
    /// Families (bit k: family k) let through whatever the line is.
    let always: UInt64

    init(_ families: [CompiledFamily]) {
        first = .allocate(capacity: 256)
        first.initialize(repeating: 0, count: 256)
        last = .allocate(capacity: 256)
        last.initialize(repeating: 0, count: 256)
        var always: UInt64 = 0
        var starts: [Int] = [], bits: [UInt64] = [], literalStarts: [Int] = [], needs: [ByteMask] = []
        var literals: [[UInt8]] = []
        var next = 0
        for (k, family) in families.enumerated() {
            starts.append(bits.count)
            let conditions = k < 64 ? family.gateConditions : nil
            let ends = conditions?.filter { $0.first != nil || $0.last != nil }.count ?? 0
            guard let conditions, next + ends <= 64 else {
                if k < 64 { always |= 1 << UInt64(k) }
                continue
            }
            for condition in conditions {
                literalStarts.append(literals.count)
                literals += condition.literals
                needs.append(condition.need)
                guard condition.first != nil || condition.last != nil else { bits.append(0); continue }
                let bit = UInt64(1) << UInt64(next)
                next += 1
                bits.append(bit)
                for b in 0..<256 {
                    if condition.first?.contains(UInt8(b)) ?? true { first[b] |= bit }
                    if condition.last?.contains(UInt8(b)) ?? true { last[b] |= bit }
                }
            }
        }
        starts.append(bits.count)
        literalStarts.append(literals.count)
        conditionStart = .allocate(capacity: starts.count)
        conditionStart.initialize(from: starts, count: starts.count)
        endBit = .allocate(capacity: max(1, bits.count))
        endBit.initialize(from: bits, count: bits.count)
        need = .allocate(capacity: max(1, needs.count))
        need.initialize(from: needs, count: needs.count)
        literalStart = .allocate(capacity: literalStarts.count)
        literalStart.initialize(from: literalStarts, count: literalStarts.count)
        pairs = BigramLists(literals)
        self.always = always
    }

    /// End conditions a trimmed, non-empty line meets (for `admits`).
    @inline(__always)
    func endsMet(_ line: UnsafeBufferPointer<UInt8>) -> UInt64 {
        first[Int(asciiLower(line[0]))] & last[Int(asciiLower(line[line.count - 1]))]
    }

    /// Whether family k (< 64, not in `always`) can match a line meeting end conditions `met`
    /// whose folded bytes are `mask` and byte pairs `bigrams`.
    @inline(__always)
    func admits(_ k: Int, met: UInt64, mask: ByteMask, bigrams: LineBigrams) -> Bool {
        var c = conditionStart[k]
        let end = conditionStart[k + 1]
        while c < end {
            defer { c &+= 1 }
            let bit = endBit[c]
            if bit != 0 && met & bit == 0 { continue }
            if !mask.containsAll(need[c]) { continue }
            var j = literalStart[c]
            let to = literalStart[c + 1]
            if j == to { return true }
            while j < to {
                if pairs.admits(j, bigrams) { return true }
                j &+= 1
            }
        }
        return false
    }

    /// Frees the tables (the classifier owns its gate).
    func deallocate() {
        first.deallocate(); last.deallocate(); conditionStart.deallocate(); endBit.deallocate(); need.deallocate(); literalStart.deallocate()
    }
}
