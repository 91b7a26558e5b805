/// A byline in `Name | Outlet` form (`GRACE PETROVA | The Ridge Sentinel`) has the shape of a
/// photo credit (`Jane Doe | Reuters`), and the cleaning rules strip it as one (`photo_credit`,
/// role credit): the split side then read a page's header (that byline over its stamp or its
/// share row) as a photo credit, one page edge short, and glued a headline-less story to the one
/// above. The stripped line's place tells them apart: a photo's credit sits by its caption or
/// the paragraph it illustrates; a byline heads the page's furniture, right above its time stamp
/// or its row of share widgets. Only the split side reads this; the line stays stripped.
extension BoundaryScorer {
    /// Stripped credit line `j` is a `Name | Outlet` byline: one ` | ` (or `|`) between two
    /// runs of words, and the nearest non-blank line below it is stripped time stamp or widget furniture.
    func isPipeByline(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .stripped(_, .credit?) = lines[j].kind,
              lines.withContentBytes(j, Self.hasOnePipeBetweenWords) else { return false }
        var below = j + 1
        while below < lines.count, case .blank = lines[below].kind { below += 1 }
        guard below < lines.count, case .stripped(_, let role) = lines[below].kind else { return false }
        return role == .timestamp || role == .widget
    }

    /// One `|` with a letter run on each side (`NAME NAME | The Outlet`), no `/` (an agency
    /// credit's `Jane Doe/AP | Getty`) and no digits (a stamp's `12:30 | 5 May`).
    static func hasOnePipeBetweenWords(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var pipe = -1
        for (k, b) in u.enumerated() {
            if b == 0x7C { guard pipe < 0 else { return false }; pipe = k }
            else if b == 0x2F || b >= 0x30 && b <= 0x39 { return false }
        }
        guard pipe > 1, pipe < u.count - 2 else { return false }
        return u.prefix(pipe).contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 }
            && u.suffix(from: pipe + 1).contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 }
    }
}
