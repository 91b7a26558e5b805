/// Survivors' ids across chunks of duplicates: a cluster's copies are spread over the input, so
/// its survivor's id is wanted again in later chunks. On dumps-300 (17k survivors, 118k
/// duplicates) 4,096 entries held only the last few chunks' survivors: 117k meta-line reads.
///
/// Direct-mapped on the document number, one slot per document up to 65,536 slots (2 MiB):
/// bounded whatever the input, small for a small one. An id is held inline in its slot (its
/// length, then its bytes; no allocation per entry); one longer than `idBytes` is not cached and
/// is read again when wanted (the default ids, `wn-` and 16 hex digits, are 19 bytes).
struct SurvivorIDCache {
    /// Longest id held.
    static let idBytes = 31
    private static let slotBytes = idBytes + 1
    private let mask: Int
    private var keys: [Int32]
    private var slots: [UInt8]

    init(documents: Int = 4096) {
        var n = 1024
        while n < documents && n < 1 << 16 { n <<= 1 }
        mask = n - 1
        keys = [Int32](repeating: -1, count: n)
        slots = [UInt8](repeating: 0, count: n * Self.slotBytes)
    }

    subscript(document: Int) -> [UInt8]? {
        get {
            let s = document & mask
            guard keys[s] == Int32(document) else { return nil }
            let at = s * Self.slotBytes
            return Array(slots[(at + 1)..<(at + 1 + Int(slots[at]))])
        }
        set {
            guard let id = newValue, id.count <= Self.idBytes else { return }
            let s = document & mask, at = s * Self.slotBytes
            keys[s] = Int32(document)
            slots[at] = UInt8(id.count)
            slots.withUnsafeMutableBufferPointer { dst in
                id.withUnsafeBufferPointer { dst.baseAddress!.advanced(by: at + 1).update(from: $0.baseAddress!, count: id.count) }
            }
        }
    }
}
