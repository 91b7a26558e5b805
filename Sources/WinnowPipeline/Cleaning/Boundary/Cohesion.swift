import CWinnowScan

/// Lexical cohesion across a candidate boundary (the TextTiling idea).
///
/// Two stories glued into one dump are about different things; an article's own subhead, pull
/// quote or embedded tweet sits between paragraphs about the same thing. So the content words
/// of the text just before a candidate line and of the text just after it overlap little at a
/// real boundary and a lot inside a story. Words are hashed (no strings kept); only words of
/// five or more letters that are not function words count (`ContentWords.swift`), so "which" or
/// "their" do not make two stories look alike.
///
/// Each distinct word hash of a text gets a small id once (`WordIDs`), so a window's word set is a
/// run of ids marked in one scratch array (`Marks`): set sizes and intersections cost one load per
/// word, with no sorting, hashing or allocation per window. Results equal the set cosine of the
/// hashes (`sortUnique` + `cosine`, kept as the reference). A line's words are found by the C scan
/// `winnow_content_word_keys` (`ContentWords.swift` defines them).
struct Cohesion {
    /// Content words of all lines as ids, in text order: line `i`'s are `ids[starts[i]..<starts[i + 1]]`
    /// (only body lines have any).
    /// (`HeadlineAffinity` reads them too: an id stands for exactly one word hash.)
    let ids: [Int32]
    let starts: [Int]
    /// Distinct content words of the text: ids are `0..<distinctWords`.
    let distinctWords: Int
    private let marks: Marks
    let window: Int

