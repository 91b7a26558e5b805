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

    /// `Cohesion`'s content-word ids: line `j`'s are `ids[starts[j]..<starts[j + 1]]`. `WordIDs`
    /// gives each distinct hash its own id, so comparing ids is comparing the words' hashes, and
    /// no word is hashed twice per text.
    private let ids: [Int32]
    private let starts: [Int]
    let window: Int
    /// Scratch per id: 1 + its position among the measured line's words, 0 for other ids (the
    /// line's ids are reset after each measure). One load per word in a window instead of a scan
    /// of the line's words.
    private var slot: [UInt8]

    init(_ lines: [ClassifiedLine], window: Int) {
        self.init(Cohesion(lines, window: 0), window: window)
    }

    /// Shares `cohesion`'s word ids (the same content words, already hashed).
    init(_ cohesion: Cohesion, window: Int) {
        ids = cohesion.ids
        starts = cohesion.starts
        self.window = window
        slot = [UInt8](repeating: 0, count: cohesion.distinctWords)
    }

    /// The shares (0...1) of line `i`'s distinct content words found in the `window` content words
    /// after it and in the `window` before it, or nil when it has fewer than `minLineWords`.
    mutating func measure(_ i: Int) -> (after: Double, before: Double)? {
        let n = mark(i)
        defer { clear(i) }
        guard n >= Self.minLineWords else { return nil }
        let after = found(from: i + 1, step: 1)
        let before = found(from: i - 1, step: -1)
        return (Double(after) / Double(n), Double(before) / Double(n))
    }

    /// The share (0...1) of line `i`'s distinct content words found in lines `from..<i` (the story
    /// so far, back to the previous start; at most `maxStoryWords` content words read, nearest
    /// first), or nil when it has fewer than `minLineWords`. An in-article subhead announces a
    /// section of the story it sits in, so its words are already there; a headline's words are not
    /// in the story before it, however well they match a window of 80 words.
    mutating func storyShare(_ i: Int, from: Int) -> Double? {
        let n = mark(i)
        defer { clear(i) }
        guard n >= Self.minLineWords, from < i else { return nil }
        var hit = UInt64(0)
        var j = i - 1
        let floor = max(from, 0)
        while j >= floor && starts[i] - starts[j] <= Self.maxStoryWords {
            hit |= hits(j)
            j -= 1
        }
        return Double(hit.nonzeroBitCount) / Double(n)
    }

    /// `storyShare` reads at most this many content words back (bounded work per candidate).
    static let maxStoryWords = 3000

    /// Numbers line `i`'s first `maxLineWords` distinct words in `slot` in order of first sight
    /// and returns how many; `clear(i)` undoes it.
    private mutating func mark(_ i: Int) -> Int {
        var n = 0
        for k in starts[i]..<starts[i + 1] where n < Self.maxLineWords {
            let id = Int(ids[k])
            if slot[id] == 0 { n += 1; slot[id] = UInt8(n) }
        }
        return n
    }

    private mutating func clear(_ i: Int) {
        for k in starts[i]..<starts[i + 1] { slot[Int(ids[k])] = 0 }
    }

    /// Bit k set: the marked line's word k occurs in line `j` (maxLineWords <= 64).
    @inline(__always) private func hits(_ j: Int) -> UInt64 {
        var hit = UInt64(0)
        for k in starts[j]..<starts[j + 1] {
            let p = slot[Int(ids[k])]
            if p != 0 { hit |= 1 << UInt64(p - 1) }
        }
        return hit
    }

    /// How many of the marked line's words (`slot`) occur in the lines from `start` on (in
    /// direction `step`), until `window` content words have been seen (whole lines: the last line
    /// counted may pass it).
    private func found(from start: Int, step: Int) -> Int {
        var hit = UInt64(0)
        var seen = 0
        var j = start
        let lineCount = starts.count - 1
        while j >= 0 && j < lineCount && seen < window {
            hit |= hits(j)
            seen += starts[j + 1] - starts[j]
            j += step
        }
        return hit.nonzeroBitCount
    }
}
