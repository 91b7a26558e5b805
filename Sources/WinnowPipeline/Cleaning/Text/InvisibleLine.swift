/// A line holding nothing but invisible format characters (zero-width space U+200B, word joiner
/// U+2060, zero-width no-break space / BOM U+FEFF), with or without white space: a scraper's filler
/// line standing where a blank line separated two paragraphs. It is paragraph structure, so the
/// classifier reads it as blank. Left as content it had an empty key (nothing but separators) and
/// matched an exact sign-off rule, a trailer that opened a story under it (shared g501/g502: 1,052
/// such lines). Only whole lines: a zero-width space inside or at the end of text stays, as
/// written (the scorer does not fold it).
enum InvisibleLine {
    /// `trimmed` (already without white space at its ends) is invisible characters and white space only.
    @inline(__always)
    static func isInvisible(_ trimmed: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every invisible character here is three bytes opening with E2 or EF: most lines stop at byte 0.
        guard let first = trimmed.first, first == 0xE2 || first == 0xEF else { return false }
        var i = 0
        let n = trimmed.count
        while i < n {
            if i + 2 < n {
                let a = trimmed[i], b = trimmed[i + 1], c = trimmed[i + 2]
                if (a == 0xE2 && b == 0x80 && c == 0x8B) || (a == 0xE2 && b == 0x81 && c == 0xA0)
                    || (a == 0xEF && b == 0xBB && c == 0xBF) {
                    i += 3
                    continue
                }
            }
            guard let w = LineText.whitespaceLength(trimmed, at: i) else { return false }
            i += w
        }
        return true
    }
}
