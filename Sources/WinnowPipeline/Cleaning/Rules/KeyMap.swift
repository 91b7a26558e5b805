import CWinnowScan

/// A growable map from 64-bit line keys to values, probed as `KeyProbe` does (filled to at most 3/4):
/// the learner's counters, updated once per counted line of the corpus, where a `Dictionary`
/// hashed every key with SipHash. What it holds does not depend on the order of insertion.
///
/// Key and value share one slot (`Entry`): a counted line of a big corpus misses the cache on its
/// slot, and keys, values and used flags in three arrays cost up to three misses (perf of the learned
/// pass on dumps-75: `count` 10.6% of samples). Key 0 marks an empty slot, so no used flag is
/// stored; a real key 0 lives in one extra slot past the table (`zeroSlot`).
struct KeyMap<Value> {
    struct Entry {
        var key: UInt64
        var value: Value
    }
    /// `slotMask + 1` probed slots, then the slot of key 0.
    private var entries: [Entry]
    private var zeroUsed = false
    private var slotMask: Int
    private var shift: UInt64
    private let blank: Value
    private(set) var count = 0

    /// An empty map; `blank` fills the slots not in use.
    init(blank: Value, capacity: Int = 0) {
        self.blank = blank
        let (n, shift) = KeyProbe.size(for: capacity)
        entries = [Entry](repeating: Entry(key: 0, value: blank), count: n + 1)
        slotMask = n - 1
        self.shift = shift
    }

    private var zeroSlot: Int { slotMask + 1 }

    @inline(__always)
    private func isUsed(_ i: Int) -> Bool { i <= slotMask ? entries[i].key != 0 : zeroUsed }

    /// The slot holding `key`, or the empty slot where it would go (`found` false).
    @inline(__always)
    func probe(_ key: UInt64) -> (slot: Int, found: Bool) {
        if key == 0 { return (zeroSlot, zeroUsed) }
        return entries.withUnsafeBufferPointer { e in
            var i = KeyProbe.start(key, shift: shift)
            while true {
                let k = e[i].key
                if k == key { return (i, true) }
                if k == 0 { return (i, false) }
                i = (i + 1) & slotMask
            }
        }
    }

    /// Starts loading the slot `key` probes first (a few keys ahead of `probe`); no effect on contents.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        let i = KeyProbe.start(key, shift: shift)
        entries.withUnsafeBufferPointer { winnow_prefetch_write($0.baseAddress! + i) }
    }

    /// The value in a slot `probe` found.
    subscript(slot i: Int) -> Value {
        get { entries[i].value }
        set { entries[i].value = newValue }
    }

    subscript(key: UInt64) -> Value? {
        let p = probe(key)
        return p.found ? entries[p.slot].value : nil
    }

    /// Puts `key` into the empty slot `probe` gave for it (nothing may be inserted in between).
    mutating func insert(_ key: UInt64, _ value: Value, at slot: Int) {
        entries[slot] = Entry(key: key, value: value)
        if slot == zeroSlot { zeroUsed = true }
        count += 1
        if count * 4 > (slotMask + 1) * 3 { rebuild(slots: (slotMask + 1) * 2) { _ in true } }
    }

    /// What `updateOrInsert(_:below:prefetching:update:make:)` did.
    enum Counted {
        /// The key was there: its value after `update`.
        case updated(Value)
        case inserted
        /// The key was not there and the map holds `limit` keys already: nothing changed.
        case full
    }

    /// Counts `key` in one mutating call: `update` its value in place if present, else insert
    /// `make()` unless `limit` keys are held already. `prefetching` (a key a few ahead) has its
    /// slot loaded meanwhile. The learner's map is a class's stored property, so each call on it
    /// is an access checked at run time (non-mutating ones copied the map: a retain and release):
    /// one here, where a `prefetch`, a `probe`, then a slot's get and set or an `insert` were
    /// up to four (counting dev A's lines: 18.3 -> 10.9 M instructions).
    @inline(__always)
    mutating func updateOrInsert(_ key: UInt64, below limit: Int, prefetching next: UInt64?,
                                 update: (inout Value) -> Void, make: () -> Value) -> Counted {
        if let next { prefetch(next) }
        let at = probe(key)
        if at.found {
            update(&entries[at.slot].value)
            return .updated(entries[at.slot].value)
        }
        guard count < limit else { return .full }
        insert(key, make(), at: at.slot)
        return .inserted
    }

    /// Keeps only the entries `keep` accepts, in a table sized for them (the learned pass ends
    /// with a few hundred of its counters kept for the whole run: sized for all of them, the
    /// table held ~20 MB of empty slots on dumps-75).
    mutating func filter(_ keep: (Value) -> Bool) {
        var kept = 0
        for i in entries.indices where isUsed(i) && keep(entries[i].value) { kept += 1 }
        var slots = 16
        while slots * 3 < kept * 4 { slots *= 2 }
        rebuild(slots: slots, keep)
    }

    /// Updates every value in place.
    mutating func updateValues(_ body: (inout Value) -> Void) {
        for i in entries.indices where isUsed(i) { body(&entries[i].value) }
    }

    /// Calls `body` on every entry (in slot order: callers that emit anything sort first).
    func forEach(_ body: (UInt64, Value) -> Void) {
        for i in entries.indices where isUsed(i) { body(entries[i].key, entries[i].value) }
    }

    var dictionary: [UInt64: Value] {
        var d = [UInt64: Value](minimumCapacity: count)
        forEach { d[$0] = $1 }
        return d
    }

    private mutating func rebuild(slots: Int, _ keep: (Value) -> Bool) {
        let old = entries, oldZeroUsed = zeroUsed, oldZero = slotMask + 1
        // The smallest power of two (>= 16) holding `slots`.
        let (n, newShift) = KeyProbe.size(for: (slots + 1) / 2)
        // Drop the old table's reference first, so `entries` is not copied on the first write.
        entries = []
        entries = [Entry](repeating: Entry(key: 0, value: blank), count: n + 1)
        slotMask = n - 1
        shift = newShift
        zeroUsed = false
        count = 0
        for i in old.indices where (i < oldZero ? old[i].key != 0 : oldZeroUsed) && keep(old[i].value) {
            let p = probe(old[i].key)
            entries[p.slot] = old[i]
            if p.slot == zeroSlot { zeroUsed = true }
            count += 1
        }
    }
}
