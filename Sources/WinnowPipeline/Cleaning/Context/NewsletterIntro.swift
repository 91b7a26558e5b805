/// An e-mail newsletter issue's head, kept in an archive of its issues: the name in
/// capitals, a greeting ("Hi there,", "Good morning.") and a one-line intro ("Here is what you
/// need to know today"), signed by the editor with a dashed sign-off ("-- Jane Doe, editor",
/// `newsletter_trailer`). Kept, the lines read as a story of their own (or the name titles the
/// first item). The sign-off is what tells them: short lines at the very top of the text, above
/// an editor's dashed sign-off, are the note, not an item. Stripped as `newsletter_intro`.
///
/// Only at the text's top (no long line above the sign-off, at most `maxLines` kept lines, each
/// short): an item signed off the same way further down, or a letter from the editor with
/// paragraphs, keeps its lines.
enum NewsletterIntro {
    static let rule = "newsletter_intro"
    /// The family whose dashed pattern is the editor's sign-off.
    static let signOffRule = "newsletter_trailer"
    /// How far down the sign-off may sit (the web-view links, the name, the date, the greeting,
    /// the intro and the blanks between them).
    static let window = 16
    static let maxLines = 5
    /// A kept line of the note is a short line, not a paragraph.
    static let maxBytes = 160

    static func apply(_ lines: inout [ClassifiedLine]) {
        let n = min(lines.count, window)
        var kept: [Int] = []
        for i in 0..<n {
            switch lines[i].kind {
            case .blank: continue
            case .body:
                guard kept.count < maxLines, lines[i].contentByteCount <= maxBytes else { return }
                kept.append(i)
            case .stripped(let r, _):
                guard r == signOffRule else { continue }
                // The dashed sign-off, not an item's read-more button of the same family.
                guard !kept.isEmpty, lines.withContentBytes(i, { opensWithDash($0) }) else { return }
                for j in kept {
                    lines[j] = lines[j].with(kind: .stripped(rule: rule, role: .widget),
                                             detail: "the issue's note above its editor's sign-off")
                }
                return
            }
        }
    }

    /// `--`, an em or an en dash.
    private static func opensWithDash(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let f = u.first else { return false }
        if f == 0x2D { return u.count > 1 && u[1] == 0x2D }
        return f == 0xE2 && u.count > 2 && u[1] == 0x80 && (u[2] == 0x94 || u[2] == 0x93)
    }
}
