/// Line keys → the families (up to `FamilyMask.families`) that list the key as `exact`: one probe
/// per line instead of one `Set` lookup per family.
///
/// The probe table's values are 64 bits, so it stores an index (+1) into the distinct masks;
/// a handful of masks cover every key of news.yaml.
final class ExactKeyTable: @unchecked Sendable {
    private let table: KeyTable
    /// The distinct masks; index 0 is the empty mask (what `KeyTable` reads for a missing key).
    private let masks: UnsafeMutablePointer<FamilyMask>

    init(_ sets: [Set<UInt64>]) {
        var bits: [UInt64: FamilyMask] = [:]
        for (k, set) in sets.prefix(FamilyMask.families).enumerated() {
            for key in set { bits[key, default: 0] |= .family(k) }
        }
        var masks: [FamilyMask] = [0]
        var index: [FamilyMask: UInt64] = [:]
        // The numbering follows Dictionary order; only this table reads it.
        let entries = bits.map { key, mask -> (UInt64, UInt64) in
            if let i = index[mask] { return (key, i) }
            index[mask] = UInt64(masks.count)
            masks.append(mask)
            return (key, UInt64(masks.count - 1))
        }
        table = KeyTable(Dictionary(uniqueKeysWithValues: entries))
        self.masks = .allocate(capacity: masks.count)
        self.masks.initialize(from: masks, count: masks.count)
    }

    deinit { masks.deallocate() }

    /// Bit k set: family k lists `key`.
    @inline(__always)
    func families(of key: UInt64) -> FamilyMask { masks[Int(truncatingIfNeeded: table.value(of: key))] }
}
