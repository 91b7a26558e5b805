/// Lexical cohesion across a candidate boundary (the TextTiling idea).
///
/// Two stories glued into one dump are about different things; an article's own subhead, pull
/// quote or embedded tweet sits between paragraphs about the same thing. So the content words
/// of the text just before a candidate line and of the text just after it overlap little at a
/// real boundary and a lot inside a story. Words are hashed (no strings kept); only words of
/// five or more letters that are not function words count, so "which" or "their" do not make two
/// stories look alike.
///
/// Each distinct word hash of a text gets a small id once (`WordIDs`), so a window's word set is a
/// run of ids marked in one scratch array (`Marks`): set sizes and intersections cost one load per
/// word, with no sorting, hashing or allocation per window. Results equal the set cosine of the
/// hashes (`sortUnique` + `cosine`, kept as the reference).
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

    init(_ lines: [ClassifiedLine], window: Int) {
        self.window = window
        // A content word takes 5+ letter bytes and a separator: a bound on the ids, so they are
        // written straight into one buffer, and the id table is sized once instead of regrown.
        var bound = 0
        for i in lines.indices { if case .body = lines[i].kind { bound += (lines[i].content.utf8.count + 1) / 5 } }
        var starts = [Int]()
        starts.reserveCapacity(lines.count + 1)
        // Distinct words are far fewer than the bound (~1/4 of it in news text); more just regrow.
        var table = WordIDs(expected: bound / 4)
        defer { table.deallocate() }
        let ids = [Int32](unsafeUninitializedCapacity: bound) { buf, count in
            var n = 0
            for i in lines.indices {
                starts.append(n)
                guard case .body = lines[i].kind else { continue }
                SplitText.withBytes(lines[i].content) { u in
                    Self.forEachContentWord(u) { buf[n] = table.id(of: $0); n += 1 }
                }
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
            let before = m.next()
            var nb = 0, n = 0, j = i - 1
            while j >= 0 && n < window {
                for k in starts[j]..<starts[j + 1] {
                    let id = Int(w[k])
                    if m.mark[id] != before { m.mark[id] = before; nb += 1 }
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
                    if s != after {
                        if s == before { common += 1 }
                        m.mark[id] = after; na += 1
                    }
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
        let m = marks
        var sims: [Double] = []
        sims.reserveCapacity(5 * chunks)
        ids.withUnsafeBufferPointer { w in
            // Each window's distinct ids, once.
            var unique = [Int32]()
            unique.reserveCapacity(chunks * window)
            var from = [Int]()
            from.reserveCapacity(chunks + 1)
            for c in 0..<chunks {
                let s = m.next()
                from.append(unique.count)
                for k in c * window..<(c + 1) * window {
                    let id = w[k]
                    if m.mark[Int(id)] != s { m.mark[Int(id)] = s; unique.append(id) }
                }
            }
            from.append(unique.count)
            unique.withUnsafeBufferPointer { u in
                for a in 0..<(chunks - 4) {
                    let s = m.next()
                    for k in from[a]..<from[a + 1] { m.mark[Int(u[k])] = s }
                    let na = from[a + 1] - from[a]
                    for b in (a + 4)..<min(chunks, a + 9) {
                        var common = 0
                        for k in from[b]..<from[b + 1] where m.mark[Int(u[k])] == s { common += 1 }
                        sims.append(Double(common) / Double(na * (from[b + 1] - from[b])).squareRoot())
                    }
                }
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

    /// Hashes of the line's content words: letter runs of 5+ letters (ASCII case-folded, non-ASCII
    /// bytes count as letters, except typographic dashes, quotes and `…`), minus a short list of
    /// frequent function words.
    static func contentWords(_ s: String) -> [UInt64] {
        var out: [UInt64] = []
        appendContentWords(s, to: &out)
        return out
    }

    /// `contentWords`, appended to `out`.
    static func appendContentWords(_ s: String, to out: inout [UInt64]) {
        SplitText.withBytes(s) { u in forEachContentWord(u) { out.append($0) } }
    }

    /// Calls `body` with the hash of each content word of `u`, in order: one pass over the bytes,
    /// one table load per byte.
    @inline(__always)
    static func forEachContentWord(_ u: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        letterFold.withUnsafeBufferPointer { fold in
            stopFilter.withUnsafeBufferPointer { filter in
                // Most words are not stop words: a 1024-bit filter on the hash rules them out first.
                @inline(__always) func isContent(_ h: UInt64) -> Bool {
                    let bit = Int(truncatingIfNeeded: h >> 40) & 1023
                    return filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 || !isListedStopword(h)
                }
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                var len = 0
                guard var p = u.baseAddress else { return }
                let end = p + u.count
                while p < end {
                    let f = fold[Int(p.pointee)]
                    p += 1
                    if f > 1 {
                        h = (h ^ UInt64(f)) &* 0x0000_0100_0000_01b3
                        len &+= 1  // no overflow check per byte
                        continue
                    }
                    if f == 1 {
                        // 0xE2 leads U+2000-U+2FFF. Typographic punctuation there (U+2010-U+201F
                        // dashes and curly quotes, U+2026 `…`) separates words like its ASCII
                        // forms: `‘Murder Hornet’` holds `hornet`, `ultimatum—friend` two words,
                        // `Trump’s` the word `trump` as `Trump's` does. Other characters there
                        // stay word bytes.
                        if end - p >= 2 && p[0] == 0x80 && (p[1] & 0xF0 == 0x90 || p[1] == 0xA6) {
                            p += 2
                        } else {
                            h = (h ^ 0xE2) &* 0x0000_0100_0000_01b3
                            len &+= 1
                            continue
                        }
                    }
                    if len > 0 {
                        if len >= 5 && isContent(h) { body(h) }
                        h = 0xcbf2_9ce4_8422_2325; len = 0
                    }
                }
                if len >= 5 && isContent(h) { body(h) }
            }
        }
    }

    /// Byte → its lower-case form if it is part of a word (ASCII letters, any non-ASCII byte), else 0:
    /// one table load per byte instead of three range checks. 0xE2 maps to 1: it may lead
    /// typographic punctuation (`forEachContentWord` looks at the bytes after it).
    static let letterFold: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        switch b {
        case 0xE2: return 1
        case 0x41...0x5A: return UInt8(b | 0x20)
        case 0x61...0x7A, 0x80...0xFF: return UInt8(b)
        default: return 0
        }
    }

    static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// Binary search in the sorted stop-word hashes (cheaper than a `Set`'s SipHash per word).
    static func isStopword(_ h: UInt64) -> Bool {
        // Most words are not stop words: a 1024-bit filter on the hash rules them out first.
        let bit = Int(truncatingIfNeeded: h >> 40) & 1023
        guard stopFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return isListedStopword(h)
    }

    /// `isStopword` without the filter.
    static func isListedStopword(_ h: UInt64) -> Bool {
        let stopwords = Self.stopwords
        var lo = 0, hi = stopwords.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if stopwords[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < stopwords.count && stopwords[lo] == h
    }

    static let stopFilter: [UInt64] = stopwords.reduce(into: [UInt64](repeating: 0, count: 16)) { f, h in
        let bit = Int(truncatingIfNeeded: h >> 40) & 1023
        f[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    static let stopwords: [UInt64] = Set("""
    about above after again against among around because before being below between both could \
    during every first from having their there these those other others should since still which \
    while would where under until their theirs them themselves through therefore however whether \
    without within would years today people including another already always never often really \
    something nothing anything everything thing things going being years later early never might \
    shall cannot doesn didn wasn isn aren weren hasn haven won said says saying told according \
    also just like many much more most some such than that then they this what when will with \
    your yours very even into over only same each last next week month time times
    """.split(separator: " ").map { hash(String($0)) }).sorted()
}

/// Word hash → dense id (0, 1, 2, … in order of first sight) for one text: open addressing over
/// flat buffers, grown at half full. Hashes are FNV already; a multiply spreads them over slots.
struct WordIDs {
    private var keys: UnsafeMutablePointer<UInt64>
    /// -1 marks an empty slot.
    private var ids: UnsafeMutablePointer<Int32>
    private var slotMask: Int
    private var shift: UInt64
    /// Ids handed out so far.
    private(set) var count = 0

    init() {
        (keys, ids, slotMask, shift) = Self.allocate(log: 10)
    }

    /// A table with room for about `expected` distinct hashes before it regrows.
    init(expected: Int) {
        var log = 10
        while log < 20 && (1 << log) < 2 * expected { log += 1 }
        (keys, ids, slotMask, shift) = Self.allocate(log: log)
    }

    private static func allocate(log: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Int32>, Int, UInt64) {
        let slots = 1 << log
        let k = UnsafeMutablePointer<UInt64>.allocate(capacity: slots)
        let v = UnsafeMutablePointer<Int32>.allocate(capacity: slots)
        v.initialize(repeating: -1, count: slots)
        return (k, v, slots - 1, UInt64(64 - log))
    }

    func deallocate() { keys.deallocate(); ids.deallocate() }

    @inline(__always)
    private func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The id of `h`, new if `h` was not seen before.
    @inline(__always)
    mutating func id(of h: UInt64) -> Int32 {
        var i = slot(h)
        while ids[i] >= 0 {
            if keys[i] == h { return ids[i] }
            i = (i + 1) & slotMask
        }
        let id = Int32(count)
        keys[i] = h; ids[i] = id
        count += 1
        if 2 * count > slotMask { grow() }
        return id
    }

    private mutating func grow() {
        let (oldKeys, oldIDs, oldSlots) = (keys, ids, slotMask + 1)
        (keys, ids, slotMask, shift) = Self.allocate(log: 64 - Int(shift) + 1)
        for s in 0..<oldSlots where oldIDs[s] >= 0 {
            var i = slot(oldKeys[s])
            while ids[i] >= 0 { i = (i + 1) & slotMask }
            keys[i] = oldKeys[s]; ids[i] = oldIDs[s]
        }
        oldKeys.deallocate(); oldIDs.deallocate()
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