    /// `skip`: lines whose words are not counted (empty: none): a summary box's bullets repeat
    /// sentences of the story below them, and counted above its lede they made a page header's
    /// box look like the lede's own story (`StoryFurniture.keyPoints`).
    init(_ lines: [ClassifiedLine], window: Int, skip: [Bool] = []) {
        self.window = window
        // A content word takes 5+ letter bytes and a separator: a bound on the ids, so they are
        // written straight into one buffer, and the id table is sized once instead of regrown.
        var bound = 0, longest = 0
        for i in lines.indices {
            if case .body = lines[i].kind {
                bound += (lines[i].contentByteCount + 1) / 5
                longest = max(longest, lines[i].contentByteCount)
            }
        }
        var starts = [Int]()
        starts.reserveCapacity(lines.count + 1)
        // Distinct words are far fewer than the bound: about a quarter of it in one article, and
        // they grow with the square root of a text's length (Heaps' law): a 2.5 MB dump of 402,895
        // words has 20,203 distinct ones, where bound / 4 sized a 4 MB table that each text
        // allocated and initialised (page faults on fresh memory, E14). More just regrow.
        // The stop words are in the table (`WordIDs.stopword`): one probe per word tells a stop
        // word from a new or known word, where a stop-word set took a probe of its own first.
        let heaps = 40 * Int(Double(bound).squareRoot())
        var table = WordIDs(expected: min(bound / 4, heaps), stopwords: Self.stopwords)
        defer { table.deallocate() }
        // A line's word keys come from the C scan (`winnow_content_word_keys`, SSE2 masks; the
        // Swift `forEachContentWord` is its reference), into scratch sized for the longest line.
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: longest / 5 + 1)
        let masks = UnsafeMutablePointer<UInt64>.allocate(capacity: winnow_content_word_masks(longest))
        defer { keys.deallocate(); masks.deallocate() }
        let ids = [Int32](unsafeUninitializedCapacity: bound) { buf, count in
            // The buffer's base in a local: through the captured `inout` buffer it was reloaded
            // for every word.
            let out = buf.baseAddress!
            var n = 0
            for i in lines.indices {
                starts.append(n)
                // A link line (`RELATED: <title>`, `Read more: <title>`) quotes another page's
                // headline, often the very next story's in a dump: its words are no part of the
                // story it sits in, and counted there they made that headline look like a subhead.
                guard case .body = lines[i].kind, lines[i].linkRule == nil, skip.isEmpty || !skip[i] else { continue }
                let found = lines.withContentBytes(i) { u in
                    u.baseAddress.map { winnow_content_word_keys($0, u.count, keys, masks) } ?? 0
                }
                n += table.appendIDs(of: keys, count: found, to: out + n)
            }
            count = n
        }
        starts.append(ids.count)
        self.ids = ids
        self.starts = starts
        distinctWords = table.count
        marks = Marks(count: table.count)
    }

    /// Set cosine of the content words within `window` words before line `i` and after it
    /// (whole lines: the last one taken may pass `window`); -1 when a side has under 8 words.
    func similarity(at i: Int) -> Double {
        let lineCount = starts.count - 1
        let m = marks
        return ids.withUnsafeBufferPointer { w -> Double in
            // Counted without a branch per word (whether a word repeats is a coin toss the
            // predictor lost): the mark is stored either way.
            let before = m.next()
            var nb = 0, n = 0, j = i - 1
            while j >= 0 && n < window {
                for k in starts[j]..<starts[j + 1] {
                    let id = Int(w[k])
                    nb &+= m.mark[id] != before ? 1 : 0
                    m.mark[id] = before
                }
                n += starts[j + 1] - starts[j]
                j -= 1
            }
            let after = m.next()
            var na = 0, common = 0
            n = 0; j = i + 1
            while j < lineCount && n < window {
                for k in starts[j]..<starts[j + 1] {
                    let id = Int(w[k])
                    let s = m.mark[id]
                    // A word already marked `after` is neither new nor `before`.
                    na &+= s != after ? 1 : 0
                    common &+= s == before ? 1 : 0
                    m.mark[id] = after
                }
                n += starts[j + 1] - starts[j]
                j += 1
            }
            guard nb >= 8, na >= 8 else { return -1 }
            return Double(common) / Double(nb * na).squareRoot()
        }
    }

    /// Sorts and drops repeats: word sets as sorted arrays (the reference the marks are tested against).
    static func sortUnique(_ a: inout [UInt64]) {
        a.sort()
        var w = 0
        for r in a.indices where r == 0 || a[r] != a[w - 1] { a[w] = a[r]; w += 1 }
        a.removeLast(a.count - w)
    }

    /// Set cosine of two sorted, repeat-free arrays.
    static func cosine(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(a.count * b.count).squareRoot()
    }

    /// How much far-apart parts of the text share words: the median similarity of windows four
    /// to eight windows apart (-1 when the text is too short to tell). Windows are consecutive
    /// runs of `window` content words (a shorter rest is left out).
    ///
    /// Stories glued from unrelated outlets share almost nothing (~0.02), so a candidate whose two
    /// sides overlap like ordinary adjacent paragraphs is inside one story. A live blog of one
    /// topic (seed 001) shares names and places throughout (≥0.05): there low cohesion across a
    /// headline is no evidence, and the planner leaves cohesion out.
    func farSimilarity() -> Double {
        guard window > 0 else { return -1 }
        let chunks = ids.count / window
        guard chunks > 4 else { return -1 }
        // One pass over the windows in order. Per id, the last window it was seen in and which of
        // the 32 windows up to that one held it (bit k: window `last - k`); a window's distinct ids
        // then find the windows 4 to 8 back that share them in their bits, with no second pass
        // over the earlier windows. The counts equal those of intersecting each pair's sets.
        // `last` starts far enough back that the first sight's gap shifts every bit out: no test
        // for "never seen" (nor for a gap of 32 or more) in the loop, where it mispredicted.
        var last = [Int32](repeating: -64, count: distinctWords)
        var held = [UInt64](repeating: 0, count: distinctWords)
        var sizes = [Int](repeating: 0, count: chunks)
        // common[a * 5 + (b - a - 4)]: distinct ids windows a and b (4...8 apart) share.
        var common = [Int](repeating: 0, count: chunks * 5)
        ids.withUnsafeBufferPointer { w in
            last.withUnsafeMutableBufferPointer { last in
                held.withUnsafeMutableBufferPointer { held in
                    common.withUnsafeMutableBufferPointer { common in
                        // Wrapping arithmetic and a `while` over the window: every index and count
                        // is below `ids.count`, and the checked forms cost ~4 of the loop's ~24
                        // instructions per word.
                        for c in 0..<chunks {
                            var n = 0
                            var k = c &* window
                            let end = k &+ window
                            let c32 = Int32(truncatingIfNeeded: c)
                            while k < end {
                                let id = Int(w[k])
                                k &+= 1
                                guard last[id] != c32 else { continue }   // seen in this window
                                n &+= 1
                                // Bits of `held` past 31 never come back down to bits 4...8, so a
                                // 64-bit word shifted by up to 63 holds exactly the 32 windows.
                                let gap = UInt64(truncatingIfNeeded: min(c &- Int(last[id]), 63))
                                let before = held[id] &<< gap
                                held[id] = before | 1
                                last[id] = c32
                                var far = (before >> 4) & 0x1F   // windows c - 4 ... c - 8
                                while far != 0 {
                                    let back = far.trailingZeroBitCount
                                    common[(c &- 4 &- back) &* 5 &+ back] &+= 1
                                    far &= far &- 1
                                }
                            }
                            sizes[c] = n
                        }
                    }
                }
            }
        }
        var sims: [Double] = []
        sims.reserveCapacity(5 * chunks)
        for a in 0..<(chunks - 4) {
            for b in (a + 4)..<min(chunks, a + 9) {
                sims.append(Double(common[a * 5 + b - a - 4]) / Double(sizes[a] * sizes[b]).squareRoot())
            }
        }
        guard sims.count >= 3 else { return -1 }
        return Self.select(&sims, sims.count / 2)
    }

    /// The `k`-th smallest of `a` (`a.sorted()[k]`; no NaN), by partitioning around middle pivots
    /// instead of sorting: the median needs no order of the rest.
    static func select(_ a: inout [Double], _ k: Int) -> Double {
        var lo = 0, hi = a.count - 1
        while lo < hi {
            let pivot = a[(lo + hi) / 2]
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
            }
            // Now a[lo...j] <= pivot <= a[i...hi], and anything between equals the pivot.
            if k <= j { hi = j } else if k >= i { lo = i } else { return a[k] }
        }
        return a[k]
    }
}

