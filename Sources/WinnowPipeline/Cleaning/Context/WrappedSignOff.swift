/// A sign-off's wording inside a hard-wrapped paragraph is not the story's sign-off: an embedded
/// video's description carries the channel's whole footer (`… Fox News @ Night: http://…` /
/// `Follow Fox News on Facebook: https://www.facebook.com/FoxNews/ Follow` / `Fox News on Twitter:
/// https://… Follow Fox News on` / `Instagram: … 2020-07-10T12:20:17Z`), and the wrap can put
/// `Follow … on Facebook` at a line's start. Stripped, it cut the paragraph in two and left its
/// tail under it as a headline-shaped fragment (b4, x9101, x9103: the story's last paragraphs split
/// off under it).
///
/// The shape, not the wording: a stripped sign-off line with a content line right above that stops
/// open (no sentence end) and one right below (no blank between), itself stopping open, both it and
/// the line above as wide as a wrapped line (`minBytes`). A story's own sign-off (`Follow Jane Doe
/// on Twitter @janedoe`) opens its paragraph under a sentence's end, or stands alone before a blank
/// line; a short one (`Follow @TribuneOnline`) between a headline and its lede is the header's (w1).
enum WrappedSignOff {
    static let rule = "sign_off"
    /// Bytes a hard-wrapped line has at least (dumps wrap at 60 to 80 columns).
    static let minBytes = 40

    static func apply(_ lines: inout [ClassifiedLine]) {
        guard lines.count > 2 else { return }
        for i in 1..<(lines.count - 1) where lines[i].strippedRule == rule {
            guard case .body = lines[i - 1].kind, case .body = lines[i + 1].kind,
                  lines[i].content.utf8.count >= minBytes, lines[i - 1].content.utf8.count >= minBytes,
                  LineText.ending(lines[i - 1].content) == .open, LineText.ending(lines[i].content) == .open else { continue }
            lines[i] = lines[i].with(kind: .body, detail: "sign-off wording inside a wrapped paragraph (\(rule))")
        }
    }
}
