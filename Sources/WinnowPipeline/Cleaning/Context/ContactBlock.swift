/// A contact block: a run of short lines (no blank between) holding a bare e-mail address or phone
/// number, with the name and label lines next to it (`Media Contact:` / `James Chen` /
/// `743-558-1319` / `press@meridian.com`). A release's or an agency's contact, not the story's
/// text; it also made a record of its own between two releases. Stripped as `contact_block`
/// (a trailer). A lone address or number is left alone: a story may print a hotline on a line
/// of its own.
enum ContactBlock {
    static let rule = "contact_block"
    /// Words of a block's other lines (a name, a label, an organisation) at most.
    private static let maxLineWords = 6
    /// Lines of one block at most.
    private static let maxLines = 8

    static func apply(_ lines: inout [ClassifiedLine]) {
        var i = 0
        while i < lines.count {
            guard case .body = lines[i].kind, lines[i].words <= 3, lines.withContentBytes(i, isAddressOrNumber) else { i += 1; continue }
            // The run of non-blank short lines around it.
            var first = i, last = i
            while first > 0, i - first < maxLines, fits(first - 1, lines) { first -= 1 }
            while last + 1 < lines.count, last - first < maxLines, fits(last + 1, lines) { last += 1 }
            let body = (first...last).filter { if case .body = lines[$0].kind { return true } else { return false } }
            guard body.count >= 2, last - first < maxLines else { i = last + 1; continue }
            for k in body { lines[k] = lines[k].with(kind: .stripped(rule: rule, role: .trailer), detail: "contact block") }
            i = last + 1
        }
    }

    /// A line that can be part of a block: not blank, short, closing no sentence (a stripped line,
    /// such as a learned `Media Contact:` label, is passed over and stays as it is).
    private static func fits(_ j: Int, _ lines: [ClassifiedLine]) -> Bool {
        switch lines[j].kind {
        case .blank: return false
        case .stripped: return true
        case .body:
            guard lines[j].words <= maxLineWords else { return false }
            return lines.withContentBytes(j) { u in
                if isAddressOrNumber(u) { return true }
                // A hard-wrapped paragraph's line going on in lower case is no name or label.
                let s = LineText.leadingBlankCount(u)
                if s < u.count, u[s].isASCIILower { return false }
                return LineText.ending(bytes: u) != .sentence || BoilerplateLearner.lastMark(u) == 0x3A
            }
        }
    }

    /// `local@domain.tld` and nothing else: letters, digits and `._%+-` before the `@`, a domain
    /// with a dot and a closing run of 2+ letters after it (`(@handle).` and a sentence's
    /// `… licensing@site.org.` are not).
    static func isAddress(_ v: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        guard at > 0, at + 4 < v.count else { return false }
        for b in v[..<at] where !(b.isASCIILetter || b.isASCIIDigit || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D) { return false }
        var dot = -1
        for k in (at + 1)..<v.count {
            let b = v[k]
            if b == 0x2E { dot = k } else if !(b.isASCIILetter || b.isASCIIDigit || b == 0x2D) { return false }
        }
        return dot > at + 1 && v.count - dot - 1 >= 2 && v[(dot + 1)...].allSatisfy { $0.isASCIILetter }
    }

    /// A bare e-mail address (`press@meridian.com`) or phone number (`743-558-1319`, `+44 20 7946 0958`,
    /// `(202) 555-0143`), optionally after a one-word label (`Tel: …`, `Email: …`).
    static func isAddressOrNumber(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = LineText.leadingBlankCount(u), e = u.count
        while e > s, u[e - 1] == 0x20 { e -= 1 }
        // A one-word label and its colon.
        if let colon = u[s..<e].firstIndex(of: 0x3A), colon + 1 < e, u[colon + 1] == 0x20,
           !u[s..<colon].contains(0x20) { s = colon + 2 }
        guard e > s else { return false }
        let v = u[s..<e]
        if let at = v.firstIndex(of: 0x40) { return isAddress(UnsafeBufferPointer(rebasing: v), at: at - s) }
        // Three or more groups of digits (`743-558-1319`, `(202) 555-0143`): a year range
        // (`2012-2014)`) has two; brackets balanced.
        var digits = 0, groups = 0, inGroup = false, open = 0
        for b in v {
            if b.isASCIIDigit { digits += 1; if !inGroup { groups += 1; inGroup = true }; continue }
            inGroup = false
            if b == 0x28 { open += 1 } else if b == 0x29 { open -= 1; if open < 0 { return false } }
            else if !(b == 0x2D || b == 0x20 || b == 0x2E || b == 0x2B) { return false }
        }
        return digits >= 7 && digits <= 15 && groups >= 3 && open == 0
    }
}
