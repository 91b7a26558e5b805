/// A message's signature under the `--` delimiter (RFC 3676's `-- `, as mail clients and lists
/// print it): the sender's name, title and number (`Raj Lindqvist` / `Regional Sales Manager` /
/// `(583) 555-1157`), up to a blank line, stripped as `email_signature` (a widget). A name-shaped
/// first line (a few words, ending open) is required: a lone `--` also sets off an article's
/// notes (`Note: Photo by …`), which are sentences.
enum EmailSignature {
    static let rule = "email_signature"
    /// A signature's lines at most, and words per line at most.
    private static let maxLines = 5
    private static let maxWords = 8
    private static let maxNameWords = 4

    static func apply(_ lines: inout [ClassifiedLine]) {
        var i = 0
        while i + 1 < lines.count {
            guard lines[i].kind != .blank, lines.withContentBytes(i, isDelimiter) else { i += 1; continue }
            var j = i + 1
            while j < lines.count, lines[j].kind != .blank, j - i <= maxLines, lines[j].words <= maxWords { j += 1 }
            let closed = j == lines.count || lines[j].kind == .blank
            guard closed, j > i + 1, j - i - 1 <= maxLines, isName(i + 1, lines) else { i += 1; continue }
            for k in (i + 1)..<j where lines[k].kind == .body {
                lines[k] = lines[k].with(kind: .stripped(rule: rule, role: .widget), detail: "a signature under its delimiter")
            }
            i = j
        }
    }

    /// `--` alone (a trailing space trimmed).
    private static func isDelimiter(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count == 2 && b[0] == UInt8(ascii: "-") && b[1] == UInt8(ascii: "-")
    }

    private static func isName(_ k: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard lines[k].words >= 1, lines[k].words <= maxNameWords else { return false }
        return lines.withContentBytes(k) { LineText.ending(bytes: $0) == .open }
    }
}
