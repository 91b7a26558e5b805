/// `clip_running_time`: a headline candidate that ends with a running time (`… break down the math
/// 04:40`, `… what to be offended by?' (1:52)`, `Listen · 2:49 2:49`) is a video or audio clip's
/// title in a player or playlist (`JUST WATCHED … Replay More Videos … MUST WATCH …`), which the
/// article embeds between its paragraphs: no story starts there. Sites print a clip's length after
/// its title; no headline carries one (0 of 8,675 gold headlines of 13 dev sets from three
/// generators, against 3–36 clip lines per set kept as body). Negative evidence only: the player's
/// lines stay in the text (the blind gold keeps them as body; stripping them cost b1 .9345 → .9277).
/// Not asked where a page opens (`opensPage`): a page that opens on its video has the clip's title
/// as its first line (o8923: `Adrian Wojnarowki joins SVP … (4:29)` under a page header, the first
/// line of a headline-less story; asked there it cost o8923 .9641 → .9622).
/// Measured (story_f1 without → with): b1 .9360 → .9385, o4711 .9665 → .9703, a3 .9627 → .9637,
/// i3 .9598 → .9607; other sets unchanged.
extension BoundaryScorer {
    /// The content ends (blanks aside) with `m:ss`, `mm:ss` or `h:mm:ss`, bare after a blank or
    /// in brackets (`(4:29)`); the seconds run 00–59. A clock time closing a headline carries a
    /// zone or `a.m.`/`p.m.` after it (`… at 10:30 ET`), so it does not end the line so.
    static func endsWithRunningTime(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var e = u.count
        while e > 0 && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
        let bracket = e > 0 && u[e - 1] == 0x29
        if bracket { e -= 1 }
        // Groups of digits separated by colons, read backwards: ss, then mm (and h).
        var groups = 0
        var k = e
        while true {
            var d = 0
            while k > 0 && d < 3 && u[k - 1].isASCIIDigit { k -= 1; d += 1 }
            guard d >= 1 && d <= 2 else { return false }
            // Seconds and minutes after an hour take two digits; seconds stay under 60.
            if groups == 0 && (d != 2 || u[k] > 0x35) { return false }
            groups += 1
            guard k > 0, u[k - 1] == 0x3A, groups < 3 else { break }
            k -= 1
        }
        guard groups >= 2, k > 0 else { return false }
        return bracket ? u[k - 1] == 0x28 : u[k - 1] == 0x20
    }
}
