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
enum HeadlineAffinity {
    /// At most this many distinct words of the line are compared (a headline has fewer).
    static let maxLineWords = 32

    /// A line with fewer distinct content words says too little (`ROUND 2`, `2 pages, 94 KB`): one
    /// word found or not swings the shares from 0 to 1.
    static let minLineWords = 3

    /// The shares (0...1) of the line's words found after and before it, or nil when the line has
    /// fewer than `minLineWords` content words.
    static func measure(_ i: Int, in lines: [ClassifiedLine], window: Int) -> (after: Double, before: Double)? {
        var words = [UInt64]()
        words.reserveCapacity(16)
        SplitText.withBytes(lines[i].content) { u in
            Cohesion.forEachContentWord(u) { h in
                if words.count < maxLineWords && !words.contains(h) { words.append(h) }
            }
        }
        guard words.count >= minLineWords else { return nil }
        let after = found(words, lines, from: i + 1, step: 1, window: window)
        let before = found(words, lines, from: i - 1, step: -1, window: window)
        return (Double(after) / Double(words.count), Double(before) / Double(words.count))
    }

    /// How many of `words` occur in the body lines from `from` on (in direction `step`), until
    /// `window` content words have been seen (whole lines: the last line counted may pass it).
    private static func found(_ words: [UInt64], _ lines: [ClassifiedLine], from: Int, step: Int, window: Int) -> Int {
        var hit = UInt64(0)  // bit k: words[k] seen (maxLineWords <= 64)
        var seen = 0
        var j = from
        while j >= 0 && j < lines.count && seen < window {
            if case .body = lines[j].kind {
                SplitText.withBytes(lines[j].content) { u in
                    Cohesion.forEachContentWord(u) { h in
                        seen += 1
                        for k in words.indices where words[k] == h { hit |= 1 << UInt64(k) }
                    }
                }
            }
            j += step
        }
        return hit.nonzeroBitCount
    }
}
