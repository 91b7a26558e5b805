/// A live blog's entry author: the reporter's name alone on the line right under an entry's
/// time stamp (`10:42 GMT` / `Jane Doe` / the entry's prose), stripped as `live_author` (to
/// metadata `bylines`). A live page prints it over every entry by another hand; kept, it sits in
/// the text as a one-line paragraph of two or three words, and reads as a subhead or a headline.
///
/// Only between a stripped clock alone on its line (`live_entry`'s `10:42 GMT`, widget's `02:20`)
/// and a line of prose: a name (`AuthorBox.isNameLine`, two or three words), nothing else. A
/// subhead under a stamp (`Senate Votes`) is a name's shape too, but live pages set their
/// subheads over the stamp, not under it; a sentence naming the person goes on past the name.
enum LiveEntryAuthor {
    static let rule = "live_author"
    /// Words of the entry's prose below the name at least (a paragraph, not another label).
    static let minProseWords = 8

    /// Runs over every block: a live page's stamp may be any family's (a bare `02:20` is the
    /// widget family's), so no flag tells where one was stripped; the word count turns nearly
    /// every line away first.
    static func apply(_ lines: inout [ClassifiedLine]) {
        guard lines.count > 2 else { return }
        for i in 1..<(lines.count - 1) {
            guard lines[i].words == 2 || lines[i].words == 3, case .body = lines[i].kind,
                  case .stripped = lines[i - 1].kind, lines[i - 1].words <= 3,
                  case .body = lines[i + 1].kind, lines[i + 1].words >= minProseWords,
                  lines.withContentBytes(i - 1, BoundaryScorer.isClockStamp),
                  lines.withContentBytes(i, AuthorBox.isNameLine) else { continue }
            let name = String(lines[i].content)
            lines[i] = lines[i].with(kind: .stripped(rule: rule, role: .widget), detail: "live blog entry's author under its time stamp")
            lines[i].metadata = ["bylines": .array([.string(name)])]
        }
    }
}
