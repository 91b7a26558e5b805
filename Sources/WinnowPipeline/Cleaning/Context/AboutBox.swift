/// A press release's company boilerplate: `About <Name>` alone on its line over a paragraph that
/// opens with that name (`About Meridian` / `Meridian Policy Group LLC is a … organization based in
/// Seattle. For more information, visit …`). Every wire (PR Newswire, Business Wire, GlobeNewswire)
/// closes a release so; the paragraph is the issuer's, not the story's. Both are stripped as
/// `about_box` (a trailer: the release ended). The name must come back at the paragraph's start:
/// a subhead `About the plan` over the article's own prose does not.
enum AboutBox {
    static let rule = "about_box"
    /// Words of the name after `About`.
    private static let nameWords = 1...6
    /// Paragraphs under the heading that open with the name, at most.
    private static let maxParagraphs = 3

    static func apply(_ lines: inout [ClassifiedLine]) {
        var i = 0
        while i < lines.count {
            guard case .body = lines[i].kind, nameWords.contains(lines[i].words - 1),
                  let name = lines.withContentBytes(i, nameAfterAbout) else { i += 1; continue }
            var j = i + 1, taken: [Int] = []
            while j < lines.count, taken.count < maxParagraphs {
                if case .blank = lines[j].kind { j += 1; continue }
                guard case .body = lines[j].kind,
                      lines.withContentBytes(j, { opens($0, with: name) && LineText.ending(bytes: $0) == .sentence }) else { break }
                taken.append(j)
                j += 1
            }
            guard !taken.isEmpty else { i += 1; continue }
            strip(&lines[i], detail: "about box: its heading")
            for t in taken { strip(&lines[t], detail: "about box: the issuer's paragraph under it") }
            i = j
        }
    }

    /// The name's first word after `About ` (capitalised, no closing mark on the line), or nil.
    static func nameAfterAbout(_ u: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let s = LineText.leadingBlankCount(u)
        guard u.count > s + head.count + 1, u[s..<(s + head.count)].elementsEqual(head) else { return nil }
        let from = s + head.count
        guard u[from].isASCIIUpper || u[from] >= 0xC3 else { return nil }
        if let last = BoilerplateLearner.lastMark(u), last == 0x2E || last == 0x3F || last == 0x21 || last == 0x3A { return nil }
        var e = from
        while e < u.count, u[e] != 0x20, u[e] != 0x2C { e += 1 }
        // `About Us`, `About the …`: a page's section, not a name the paragraph repeats.
        guard e - from >= 3 else { return nil }
        return Array(u[from..<e])
    }

    /// Whether the line opens with `name` followed by a blank or punctuation.
    /// Made once: `nameAfterAbout` runs on every short body line.
    private static let head = Array("About ".utf8)

    static func opens(_ u: UnsafeBufferPointer<UInt8>, with name: [UInt8]) -> Bool {
        let s = LineText.leadingBlankCount(u)
        guard u.count > s + name.count, u[s..<(s + name.count)].elementsEqual(name) else { return false }
        let after = u[s + name.count]
        return !(after.isASCIILetter || after.isASCIIDigit)
    }

    private static func strip(_ line: inout ClassifiedLine, detail: String) {
        line = line.with(kind: .stripped(rule: rule, role: .trailer), detail: detail)
    }
}
