/// Section separators (`___`, `***`, `* * *`, `• • •`, `-----`): a line of rule characters only.
///
/// Real dumps put them between an article's sections (AP fact checks set `___` between claims,
/// columns put `* * *` between parts) as often as between stories. The cleaning rules strip the
/// common ones as wire sign-offs (role trailer), so the line under one read `trailer_before`: a
/// story had ended, and a section's subhead opened a new one. A separator says neither that a
/// story ended nor that it goes on: the planner reads it as a paragraph break (a blank line) and
/// looks through it to the line before. Read as a blank line, it widens the gap it sits in (a
/// blank, the separator, a blank): a break wider than a paragraph's, as a reader sees it; where
/// that is rare in a dump it is `wide_gap`, the dump's own story spacing. End marks with letters or digits (`-30-`, `###`, `END`)
/// stay trailers: they end a story and nothing else.
enum Separator {
    /// Whether the line's bytes are 3+ rule characters (`_ * - = ~`, `•`, `·`, `—`, `–`, `─`),
    /// spaces between allowed, and nothing else.
    static func isSeparator(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var marks = 0, k = 0
        while k < u.count {
            let b = u[k]
            switch b {
            case 0x20, 0x09: k += 1
            case 0x5F, 0x2A, 0x2D, 0x3D, 0x7E: marks += 1; k += 1
            case 0xC2:  // · U+00B7
                guard k + 1 < u.count, u[k + 1] == 0xB7 else { return false }
                marks += 1; k += 2
            case 0xE2:  // • U+2022, – U+2013, — U+2014, ─ U+2500
                guard k + 2 < u.count else { return false }
                let b1 = u[k + 1], b2 = u[k + 2]
                guard b1 == 0x80 && (b2 == 0xA2 || b2 == 0x93 || b2 == 0x94) || b1 == 0x94 && b2 == 0x80 else { return false }
                marks += 1; k += 3
            default: return false
            }
        }
        return marks >= 3
    }

    /// `lines` with every separator line (body or stripped) made a blank line, for the planner;
    /// the same array when there is none.
    static func asBreaks(_ lines: [ClassifiedLine]) -> [ClassifiedLine] {
        var out: [ClassifiedLine]?
        for i in lines.indices {
            if case .blank = lines[i].kind { continue }
            // `isSeparator` stops at a line's first byte that is no rule character or space.
            guard lines[i].textByteCount >= 3, lines.withTextBytes(i, isSeparator) else { continue }
            if out == nil { out = lines }
            out![i] = lines[i].with(kind: .blank, detail: "")
        }
        return out ?? lines
    }
}
