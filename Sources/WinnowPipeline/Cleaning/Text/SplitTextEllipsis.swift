/// Headlines that trail off (`Four Quitters Walk Into a Bar...`, `WHAT HAPPENS NEXT…`): teaser
/// headlines close on an ellipsis, which the line facts read as a sentence's end (`...` ends in a
/// period), so no headline test reached them and the story under such a header got no title.
/// Prose cut short by an ellipsis is sentence case; a headline that trails off is Title Case or
/// set in capitals.
extension SplitText {
    /// The line ends (trailing spaces aside) in `...` or `…` (U+2026, bytes E2 80 A6).
    static func endsWithEllipsis(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = sentenceEnd(u)
        guard n >= 3 else { return false }
        if u[n - 1] == 0x2E && u[n - 2] == 0x2E && u[n - 3] == 0x2E { return true }
        return u[n - 3] == 0xE2 && u[n - 2] == 0x80 && u[n - 1] == 0xA6
    }

    /// A headline trailing off: it ends in an ellipsis, has no sentence ending inside (a
    /// paragraph's `… said Tuesday. And then...`), and sets its longer words capitalised
    /// (`titleCaseShare` at least `share`) or runs in capitals.
    static func isEllipsisHeadline(_ u: UnsafeBufferPointer<UInt8>, titleCaseShare share: Double) -> Bool {
        guard endsWithEllipsis(u), !hasInnerSentenceBreak(u) else { return false }
        return setsAsHeadline(u, titleCaseShare: share)
    }
}
