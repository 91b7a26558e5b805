/// A news database's headline field (`HEADLINE: …`, Factiva's `HD  …`, a `Headline:` label; the
/// rule `headline_field` cut the label, the value stays as the line; or the label alone on the
/// line above its value): the export names the document's headline, so it titles the story
/// whatever line the plan opened the story at. An export prints other lines above it (the
/// `N of M DOCUMENTS` counter, the publication, the date line `August 2, 2013 Friday`, a search
/// summary, the last field of the document above): a story opened there took one of those as its
/// title. While the story has no text yet, the field takes the title back; a title that is itself
/// such a field keeps it (a second field is the next document's, for the plan to split).
extension StorySplitter {
    /// The clean rule that cuts a headline field's label (`Pipelines/news.yaml`).
    static let headlineFieldRule = "headline_field"

    /// Line `i` is a headline field's value: cut from its label by `headline_field`, or under a
    /// line that is a headline label alone (`HD`, `HEADLINE:`), blank lines between.
    static func isHeadlineField(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[i].kind else { return false }
        // A prefix-cut line is the only kind whose content is shorter than its text: the rule
        // name (a String) is read only there.
        if lines[i].contentByteCount < lines[i].textByteCount {
            return lines[i].detail.utf8.starts(with: headlineFieldDetail)
        }
        var j = i - 1
        while j >= 0 && j >= i - 3, case .blank = lines[j].kind { j -= 1 }
        guard j >= 0, lines[j].textByteCount <= maxLoneLabelBytes else { return false }
        return lines.withTextBytes(j) { isLoneHeadlineLabel($0) }
    }

    /// A headline label alone on its line: a tagged export's tag in capitals (`HD`, `HL`, `TI`),
    /// or a field name with its colon (`HEADLINE:`, `Headline:`, `Title:`).
    static func isLoneHeadlineLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var lo = 0, hi = u.count
        while lo < hi, u[lo] == 0x20 || u[lo] == 0x09 { lo += 1 }
        while hi > lo, u[hi - 1] == 0x20 || u[hi - 1] == 0x09 { hi -= 1 }
        let word = UnsafeBufferPointer(rebasing: u[lo..<hi])
        if loneTags.contains(where: { $0.elementsEqual(word) }) { return true }
        guard word.count > 1, word[word.count - 1] == UInt8(ascii: ":") else { return false }
        let name = UnsafeBufferPointer(rebasing: word[0..<(word.count - 1)])
        return labelNames.contains { $0.count == name.count && ByteSearch.hasPrefixFoldingASCII(name, $0) }
    }

    /// Text a story needs above a headline field for the field to open a story of its own: a
    /// paragraph's worth (the fields a story opened at are a few words each).
    static let minFieldSplitBytes = 240

    private static let headlineFieldDetail = Array((headlineFieldRule + ":").utf8)
    private static let maxLoneLabelBytes = 12
    /// Tags as tagged exports print them: capitals, exact (`Hd` or `ti` is a word, not a tag).
    private static let loneTags: [[UInt8]] = ["HD", "HL", "TI"].map { Array($0.utf8) }
    /// Field names, any case (lower-case ASCII; `hasPrefixFoldingASCII` folds the line).
    private static let labelNames: [[UInt8]] = ["headline", "title"].map { Array($0.utf8) }
}

extension StorySplitter.Pass {
    /// A headline field under the line a story opened at, while the story has no text yet: it
    /// takes the title, and the header below it is read as a headline's header. Under a story's
    /// text, with no start planned there, it opens the export's next document (the plan read the
    /// document above's trailer fields and this one's header as one story's lines); under a few
    /// short lines only (the fields a story opened at: no paragraph yet) it takes the title, as a
    /// story of those lines alone would be no story.
    mutating func takeFieldTitle(_ i: Int, key lineKey: UInt64) -> Bool {
        guard storyCount > 0, StorySplitter.isHeadlineField(i, in: lines) else { return false }
        if !current!.isOpening && current!.keptBytes >= StorySplitter.minFieldSplitBytes {
            guard plan.starts[i] == nil, continuing == nil else { return false }
            startStory(at: i, title: String(lines[i].content), key: lineKey)
            fate(i, .title)
            return true
        }
        if let h = current!.titleLine, h == i || StorySplitter.isHeadlineField(h, in: lines) { return false }
        retitle(at: i, key: lineKey)
        return true
    }
}

extension StorySplitter.Builder {
    /// Bytes of text kept so far (the runs and the open run), without the breaks between.
    var keptBytes: Int {
        var n = run == nil ? 0 : runEnd - runStart
        for r in body { n += r.end - r.start }
        return n
    }
}