/// Word hash → dense id (0, 1, 2, … in order of first sight) for one text: open addressing over
/// flat buffers, grown at half full, probed as `KeyProbe` lays out the line-key tables (a multiply
/// spreads the hashes over slots). Hashes entered as stop words get no id: `id(of:)` answers
/// `stopword` for them.
struct WordIDs {
    /// A slot: a hash and its id side by side, so a probe reads one cache line.
    private struct Entry {
        var key: UInt64
        /// `empty` marks an empty slot, `stopword` a stop word's.
        var id: Int32
    }
    private static let empty: Int32 = -1
    /// What `id(of:)` answers for a stop word.
    static let stopword: Int32 = -2
    private var slots: UnsafeMutablePointer<Entry>
    private var slotMask: Int
    private var shift: UInt64
    /// Ids handed out so far.
    private(set) var count = 0
    /// Slots in use (ids and stop words): the load the table grows by.
    private var used = 0

    init() {
        (slots, slotMask, shift) = Self.allocate(log: 10)
    }

    /// A table with room for about `expected` distinct hashes besides `stopwords` before it
    /// regrows, with `stopwords` (distinct) entered.
    init(expected: Int, stopwords: [UInt64] = []) {
        var log = 10
        while log < 20 && (1 << log) < 2 * (expected + stopwords.count) { log += 1 }
        (slots, slotMask, shift) = Self.allocate(log: log)
        for h in stopwords { insert(h, id: Self.stopword) }
    }

    private static func allocate(log: Int) -> (UnsafeMutablePointer<Entry>, Int, UInt64) {
        let n = 1 << log
        let e = UnsafeMutablePointer<Entry>.allocate(capacity: n)
        e.initialize(repeating: Entry(key: 0, id: empty), count: n)
        return (e, n - 1, UInt64(64 - log))
    }

