/// A forwarded or shared e-mail's header block: a run of two or more `Field: value` lines (no
/// blank between) naming a sender (`From:`, `Von:`, `De:`) and a recipient, subject or date
/// (RFC 5322's fields, as mail clients print them), with the mbox envelope line (`From addr  date`)
/// or a forward banner (`---------- Forwarded message ---------`, `-----Original Message-----`)
/// right above it. The block is the message's envelope, not the article: stripped as
/// `email_header` (a widget), which also makes it a record edge.
///
/// The subject carries the article's headline (`Subject: Fwd: X`), so the first block of a chain
/// (blocks with nothing but a short note between, as a forward nests the original's header under
/// the sender's) keeps its `Subject:` line as the story's title; the nested blocks' subjects go.
/// The sender's note between a chain's blocks goes too (it is `optional` prose at most, and a
/// short line right over the forward read as the headline). Left for a run that holds no sender: `Date:` over `Source:` is an article's own fields.
enum EmailHeader {
    static let rule = "email_header"
    /// A note between two blocks of one chain: at most this many kept lines of this many words.
    private static let maxNoteLines = 4
    private static let maxNoteWords = 30
    /// A field label is at most this many bytes before its colon.
    private static let maxLabelBytes = 10

    private enum Field { case sender, subject, other }

    /// Field labels, lower case (ASCII letters are folded before the lookup).
    private static let senders: [[UInt8]] = ["from", "von", "de"].map { Array($0.utf8) }
    private static let subjects: [[UInt8]] = ["subject", "betreff", "objet", "asunto", "assunto"].map { Array($0.utf8) }
    private static let others: [[UInt8]] = ["to", "cc", "bcc", "date", "sent", "reply-to", "an", "datum", "gesendet",
                                            "à", "envoyé", "para", "fecha", "enviado", "data", "enviada"].map { Array($0.utf8) }

    static func apply(_ lines: inout [ClassifiedLine]) {
        var i = 0
        var chainEnd = -1  // last line of the previous block of the current chain, or -1
        while i < lines.count {
            guard lines[i].kind != .blank, let f0 = field(i, lines) else { i += 1; continue }
            var j = i, sender = false, subjectLine = -1
            var f: Field? = f0
            while let g = f {
                if g == .sender { sender = true }
                if g == .subject, subjectLine < 0 { subjectLine = j }
                j += 1
                f = j < lines.count && lines[j].kind != .blank ? field(j, lines) : nil
            }
            guard j - i >= 2, sender else { i = j; continue }
            let chained = chainEnd >= 0 && noteOnly(chainEnd + 1, i, lines)
            for k in i..<j where k != subjectLine || chained {
                strip(k, &lines, "message header field")
            }
            // The sender's note between the chain's blocks (`Passing this along.` / `Lena`): a
            // short line right over the forward reads as the story's headline, not the subject.
            if chained {
                for k in (chainEnd + 1)..<i where lines[k].kind == .body { strip(k, &lines, "the sender's note over the forward") }
            }
            // The envelope or forward banner right above the block.
            if i > 0, lines[i - 1].kind != .blank, lines.withContentBytes(i - 1, isEnvelopeOrBanner) {
                strip(i - 1, &lines, "message envelope over its header")
            }
            chainEnd = j - 1
            i = j
        }
    }

    private static func strip(_ k: Int, _ lines: inout [ClassifiedLine], _ detail: String) {
        lines[k] = lines[k].with(kind: .stripped(rule: rule, role: .widget), detail: detail)
    }

    /// Lines `from..<to` hold only a short note (and blanks, stripped lines): the same chain.
    private static func noteOnly(_ from: Int, _ to: Int, _ lines: [ClassifiedLine]) -> Bool {
        var kept = 0
        for k in from..<to {
            guard case .body = lines[k].kind else { continue }
            if lines.withContentBytes(k, isEnvelopeOrBanner) { continue }
            kept += 1
            if kept > maxNoteLines || lines[k].words > maxNoteWords { return false }
        }
        return true
    }

    /// Line `k`'s field kind when it reads `Label: value` with a message field's label.
    private static func field(_ k: Int, _ lines: [ClassifiedLine]) -> Field? {
        // The line as read: a prefix family cut `Betreff:` off the content of a board's title line.
        lines.withTextBytes(k) { t -> Field? in
            let lead = t.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
            let b = UnsafeBufferPointer(rebasing: t[lead...])
            guard b.count > 3, let colon = b.prefix(maxLabelBytes + 1).firstIndex(of: UInt8(ascii: ":")), colon > 0,
                  colon + 1 < b.count, b[colon + 1] == UInt8(ascii: " ") || b[colon + 1] == UInt8(ascii: "\t") else { return nil }
            let label = b[0..<colon]
            func matches(_ set: [[UInt8]]) -> Bool {
                set.contains { w in
                    w.count == label.count && zip(w, label).allSatisfy { $0 == ($1 >= 65 && $1 <= 90 ? $1 | 0x20 : $1) }
                }
            }
            if matches(senders) { return .sender }
            if matches(subjects) { return .subject }
            if matches(others) { return .other }
            return nil
        }
    }

    /// `From addr@host  date` (an mbox envelope) or a line of dashes around a few words (a forward
    /// or reply banner: `---------- Forwarded message ---------`, `-----Original Message-----`).
    static func isEnvelopeOrBanner(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let dash = UInt8(ascii: "-")
        if b.count >= 10, b.prefix(3).allSatisfy({ $0 == dash }), b.suffix(3).allSatisfy({ $0 == dash }) { return true }
        let from = Array("From ".utf8)
        guard b.count > from.count + 3, b.prefix(from.count).elementsEqual(from) else { return false }
        // The envelope's second word is an address (no spaces, an `@`).
        var k = from.count, at = false
        while k < b.count, b[k] != UInt8(ascii: " ") { if b[k] == UInt8(ascii: "@") { at = true }; k += 1 }
        return at && k < b.count
    }
}
