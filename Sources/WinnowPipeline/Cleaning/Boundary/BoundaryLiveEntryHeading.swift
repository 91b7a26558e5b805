/// A live blog's entry heading: a running story prints each entry under a line that opens with
/// its clock time (`07:00 GMT - New Zealanders protest against death of George Floyd`, `8:27pm –
/// Britain's New Foreign Sec …`, `11:00 p.m. EDT: Poor FactCheck.org.`). Entries change topic from
/// one to the next, so such a heading passes on shape and topic shift alone; but a page's headline
/// never opens with a bare clock time, and where `liveEntryMin` lines of a text near each other open
/// so, each is an entry of the story around them, not a start (`live_entry_heading`).
///
/// Found when a sign-up box's `Sign Up` button became a widget: the button had been read as a
/// headline over a header block, its votes had held a blind dump's live-blog entries down, and
/// without them four entries opened stories (b9191 015). The entries are the cause; the vote held
/// them by chance. In allsides-dev 6 articles print three or more such headings (up to 44).
extension BoundaryScorer {
    /// Lines searched on either side for the other entries: one long live page.
    static let liveEntryReach = 300

    /// Headings of that shape, the candidate's own included, that make a live page.
    static let liveEntryMin = 3

    /// Line `i` opens with a clock heading and `liveEntryMin - 1` other lines within reach do too.
    /// Asked only for a line that opens so itself, so the search runs on live pages alone.
    func liveEntryHeading(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        guard lines.withContentBytes(i, Self.opensWithClockHeading) else { return false }
        let others = LineReach.around(Self.liveEntryReach).count(around: i, lineCount: lines.count, upTo: Self.liveEntryMin - 1) { j in
            // The byte count first: a clock heading is at least `0:00 - x` long.
            lines[j].textByteCount >= 8 && lines.withContentBytes(j, Self.opensWithClockHeading)
        }
        return others >= Self.liveEntryMin - 1
    }

    /// The bytes open with a clock time (1-2 digits, `:` or `.`, 2 digits), then optionally am/pm
    /// (`pm`, `p.m.`) and a zone of 2-4 capitals (`GMT`, `EDT`), then a separator (`-`, `–`, `—`,
    /// `:`, `|`), a blank and more text: `07:00 GMT - …`, `8:27pm – …`, `10:25: …`.
    static func opensWithClockHeading(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        func digit(_ k: Int) -> Bool { k < u.count && u[k].isASCIIDigit }
        guard digit(0) else { return false }
        var k = digit(1) ? 2 : 1
        guard k < u.count, u[k] == 0x3A || u[k] == 0x2E, digit(k + 1), digit(k + 2), !digit(k + 3) else { return false }
        k += 3
        func blanks() { while k < u.count && u[k] == 0x20 { k += 1 } }
        blanks()
        // am/pm: `am`, `pm`, `a.m.`, `p.m.`, either case.
        if k < u.count, u[k] | 0x20 == 0x61 || u[k] | 0x20 == 0x70 {
            var m = k + 1
            if m < u.count && u[m] == 0x2E { m += 1 }
            if m < u.count && u[m] | 0x20 == 0x6D {
                m += 1
                if m < u.count && u[m] == 0x2E { m += 1 }
                k = m
                blanks()
            }
        }
        // A zone: 2-4 capitals.
        var z = k
        while z < u.count && z - k < 5 && u[z].isASCIIUpper { z += 1 }
        if z - k >= 2 && z - k <= 4 { k = z; blanks() }
        guard k < u.count else { return false }
        var sep = 0
        if u[k] == 0x2D || u[k] == 0x3A || u[k] == 0x7C {
            sep = 1
        } else if k + 2 < u.count, u[k] == 0xE2, u[k + 1] == 0x80, u[k + 2] == 0x93 || u[k + 2] == 0x94 {
            sep = 3  // `–` or `—`
        }
        guard sep > 0 else { return false }
        k += sep
        // A blank, then the entry's words.
        return k + 1 < u.count && u[k] == 0x20 && u[k + 1] != 0x20
    }
}
