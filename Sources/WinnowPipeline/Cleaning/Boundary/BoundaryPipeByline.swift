/// A byline in `Name | Outlet` form (`GRACE PETROVA | The Ridge Sentinel`) has the shape of a
/// photo credit (`Jane Doe | Reuters`), and the cleaning rules strip it as one (`photo_credit`,
/// role credit): the split side then read a page's header (that byline over its stamp or its
/// share row) as a photo credit, one page edge short, and glued a headline-less story to the one
/// above. The stripped line's place tells them apart: a photo's credit sits by its caption or
/// the paragraph it illustrates; a byline heads the page's furniture, right above its time stamp
/// or its row of share widgets. Only the split side reads this; the line stays stripped.
/// A page that prints no stamp or share row sets the byline alone right over its lede, with the
/// last page's closing paragraph above it: a photo's credit is not set between a paragraph that
/// ended and prose of the next paragraph with no caption by it. As any lone byline
/// (`BoundaryLoneEdge.swift`) it then starts a story only where the topic shifts across it.
extension BoundaryScorer {
    /// Stripped credit line `j` is a `Name | Outlet` byline: one ` | ` (or `|`) between two
    /// runs of words, and the nearest non-blank line below it is stripped time stamp or widget
    /// furniture, or a prose lede (`isLoneOverLede`).
    func isPipeByline(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .stripped(_, .credit?) = lines[j].kind,
              lines.withContentBytes(j, Self.hasOnePipeBetweenWords) else { return false }
        var below = j + 1
        while below < lines.count, case .blank = lines[below].kind { below += 1 }
        guard below < lines.count else { return false }
        switch lines[below].kind {
        case .stripped(_, let role): return role == .timestamp || role == .widget
        case .body: return isLoneOverLede(j, lede: below, in: lines)
        case .blank: return false
        }
    }

    /// The byline line `j` stands alone between two paragraphs: right over `lede`, a line of
    /// prose length (`prose_min_words`; whether it is a sentence, the lede's own test asks) and
    /// right under a body line of prose length (the paragraph above ended there;
    /// `furnitureBlockKinds` asks how). Not over a short line: a caption's or a headline's.
    func isLoneOverLede(_ j: Int, lede: Int, in lines: [ClassifiedLine]) -> Bool {
        guard lines[lede].words >= config.proseMinWords else { return false }
        var above = j - 1
        while above >= 0, case .blank = lines[above].kind { above -= 1 }
        guard above >= 0, case .body = lines[above].kind else { return false }
        return lines[above].words >= config.proseMinWords
    }

    /// One `|` with a letter run on each side (`NAME NAME | The Outlet`), no `/` (an agency
    /// credit's `Jane Doe/AP | Getty`) and no digits (a stamp's `12:30 | 5 May`).
    static func hasOnePipeBetweenWords(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var pipe = -1
        for (k, b) in u.enumerated() {
            if b == 0x7C { guard pipe < 0 else { return false }; pipe = k }
            else if b == 0x2F || b.isASCIIDigit { return false }
        }
        guard pipe > 1, pipe < u.count - 2 else { return false }
        return u.prefix(pipe).contains { $0.isASCIILetter || $0 >= 0x80 }
            && u.suffix(from: pipe + 1).contains { $0.isASCIILetter || $0 >= 0x80 }
    }
}
