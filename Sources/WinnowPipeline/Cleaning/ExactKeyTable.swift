/// Line keys → a bit mask of the families (up to 64) that list the key as `exact`: one probe per
/// line instead of one `Set` lookup per family.
struct ExactKeyTable {
    private let table: KeyTable

    init(_ sets: [Set<UInt64>]) {
        var bits: [UInt64: UInt64] = [:]
        for (k, set) in sets.prefix(64).enumerated() {
            for key in set { bits[key, default: 0] |= 1 << UInt64(k) }
        }
        table = KeyTable(bits)
    }

    /// Bit k set: family k lists `key`.
    @inline(__always)
    func families(of key: UInt64) -> UInt64 { table.value(of: key) }
}
