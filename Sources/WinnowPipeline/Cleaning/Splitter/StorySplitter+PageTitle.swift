/// A page's title tag over a headline that adds a label to it. A scraped page may open with the
/// document title (`Obama: Russia Doesn't Share US Values :: Valley Post`) right over the headline
/// as the page prints it, with a label before it (`Liveticker: Obama: Russia Doesn't Share US
/// Values`, `Live updates: …`). The two differ by more than the site's name, so the title tag is
/// no repeat of the title (`StorySplitter+SiteSuffix.swift`); the planner starts the story at the
/// labelled headline and the title tag stays behind as a story of one line. A body line right over
/// a planned title (blank lines between) whose text before its ` | Site` suffix is the title, or
/// the title's end after a word break, is the page's title tag: it leaves the text.
extension StorySplitter {
    static let pageTitleRule = "page_title"

    /// Body lines that are a title tag over the planned title below them.
    static func pageTitlesAboveTitles(_ lines: [ClassifiedLine], plan: BoundaryPlanner.Plan) -> Set<Int> {
        var out = Set<Int>()
        for i in lines.indices {
            guard let start = plan.starts[i], start.isTitle, i > 0 else { continue }
            var k = i - 1
            while k > 0 && lines[k].kind == .blank { k -= 1 }
            guard case .body = lines[k].kind, plan.starts[k] == nil, lines[k].linkRule == nil,
                  lines[k].contentByteCount > lines[i].contentByteCount / 2 else { continue }
            if isTitleTag(k, naming: i, in: lines) { out.insert(k) }
        }
        return out
    }

    /// Line `t` is a page's title tag naming line `i`: its text before the site's name
    /// (`bareHeadlineEnd`) is line `i`'s (`exactly`), or ends line `i` after a space
    /// (`endsWithHeadline`: `Live updates: ` + the tag's headline).
    static func isTitleTag(_ t: Int, naming i: Int, in lines: [ClassifiedLine], exactly: Bool = false) -> Bool {
        lines.withContentBytes(t) { u in
            guard let end = bareHeadlineEnd(u) else { return false }
            let head = UnsafeBufferPointer(rebasing: u[..<end])
            return lines.withContentBytes(i) { exactly ? $0.elementsEqual(head) : endsWithHeadline($0, head) }
        }
    }

    /// `title` is `head`, or ends with it right after a space (`Live updates: ` + head).
    static func endsWithHeadline(_ title: UnsafeBufferPointer<UInt8>, _ head: UnsafeBufferPointer<UInt8>) -> Bool {
        guard head.count > 0, title.count >= head.count else { return false }
        let from = title.count - head.count
        guard from == 0 || title[from - 1] == 0x20 else { return false }
        return title[from...].elementsEqual(head)
    }
}
