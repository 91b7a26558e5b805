/// `clip_running_time`, the player's label first: a video player flattened into the text prints its
/// button and the clip's length before the clip's title (`Play Video 1:02 Drone footage shows
/// motorists fleeing oncoming Hurricane Florence – video`). Like a title ending in its running
/// time (`BoundaryPlayerChrome.swift`) it is a clip the article embeds between its paragraphs,
/// never a headline (public gold: 39 such lines, all body or optional, none a headline); read
/// as a headline over the prose below it, it split two portal stories (p905).
extension BoundaryScorer {
    /// The content opens with one or two player words (`play`, `watch`, `video`, `listen`,
    /// `replay`, ASCII case folded) and then a running time (`m:ss`, `mm:ss`, `h:mm:ss`, seconds
    /// 00–59) and a space before more text that opens with no time zone or `a.m.`/`p.m.`.
    static func opensWithPlayerLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0, words = 0
        while words < 2, let n = playerWord(u, at: k) { k = n; words += 1 }
        guard words > 0 else { return false }
        // Groups of 1-2 digits joined by colons; after the first, two digits each.
        var groups = 0, last = 0
        while true {
            var d = 0, v = 0
            while k < u.count, d < 3, u[k].isASCIIDigit { v = v * 10 + Int(u[k] - 0x30); k += 1; d += 1 }
            guard d >= 1, d <= 2, groups == 0 || d == 2 else { return false }
            groups += 1; last = v
            guard k < u.count, u[k] == 0x3A, groups < 3 else { break }
            k += 1
        }
        guard groups >= 2, last < 60, k + 1 < u.count, u[k] == 0x20 else { return false }
        // A clock time names its zone or half of the day after it (`Watch 10:30 ET: …`).
        var e = k + 1
        while e < u.count, u[e].isASCIILetter || u[e] == 0x2E { e += 1 }
        let next = UnsafeBufferPointer(rebasing: u[(k + 1)..<e])
        return !clockWords.contains { $0.count == next.count && ByteSearch.hasPrefixFoldingASCII(next, $0) }
    }

    /// Words after a clock time, not a running time (ASCII lower case, dots kept).
    static let clockWords: [[UInt8]] = ["et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "mt", "gmt", "bst", "cet", "cest", "utc",
                                        "am", "pm", "a.m.", "p.m.", "h", "hrs", "uhr"].map { Array($0.utf8) }

    /// Index past a player word and its one space at `k`, or nil.
    private static func playerWord(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Int? {
        for w in playerWords {
            let end = k + w.count
            guard end < u.count, u[end] == 0x20 else { continue }
            if ByteSearch.hasPrefixFoldingASCII(UnsafeBufferPointer(rebasing: u[k..<end]), w) { return end + 1 }
        }
        return nil
    }

    static let playerWords: [[UInt8]] = ["play", "watch", "video", "listen", "replay"].map { Array($0.utf8) }
}
