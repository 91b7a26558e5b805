/// Where a line's sentence may stand again below it: the teaser check (`BoundaryScorer.isTeaser`)
/// asks whether a line of at least `StoryFurniture.keyPointMinBytes` bytes occurs whole in one
/// of the next `keyPointReach` lines. Searching every line in reach for every candidate cost
/// ~50 M instructions on two 2.4 MB dumps (a memchr and a memcmp per line, per candidate); this
/// index answers with a few hash lookups and a byte search of the lines it names only.
///
/// Sampled 8-byte grams: every line of `minBytes` bytes or more (any kind: the caller's lines
/// may differ from the planner's in kind, never in bytes) contributes the 8 bytes at each
/// multiple of `step` of its content. A needle of `n >= step + 7` bytes occurring at offset `p`
/// of a line covers the sampled offset `q = p` rounded up to a multiple of `step`, so the
/// needle's gram at `q - p < step` is the line's sampled gram at `q`: looking up the needle's
/// first `step` grams finds every line holding it (and some more, which the byte search drops).
/// Entries are keyed by gram and by `window` of lines, so a lookup walks only the lines near the
/// needle, not a long text's every line sharing a common gram (`d of the`).
///
/// Built on first use (a text no teaser is asked about never builds it), from the bytes of the
/// lines the first query passes; shared by copies of `LineFacts`, which describe the same lines.
final class RepeatIndex {
    static let step = 16
    static let gram = 8
    /// Lines per window (a power of two): a reach of 200 lines spans 2 or 3 windows.
    private static let windowShift = 7
    let minBytes: Int

    private var built = false
    /// One entry: the gram at a sampled offset of line `line`, and the next entry of its bucket
    /// (-1: none). Its fields sit together (16 bytes, four to a cache line): a chain step touches
    /// one line of memory, where three arrays (gram, line, next) cost up to three misses a step
    /// (perf on dumps-75: about half of `isTeaser`'s samples on the gram load of the walk).
    private struct Entry {
        var gram: UInt64
        var line: Int32
        var next: Int32
    }

    /// The table: `head[bucket]` is a bucket's first entry (-1: none), entries chain through
    /// `next`. Buffers of its own (freed in `deinit`): read through locals, with no copy-on-write
    /// or exclusivity checks.
    private var mask = 0
    private var head = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private var entries = UnsafeMutablePointer<Entry>.allocate(capacity: 0)

    init(minBytes: Int) {
        precondition(minBytes >= Self.step + Self.gram - 1, "needles shorter than a sampling step plus a gram can miss")
        self.minBytes = minBytes
    }

    @inline(__always)
    private static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
    }

    @inline(__always)
    private static func bucket(_ g: UInt64, window: Int, mask: Int) -> Int {
        let h = (g ^ (UInt64(truncatingIfNeeded: window) &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 32) & mask
    }

    /// Fills the table through locals: appending to the class's own arrays paid a dynamic
    /// exclusivity check per access (~650 instructions per gram, 196 M on two 2.4 MB dumps, more
    /// than the walks it replaced); entries are written whole, so not zero-filled first.
    private func build(_ lines: [ClassifiedLine]) {
        built = true
        let minBytes = minBytes, step = Self.step, gramBytes = Self.gram
        var count = 0
        for k in lines.indices {
            let n = lines[k].contentByteCount
            if n >= minBytes { count += (n - gramBytes) / step + 1 }
        }
        guard count > 0 else { return }
        // A bucket per gram or more: chains of about one entry.
        var size = 16
        while size < count { size <<= 1 }
        let mask = size - 1
        let head = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size)
        head.initialize(repeating: -1)
        entries.deallocate()
        let entries = UnsafeMutablePointer<Entry>.allocate(capacity: count)
        // Entry and line numbers fit Int32 (checked once here): the loop converts them unchecked,
        // where a checked conversion and a checked add per gram cost ~6 of its ~25 instructions.
        precondition(count < Int(Int32.max) && lines.count < Int(Int32.max), "too many grams or lines to index")
        var e = 0
        for k in lines.indices where lines[k].contentByteCount >= minBytes {
            let window = k >> Self.windowShift
            let k32 = Int32(truncatingIfNeeded: k)
            lines.withContentBytes(k) { u in
                let base = u.baseAddress!
                var q = 0
                while q &+ gramBytes <= u.count {
                    let g = Self.load(base + q)
                    let b = Self.bucket(g, window: window, mask: mask)
                    (entries + e).initialize(to: Entry(gram: g, line: k32, next: head[b]))
                    head[b] = Int32(truncatingIfNeeded: e)
                    e &+= 1
                    q &+= step
                }
            }
        }
        precondition(e == count, "grams counted and stored differ")
        self.mask = mask
        self.head = head; self.entries = entries
    }

    deinit {
        head.deallocate(); entries.deallocate()
    }

    /// Whether `needle` (at least `minBytes` bytes) occurs in a line of `lines[from..<to]` for which
    /// `accept(k)` holds; `accept` is asked only of lines long enough to hold it.
    func occurs(_ needle: UnsafeBufferPointer<UInt8>, in lines: [ClassifiedLine], from: Int, to: Int,
                accept: (Int) -> Bool) -> Bool {
        precondition(needle.count >= minBytes)
        guard from < to else { return false }
        if !built { build(lines) }
        // The table in locals: read through `self`, each access is checked for exclusivity.
        let head = head, entries = entries, mask = mask
        guard !head.isEmpty else { return false }
        let n = needle.baseAddress!
        var last = -1
        for window in (from >> Self.windowShift)...((to - 1) >> Self.windowShift) {
            for d in 0..<Self.step {
                let g = Self.load(n + d)
                var e = Int(head[Self.bucket(g, window: window, mask: mask)])
                while e >= 0 {
                    let entry = entries[e]
                    let k = Int(entry.line)
                    if entry.gram == g && k >= from && k < to && k != last && k >> Self.windowShift == window {
                        last = k
                        if lines[k].contentByteCount >= needle.count && accept(k)
                            && lines.withContentBytes(k, { ByteSearch.occurs(needle, in: $0, startingBy: $0.count) }) { return true }
                    }
                    e = Int(entry.next)
                }
            }
        }
        return false
    }
}