    func deallocate() { slots.deallocate() }

    @inline(__always)
    private func slot(_ h: UInt64) -> Int { KeyProbe.start(h, shift: shift) }

    /// The id of `h`, new if `h` was not seen before; `stopword` for a stop word.
    @inline(__always)
    mutating func id(of h: UInt64) -> Int32 {
        var i = slot(h)
        while slots[i].id != Self.empty {
            if slots[i].key == h { return slots[i].id }
            i = (i &+ 1) & slotMask
        }
        // Wrapping arithmetic: ids count the distinct words of one text, far below Int32.max.
        let id = Int32(truncatingIfNeeded: count)
        slots[i] = Entry(key: h, id: id)
        count &+= 1
        used &+= 1
        if used &<< 1 > slotMask { grow() }
        return id
    }

    /// The ids of the `count` hashes at `keys` (`id(of:)` of each, in order) written to `out`,
    /// stop words left out; returns how many were written. `Cohesion.init` enters a text's every
    /// word through it: the table's fields live in locals for the whole line (through `id(of:)`
    /// in a loop they were stored and reloaded around every word, ~40 instructions a word), and
    /// are written back only to grow.
    mutating func appendIDs(of keys: UnsafePointer<UInt64>, count: Int, to out: UnsafeMutablePointer<Int32>) -> Int {
        var slots = self.slots, mask = slotMask, shift = self.shift
        var next = self.count, used = self.used
        var m = 0
        for k in 0..<count {
            let h = keys[k]
            var i = KeyProbe.start(h, shift: shift)
            var id = slots[i].id
            while id != Self.empty && slots[i].key != h {
                i = (i &+ 1) & mask
                id = slots[i].id
            }
            if id == Self.empty {
                // Wrapping arithmetic: ids count the distinct words of one text, far below Int32.max.
                id = Int32(truncatingIfNeeded: next)
                slots[i] = Entry(key: h, id: id)
                next &+= 1
                used &+= 1
                if used &<< 1 > mask {
                    self.count = next; self.used = used
                    grow()
                    slots = self.slots; mask = slotMask; shift = self.shift
                }
            }
            // Written either way, kept only if not a stop word (no branch to mispredict on the
            // one word in four that is one); the caller's buffer has room for it.
            out[m] = id
            m &+= id != Self.stopword ? 1 : 0
        }
        self.count = next; self.used = used
        return m
    }

    /// Enters `h` (not in the table) with `id`.
    private mutating func insert(_ h: UInt64, id: Int32) {
        var i = slot(h)
        while slots[i].id != Self.empty { i = (i &+ 1) & slotMask }
        slots[i] = Entry(key: h, id: id)
        used &+= 1
        if used &<< 1 > slotMask { grow() }
    }

    @inline(never)
    private mutating func grow() {
        let (old, oldCount) = (slots, slotMask + 1)
        (slots, slotMask, shift) = Self.allocate(log: 64 - Int(shift) + 1)
        for s in 0..<oldCount where old[s].id != Self.empty {
            var i = slot(old[s].key)
            while slots[i].id != Self.empty { i = (i + 1) & slotMask }
            slots[i] = old[s]
        }
        old.deallocate()
    }
}

/// Scratch marks over word ids: `mark[id] == stamp` means "in the current set". A new set takes a
/// new stamp instead of clearing the array. A class so the planner's `let` cohesion can use it;
/// one `Cohesion` (and its marks) serves one text on one thread.
final class Marks {
    let mark: UnsafeMutablePointer<UInt32>
    private let count: Int
    private var stamp: UInt32 = 0

    init(count: Int) {
        self.count = max(count, 1)
        mark = .allocate(capacity: self.count)
        mark.initialize(repeating: 0, count: self.count)
    }

    deinit { mark.deallocate() }

    /// A stamp no id carries yet.
    @inline(__always)
    func next() -> UInt32 {
        if stamp == .max { mark.update(repeating: 0, count: count); stamp = 0 }
        stamp += 1
        return stamp
    }
}
