/// A message board's post header: the post's number alone on a line (`#2`), the poster's name
/// under it and the poster's fields under that (`Join Date: Jan 2009`, `Posts: 1,234`), stripped
/// as `forum_post` (a widget). A post numbered 2 or more is a reply, not the thread's opening
/// post (whose text is the shared article): its text and signature, up to the post's button row
/// (`Reply With Quote`, stripped by `forum_widget`), are stripped too, as a comment's are.
///
/// The header needs the number, the name and at least one field: a list's `#1` over an item's
/// title has no field lines under it. A reply's text is taken only when a button row closes it
/// within a few short lines: without one, where the reply ends (and the next thread's title
/// begins) is not known.
enum ForumPostHeader {
    static let rule = "forum_post"
    /// The poster's fields under the name: at most this many, each this short.
    private static let maxFields = 5
    private static let maxFieldWords = 6
    /// A reply's kept lines (text, signature) at most, each at most `maxReplyWords` words.
    private static let maxReplyLines = 5
    private static let maxReplyWords = 60

    static func apply(_ lines: inout [ClassifiedLine]) {
        var i = 0
        while i + 2 < lines.count {
            guard let number = postNumber(i, lines), isName(i + 1, lines) else { i += 1; continue }
            var j = i + 2
            while j < lines.count, j - i - 2 < maxFields, lines[j].kind != .blank, lines[j].words <= maxFieldWords,
                  lines.withContentBytes(j, isField) { j += 1 }
            guard j > i + 2 else { i += 1; continue }
            for k in i..<j { lines[k] = lines[k].with(kind: .stripped(rule: rule, role: .widget), detail: "a board post's header") }
            if number >= 2 { stripReply(from: j, &lines) }
            i = j
        }
    }

    /// The reply's text and signature from `from` to the button row closing it.
    private static func stripReply(from: Int, _ lines: inout [ClassifiedLine]) {
        var kept: [Int] = []
        var j = from
        while j < lines.count {
            switch lines[j].kind {
            case .blank: break
            case .body:
                guard kept.count < maxReplyLines, lines[j].words <= maxReplyWords, postNumber(j, lines) == nil else { return }
                kept.append(j)
            case .stripped(let r, _):
                // A separator over a signature is passed; a button row closes the post.
                if r == "forum_widget" {
                    for k in kept { lines[k] = lines[k].with(kind: .stripped(rule: rule, role: .widget), detail: "a reply's text") }
                    return
                }
            }
            j += 1
        }
    }

    /// `#` and one to five digits alone on the line: the post's number.
    private static func postNumber(_ k: Int, _ lines: [ClassifiedLine]) -> Int? {
        // (The opening post's number may be stripped already, as furniture under the thread title.)
        guard lines[k].kind != .blank else { return nil }
        return lines.withContentBytes(k) { b -> Int? in
            guard b.count >= 2, b.count <= 6, b[0] == UInt8(ascii: "#") else { return nil }
            var n = 0
            for c in b.dropFirst() {
                guard c >= 48, c <= 57 else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
    }

    /// The poster's name or handle: a short kept line of one to three words, ending open.
    private static func isName(_ k: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard lines[k].kind != .blank, lines[k].words >= 1, lines[k].words <= 3 else { return false }
        return lines.withContentBytes(k) { $0.count <= 40 && LineText.ending(bytes: $0) == .open }
    }

    /// `Label: value` with a label of one or two words and a short value (`Join Date: Jan 2009`).
    private static func isField(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = b.prefix(20).firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 2 < b.count,
              b[colon + 1] == UInt8(ascii: " ") else { return false }
        let spaces = b[0..<colon].reduce(0) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }
        return spaces <= 1
    }
}
