/// A headline that repeats the tail of a labelled title a few lines above (`Op-ed by Jane Doe: We
/// must fix the harbour` … `We must fix the harbour`, with its own outlet, date and byline under
/// it): a piece reprinted under its own intro note (`The full text of the op-ed is printed
/// below.`). The inner header is the reprint's, the story the one the labelled title opened; the
/// label (`Op-ed by …:`, `Full text:`, `Read:`) is what a page sets before a piece it carries whole.
/// Only close above (a note's worth of words between): a later story on a topic a title once
/// named is farther down.
extension BoundaryPlanner {
    /// Lines looked at above, and body words between at most (an intro note, a summary box).
    static let titleTailLookback = 40
    static let titleTailMaxWordsBetween = 120

    static func repeatsTitleTail(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard lines[i].words >= 3 else { return false }
        var words = 0
        var j = i - 1
        while j >= 0 && j >= i - titleTailLookback && words <= titleTailMaxWordsBetween {
            // Kept lines only: a stripped related link (`READ MORE: <headline>`) promotes the story
            // that may follow it.
            if case .body = lines[j].kind {
                if lines[j].words > lines[i].words && lines.withContentBytes(i, { tail in
                    lines.withContentBytes(j) { Self.endsWithLabelled(tail, $0) } }) { return true }
                words += lines[j].words
            }
            j -= 1
        }
        return false
    }

    /// `title` is `<label>: <tail>` (ASCII case folded).
    static func endsWithLabelled(_ tail: UnsafeBufferPointer<UInt8>, _ title: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = tail.count, m = title.count
        guard n > 0, m >= n + 3 else { return false }
        for k in 0..<n where tail[k] | 0x20 != title[m - n + k] | 0x20 { return false }
        return title[m - n - 1] == 0x20 && title[m - n - 2] == UInt8(ascii: ":")
    }
}
