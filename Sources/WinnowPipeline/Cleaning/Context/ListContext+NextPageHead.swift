/// A `Read next` box that holds the next page itself. An endless-scroll portal loads the next
/// article under a `Read next` (`Up next`) label: its headline and dek, then its byline and time
/// stamp. Read as a link list, the headline and dek went to `metadata.links` and the article
/// opened headless under its byline, glued to the story above or titled by a stray line (portal:
/// g111, g112, g113, g102, g103). A rail's two titles are followed by another box or the page's
/// text, not by a byline and a stamp.
extension ListContext {
    /// Items `items` (closed by a blank line) are a headline over a dek, and the page's header
    /// furniture (a byline the rules kept, or a stripped time stamp) is among the first two lines
    /// after the gap under them: the next page's head, no list.
    static func isNextPageHead(_ items: [Int], in lines: [ClassifiedLine]) -> Bool {
        guard items.count == 2, case .body = lines[items[0]].kind, case .body = lines[items[1]].kind,
              lines.withContentBytes(items[0], LineText.ending(bytes:)) == .open,
              lines.withContentBytes(items[1], LineText.ending(bytes:)) == .sentence else { return false }
        var k = pastGap(items[1] + 1, in: lines), seen = 0
        while k < lines.count && seen < 2 {
            if lines[k].kind != .blank {
                if isByline(k, in: lines) { return true }
                if case .stripped(_, .timestamp?) = lines[k].kind { return true }
                seen += 1
            }
            k += 1
        }
        return false
    }
}
