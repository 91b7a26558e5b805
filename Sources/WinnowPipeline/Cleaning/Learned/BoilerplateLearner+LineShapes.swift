/// The line shapes the learner's "embedded" test reads (see `BoilerplateLearner`'s summary): a
/// short label counts as embedded between prose-length lines only under a line that ends a
/// sentence (a subhead after a paragraph) or over a list (a box's heading over its bullets);
/// under a headline and over no list it is a link list's kicker, and is learned.
extension BoilerplateLearner {
    /// A section label or kicker ("National Security", "World"): at most three words and no
    /// closing punctuation (a short subhead between paragraphs has the same shape; what tells them
    /// apart is the line above, see `endsSentence`).
    static func isLabel(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words <= 3, lastMark(line) != nil else { return false }
        return !endsSentence(line)
    }

    /// A one-sentence paragraph (`Columnists In-depth political coverage, … and cultural commentary.`):
    /// six or more words closed by a full stop, not opening on a quotation mark. A subhead between
    /// paragraphs is a phrase or a question and ends on no full stop; a line of this shape that
    /// repeats across documents and outlets between ever different paragraphs is a site's blurb
    /// or promo set into the article, so being embedded does not keep it. A quote opens on its mark
    /// (`"I can't breathe," he said.` repeated across stories is reporting, not furniture).
    static func isSentenceParagraph(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words >= 6, lastMark(line) == 0x2E else { return false }
        let rest = UnsafeBufferPointer(rebasing: line[LineText.leadingBlankCount(line)...])
        guard let first = rest.first else { return false }
        // `"`, `'`, and the curly quotes and guillemets (`“ ‘ «`: E2 80 9C / E2 80 98, C2 AB).
        if first == 0x22 || first == 0x27 { return false }
        if rest.count >= 3, rest[0] == 0xE2, rest[1] == 0x80, rest[2] == 0x9C || rest[2] == 0x98 { return false }
        if rest.count >= 2, rest[0] == 0xC2, rest[1] == 0xAB { return false }
        return true
    }

    /// Whether a line closes a sentence (`.`, `?`, `!`, `:` before closing quotes and brackets):
    /// a paragraph does, a headline rarely.
    static func endsSentence(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b = lastMark(line) else { return false }
        return b == 0x2E || b == 0x3F || b == 0x21 || b == 0x3A
    }

    /// Whether a line opens with a list marker and a blank: `- `, `* `, `· `, `– ` or a symbol
    /// bullet (`• `, `▪ `, `▸ `, … see `BoundaryScorer.startsWithSymbolBullet`), after any indent.
    /// The one bullet test of the learner (a label over a list is a box's heading) and of
    /// `ListContext` (where a bulleted link list stops): one set, so a site's bullet is a bullet
    /// to both. The en dash is a list marker on many European sites.
    static func opensList(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let rest = UnsafeBufferPointer(rebasing: line[LineText.leadingBlankCount(line)...])
        guard rest.count >= 2 else { return false }
        if (rest[0] == 0x2D || rest[0] == 0x2A) && rest[1] == 0x20 { return true }
        if rest.count >= 3, rest[0] == 0xC2, rest[1] == 0xB7, rest[2] == 0x20 { return true }
        if rest.count >= 4, rest[0] == 0xE2, rest[1] == 0x80, rest[2] == 0x93, rest[3] == 0x20 { return true }
        return BoundaryScorer.startsWithSymbolBullet(rest)
    }

    /// The line's last byte that is not space, a quote, a closing bracket or a non-ASCII byte
    /// (curly quotes).
    @inline(__always)
    static func lastMark(_ line: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var i = line.count - 1
        while i >= 0, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D || line[i] == 0x22 || line[i] == 0x27
                || line[i] == 0x29 || line[i] == 0x5D || line[i] >= 0x80 { i -= 1 }
        return i >= 0 ? line[i] : nil
    }

    /// "Why?", "Thank you.", "Wow.": a few words closed like a sentence are dialogue or a quote's
    /// reply, common across documents yet content; furniture rarely ends so.
    /// A field (`Abstract: None available.`, `Summary: n/a.`) is no utterance: its first word ends
    /// on a colon.
    static func isShortUtterance(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words <= 3, !opensWithField(line) else { return false }
        var i = line.count - 1
        while i >= 0, line[i] == 0x20 || line[i] == 0x22 || line[i] == 0x27 || line[i] == 0x29 || line[i] >= 0x80 { i -= 1 }
        guard i >= 0 else { return false }
        return line[i] == 0x2E || line[i] == 0x3F || line[i] == 0x21
    }

    /// Whether the line opens with a field's label (`FieldLine.Shape.firstWord`): a first word of
    /// three or more bytes, capital then some lower case, ending on a colon and a blank
    /// (`Abstract: …`). Not a transcript's turn (`Q: Why?`, `TRUMP: Thank you.`): short or in capitals.
    static func opensWithField(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        FieldLine.capitalLabelColon(line, from: LineText.leadingBlankCount(line), .firstWord) > 0
    }
}
