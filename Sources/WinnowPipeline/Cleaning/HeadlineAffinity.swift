/// Headline affinity: a headline announces the story below it, so its content words come back in
/// the text after it and not in the text before it (the end of another story). An in-article
/// subhead, pull quote or list label shares words with both sides, or with neither (`Donate
/// today`, a video caption). Measured per candidate line, with the same content words as
/// `Cohesion` (5+ letters, no function words): the share of the line's distinct words found in the
/// next `window` content words, minus the share found in the previous `window`.
///
/// Cohesion compares the two sides with each other; this compares the line with each side, which
/// tells a real headline from a subhead where both sides of a subhead drift apart (a list of
/// company statements, a Q&A) or both sides of a boundary share a topic's vocabulary (two stories
/// on one news event).
struct HeadlineAffinity {
    /// At most this many distinct words of the line are compared (a headline has fewer).
    static let maxLineWords = 32
    /// A line with fewer distinct content words says too little (`ROUND 2`, `2 pages, 94 KB`): one
    /// word found or not swings the shares from 0 to 1.
    static let minLineWords = 3

    private let lines: [ClassifiedLine]
    let window: Int
    /// Content-word hashes of the lines hashed so far, flat: line `j`'s are
    /// `hashes[from[j]..<to[j]]`; `from[j] < 0` until line `j` is first needed. Windows of
    /// neighbouring candidates overlap, so each line is hashed once per text, not once per candidate.
    private var hashes: [UInt64] = []
    private var from: [Int]
    private var to: [Int]

    init(_ lines: [ClassifiedLine], window: Int) {
        self.lines = lines
        self.window = window
        from = [Int](repeating: -1, count: lines.count)
        to = [Int](repeating: 0, count: lines.count)
    }

    /// Hashes line `j`'s content words into the cache (body lines only; others have none).
    private mutating func hash(_ j: Int) {
        guard from[j] < 0 else { return }
        from[j] = hashes.count
        if case .body = lines[j].kind {
            SplitText.withBytes(lines[j].content) { u in Cohesion.forEachContentWord(u) { hashes.append($0) } }
        }
        to[j] = hashes.count
    }

    /// The shares (0...1) of line `i`'s distinct content words found in the `window` content words
    /// after it and in the `window` before it, or nil when it has fewer than `minLineWords`.
    mutating func measure(_ i: Int) -> (after: Double, before: Double)? {
        hash(i)
        var words = [UInt64]()
        words.reserveCapacity(16)
        for k in from[i]..<to[i] where words.count < Self.maxLineWords && !words.contains(hashes[k]) {
            words.append(hashes[k])
        }
        guard words.count >= Self.minLineWords else { return nil }
        let after = found(words, from: i + 1, step: 1)
        let before = found(words, from: i - 1, step: -1)
        return (Double(after) / Double(words.count), Double(before) / Double(words.count))
    }

    /// How many of `words` occur in the lines from `start` on (in direction `step`), until `window`
    /// content words have been seen (whole lines: the last line counted may pass it).
    private mutating func found(_ words: [UInt64], from start: Int, step: Int) -> Int {
        var hit = UInt64(0)  // bit k: words[k] seen (maxLineWords <= 64)
        var seen = 0
        var j = start
        while j >= 0 && j < lines.count && seen < window {
            hash(j)
            for k in from[j]..<to[j] {
                let h = hashes[k]
                for w in words.indices where words[w] == h { hit |= 1 << UInt64(w) }
            }
            seen += to[j] - from[j]
            j += step
        }
        return hit.nonzeroBitCount
    }
}
