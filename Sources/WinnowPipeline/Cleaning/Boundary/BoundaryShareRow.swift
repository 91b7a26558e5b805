/// A headline-less lede under a share row alone (`share_row_edge`): a paragraph that ended, then
/// only a page's sharing and following buttons (`Share`, `Tweet` / `Email`, `Short Url`, `Follow
/// us on Twitter …`, `Comments (12)`), then prose. Sites print those rows in an article's header
/// (under its headline and byline) or under its last paragraph, not between its paragraphs, where
/// an ad slot, a scroll cue or a newsletter box sits instead (`Advertisement`, `Story continues
/// below`, `Sign up for …`: other widgets, no share row). Dumps of stories without headlines glue
/// pages with nothing but that row between them. A site's navigation row (`Home | World |
/// Politics`) tops a page the same way; `Back to top` closes one, but a portal also sets it
/// between an article's sections, so it joins a row and makes none alone.
///
/// Weak evidence still, as one page edge alone (`BoundaryLoneEdge.swift`): a site may set a share
/// row at a section break, so the weight is set so that only a topic shift across the row
/// (cohesion under `topic_shift_below`) makes a start. Which widgets are buttons is read from the
/// line's words, not from the rule that stripped it: the widget family strips both kinds.
extension BoundaryScorer {
    /// Every stripped line between body line `i` and the paragraph above it (blanks skipped) is a
    /// widget: a share or follow button, a navigation row or `Back to top`, with at least one
    /// button or navigation row.
    func isShareRowBlock(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        guard weights[.shareRowEdge] != 0 else { return false }
        var j = i - 1, buttons = 0
        while j >= 0 {
            switch lines[j].kind {
            case .blank: break
            case .body: return buttons > 0
            case .stripped(_, let role):
                guard role == .widget else { return false }
                if lines.withContentBytes(j, Self.isShareButton) { buttons += 1 }
                // `Back to top` closes a page, but a portal sets it between an article's sections
                // too: it joins a row, it makes none alone.
                else if !lines.withContentBytes(j, { ByteSearch.hasPrefixFoldingASCII($0, Self.backToTop) && $0.count == Self.backToTop.count }) { return false }
            }
            j -= 1
        }
        return false
    }

    /// Line bytes `u` open with a share or follow button's word (ASCII, case folded), the word
    /// ending the line or followed by a space, colon, parenthesis or `!`: `Share`, `Share this:`,
    /// `Tweet`, `Email`, `Facebook`, `Short Url`, `Copy link`, `Follow us on …`, `Comments (31)`.
    /// Not `Shares of …` or `Printing …`: the word must end where the list's word ends. Not a
    /// sentence (`Share this quiz on social media to see how your score compares.`): an article's
    /// own call to share, which it prints above its last part as often as under it.
    static func isShareButton(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        if u.last == 0x2E { return false }
        if isNavigationRow(u) { return true }
        for word in shareButtonWords where ByteSearch.hasPrefixFoldingASCII(u, word) {
            if u.count == word.count { return true }
            let next = u[word.count]
            if next == 0x20 || next == 0x3A || next == 0x28 || next == 0x21 { return true }
        }
        return false
    }

    static let backToTop = Array("back to top".utf8)

    /// Words of sharing and following buttons, ASCII lower case.
    static let shareButtonWords: [[UInt8]] = [
        "share", "tweet", "email", "e-mail", "print", "follow us", "like us", "short url", "short link",
        "copy link", "link copied", "comments", "facebook", "twitter", "linkedin", "whatsapp", "reddit",
        "pinterest", "gift article", "gift this article", "save",
    ].map { Array($0.utf8) }

    /// A site's navigation row (`Home | World | Politics | Business`): three or more items joined
    /// by ` | `, none longer than three words. The top of a page, as a share row is.
    static func isNavigationRow(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        // Words of the current item: a space not next to a pipe starts one.
        var pipes = 0, words = 1, k = 0
        while k < u.count {
            if u[k] == 0x7C { pipes += 1; words = 1 }
            else if u[k] == 0x20 && k + 1 < u.count && u[k + 1] != 0x7C && (k == 0 || u[k - 1] != 0x7C) { words += 1; if words > 3 { return false } }
            k += 1
        }
        return pipes >= 2
    }
}
