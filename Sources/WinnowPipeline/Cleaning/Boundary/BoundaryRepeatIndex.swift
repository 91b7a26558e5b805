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
/// Each `window` of lines has a hash table of its own, its heads and entries side by side in
/// one slice of the buffers, so a lookup walks only the lines near the needle, not a long
/// text's every line sharing a common gram (`d of the`), and touches only memory near them.
/// One table for the whole text, keyed by gram and window, scattered a query's ~40 chain heads
/// and entries over megabytes: perf on dumps-75 put ~80% of `isTeaser`'s samples on those two
/// loads (cache misses); a window's table is a few dozen KB that the next candidates, whose
/// reach spans the same windows, find in cache.
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
    /// Lines indexed (`build`): a range starting at or past them holds nothing.
    private var lineCount = 0
    /// One entry: the gram at a sampled offset of line `line`, and the next entry of its bucket
    /// (-1: none). Its fields sit together (16 bytes, four to a cache line): a chain step touches
    /// one line of memory, where three arrays (gram, line, next) cost up to three misses a step.
    private struct Entry {
        var gram: UInt64
        var line: Int32
        var next: Int32
    }

    /// A window's table: its buckets are `head[start...start + mask]` (mask -1: the window has no
    /// gram), its entries a run of `entries` in line order.
    private struct Window {
        var start: Int32
        var mask: Int32
    }

    /// The tables: `head[bucket]` is a bucket's first entry (-1: none), entries chain through
    /// `next`. Buffers of its own (freed in `deinit`): read through locals, with no copy-on-write
    /// or exclusivity checks.
    private var windows = UnsafeMutableBufferPointer<Window>(start: nil, count: 0)
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
    private static func bucket(_ g: UInt64, mask: Int32) -> Int {
        Int(truncatingIfNeeded: (g &* 0x9E37_79B9_7F4A_7C15) >> 32) & Int(mask)
    }

    /// Fills the tables through locals: appending to the class's own arrays paid a dynamic
    /// exclusivity check per access (~650 instructions per gram, 196 M on two 2.4 MB dumps, more
    /// than the walks it replaced); entries are written whole, so not zero-filled first.
    private func build(_ lines: [ClassifiedLine]) {
        built = true
        lineCount = lines.count
        let minBytes = minBytes, step = Self.step, gramBytes = Self.gram
        let windowCount = (lines.count + (1 << Self.windowShift) - 1) >> Self.windowShift
        guard windowCount > 0 else { return }
        let windows = UnsafeMutableBufferPointer<Window>.allocate(capacity: windowCount)
        // Grams per window, then each window's buckets: a bucket per gram or more (chains of
        // about one entry).
        var count = 0, heads = 0
        for w in 0..<windowCount {
            var grams = 0
            for k in (w << Self.windowShift)..<min(lines.count, (w + 1) << Self.windowShift) {
                let n = lines[k].contentByteCount
                if n >= minBytes { grams += (n - gramBytes) / step + 1 }
            }
            count += grams
            var size = 0
            if grams > 0 {
                size = 16
                while size < grams { size <<= 1 }
            }
            // Entry and bucket numbers fit Int32 (checked here): the loop converts them unchecked,
            // where a checked conversion and a checked add per gram cost ~6 of its ~25 instructions.
            precondition(count < Int(Int32.max) && heads + size < Int(Int32.max) && lines.count < Int(Int32.max),
                         "too many grams or lines to index")
            windows[w] = Window(start: Int32(truncatingIfNeeded: heads), mask: Int32(truncatingIfNeeded: size - 1))
            heads += size
        }
        self.windows = windows
        guard count > 0 else { return }
        let head = UnsafeMutableBufferPointer<Int32>.allocate(capacity: heads)
        head.initialize(repeating: -1)
        entries.deallocate()
        let entries = UnsafeMutablePointer<Entry>.allocate(capacity: count)
        var e = 0
        for k in lines.indices where lines[k].contentByteCount >= minBytes {
            let table = windows[k >> Self.windowShift]
            let start = Int(table.start)
            let k32 = Int32(truncatingIfNeeded: k)
            lines.withContentBytes(k) { u in
                let base = u.baseAddress!
                var q = 0
                while q &+ gramBytes <= u.count {
                    let g = Self.load(base + q)
                    let b = start &+ Self.bucket(g, mask: table.mask)
                    (entries + e).initialize(to: Entry(gram: g, line: k32, next: head[b]))
                    head[b] = Int32(truncatingIfNeeded: e)
                    e &+= 1
                    q &+= step
                }
            }
        }
        precondition(e == count, "grams counted and stored differ")
        self.head = head; self.entries = entries
    }

    deinit {
        windows.deallocate(); head.deallocate(); entries.deallocate()
    }

    /// Whether `needle` (at least `minBytes` bytes) occurs in a line of `lines[from..<to]` for which
    /// `accept(k)` holds; `accept` is asked only of lines long enough to hold it.
    func occurs(_ needle: UnsafeBufferPointer<UInt8>, in lines: [ClassifiedLine], from: Int, to: Int,
                accept: (Int) -> Bool) -> Bool {
        precondition(needle.count >= minBytes)
        guard from < to else { return false }
        if !built { build(lines) }
        // Past the lines indexed: nothing (and no window range running backwards below).
        guard from < lineCount else { return false }
        // The tables in locals: read through `self`, each access is checked for exclusivity.
        let windows = windows, head = head, entries = entries
        guard !head.isEmpty else { return false }
        let n = needle.baseAddress!
        var last = -1
        // Clamped to the windows built (the lines asked about are the lines indexed).
        for window in (from >> Self.windowShift)...min(windows.count - 1, (to - 1) >> Self.windowShift) {
            let table = windows[window]
            guard table.mask >= 0 else { continue }
            let start = Int(table.start)
            for d in 0..<Self.step {
                let g = Self.load(n + d)
                var e = Int(head[start &+ Self.bucket(g, mask: table.mask)])
                while e >= 0 {
                    let entry = entries[e]
                    let k = Int(entry.line)
                    if entry.gram == g && k >= from && k < to && k != last {
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
