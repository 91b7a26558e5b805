/// Lexical cohesion across a candidate boundary (the TextTiling idea).
///
/// Two stories glued into one dump are about different things; an article's own subhead, pull
/// quote or embedded tweet sits between paragraphs about the same thing. So the content words
/// of the text just before a candidate line and of the text just after it overlap little at a
/// real boundary and a lot inside a story. Words are hashed (no strings kept); only words of
/// five or more letters that are not function words count, so "which" or "their" do not make two
/// stories look alike.
struct Cohesion {
    /// Content-word hashes of all lines in one array (line `i`'s are `all[starts[i]..<starts[i + 1]]`),
    /// computed once per text: one allocation instead of one per line.
    private let all: [UInt64]
    private let starts: [Int]
    private let isBody: [Bool]
    let window: Int

    init(_ lines: [ClassifiedLine], window: Int) {
        self.window = window
        isBody = lines.map { $0.kind == .body }
        var all: [UInt64] = []
        var starts = [Int]()
        starts.reserveCapacity(lines.count + 1)
        for l in lines {
            starts.append(all.count)
            if l.kind == .body { Cohesion.appendContentWords(l.content, to: &all) }
        }
        starts.append(all.count)
        self.all = all
        self.starts = starts
    }

    private func words(_ i: Int) -> ArraySlice<UInt64> { all[starts[i]..<starts[i + 1]] }

    /// Set cosine similarity of the content words within `window` words before line `i` and after it.
    func similarity(at i: Int) -> Double {
        var before: [UInt64] = [], after: [UInt64] = []
        var n = 0, j = i - 1
        while j >= 0 && n < window {
            if isBody[j] { before += words(j); n += starts[j + 1] - starts[j] }
            j -= 1
        }
        n = 0; j = i + 1
        while j < isBody.count && n < window {
            if isBody[j] { after += words(j); n += starts[j + 1] - starts[j] }
            j += 1
        }
        Self.sortUnique(&before)
        Self.sortUnique(&after)
        guard before.count >= 8, after.count >= 8 else { return -1 }
        return Self.cosine(before, after)
    }

    /// Sorts and drops repeats: word sets as sorted arrays (no hashing, intersections by merging).
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
    /// to eight windows apart (-1 when the text is too short to tell).
    ///
    /// Stories glued from unrelated outlets share almost nothing (~0.02), so a candidate whose two
    /// sides overlap like ordinary adjacent paragraphs is inside one story. A live blog of one
    /// topic (seed 001) shares names and places throughout (≥0.05): there low cohesion across a
    /// headline is no evidence, and the planner leaves cohesion out.
    func farSimilarity() -> Double {
        var chunks: [[UInt64]] = []
        var current: [UInt64] = []
        current.reserveCapacity(window)
        for k in isBody.indices where isBody[k] {
            for w in words(k) {
                current.append(w)
                if current.count == window { Self.sortUnique(&current); chunks.append(current); current = [] }
            }
        }
        var sims: [Double] = []
        for a in chunks.indices {
            for b in stride(from: a + 4, to: min(chunks.count, a + 9), by: 1) {
                sims.append(Self.cosine(chunks[a], chunks[b]))
            }
        }
        guard sims.count >= 3 else { return -1 }
        sims.sort()
        return sims[sims.count / 2]
    }

    /// Hashes of the line's content words: letter runs of 5+ letters (ASCII case-folded, non-ASCII
    /// bytes count as letters), minus a short list of frequent function words.
    static func contentWords(_ s: String) -> [UInt64] {
        var out: [UInt64] = []
        appendContentWords(s, to: &out)
        return out
    }

    /// `contentWords`, appended to `out`.
    static func appendContentWords(_ s: String, to out: inout [UInt64]) {
        SplitText.withBytes(s) { u in
            letterFold.withUnsafeBufferPointer { fold in
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                var len = 0
                for b in u {
                    let f = fold[Int(b)]
                    if f != 0 {
                        h = (h ^ UInt64(f)) &* 0x0000_0100_0000_01b3
                        len += 1
                    } else if len > 0 {
                        if len >= 5 && !isStopword(h) { out.append(h) }
                        h = 0xcbf2_9ce4_8422_2325; len = 0
                    }
                }
                if len >= 5 && !isStopword(h) { out.append(h) }
            }
        }
    }

    /// Byte → its lower-case form if it is part of a word (ASCII letters, any non-ASCII byte), else 0:
    /// one table load per byte instead of three range checks.
    static let letterFold: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        switch b {
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
