/// An editor's note or correction in a story's text (`Correction: An earlier version of this
/// story misstated …`, `Editor's note: This story was updated …`). The newsroom writes it for the
/// story, and it is the story's text, but its wording is a desk's template: the same sentence
/// comes back in many stories of many sites, and the learner counts it like page furniture. A
/// learned line that opens with such a label stays (the line rules still see it).
enum EditorsNote {
    /// A correction's labels, in ASCII lower case with the colon: set under the story's last
    /// paragraph.
    private static let correctionLabels = OpeningLabels([
        "correction:", "corrections:", "clarification:", "rectificación:", "rectification :", "rectificatif :",
        "berichtigung:", "korrektur:", "correzione:", "correção:",
    ].map { Array($0.utf8) })

    /// An editor's note's labels (the apostrophe straight or curly): it opens a story as often
    /// (`Editor's note: The following column first appeared in …`).
    private static let noteLabels = OpeningLabels([
        "editor's note:", "editor’s note:", "editors' note:", "editors’ note:", "note from the editor:",
    ].map { Array($0.utf8) })

    /// `u` (a trimmed line) opens with an editor's label: a correction's or a note's. Asked only of
    /// lines the learner would strip, so its cost is off the hot path.
    static func opens(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        opensCorrection(u) || opens(u, with: noteLabels)
    }

    /// `Editor's note` (either apostrophe, `note` in any case) as the line's first words, then a
    /// colon, a space or a comma: the note a page sets between its header and the lede
    /// (`BoundaryEditorsNote.swift`), with or without its colon.
    static func opensNote(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        for p in noteForms where u.count > p.count {
            if zip(p, u).allSatisfy({ a, b in a == b || (a | 0x20) == (b | 0x20) && a >= 0x41 }) {
                let next = u[p.count]
                return next == 0x3A || next == 0x20 || next == 0x2C
            }
        }
        return false
    }

    /// `u` is an editor's note label and nothing more (`Editor's Note:`, trailing blanks allowed): it
    /// announces the line below it (`BoundaryEditorsNote.swift`).
    static func isBareNote(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var e = u.count
        while e > 0 && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
        if e > 0 && u[e - 1] == 0x3A { e -= 1 }
        return noteForms.contains { p in
            p.count == e && zip(p, u).allSatisfy { a, b in a == b || (a | 0x20) == (b | 0x20) && a >= 0x41 }
        }
    }

    /// The words `opensNote` reads, as set (the apostrophe straight or curly).
    private static let noteForms: [[UInt8]] = [Array("Editor's note".utf8), Array("Editor\u{2019}s note".utf8)]

    /// `u` opens with a correction's label (not an editor's note).
    static func opensCorrection(_ u: UnsafeBufferPointer<UInt8>) -> Bool { opens(u, with: correctionLabels) }

    /// A label, and more after it.
    private static func opens(_ u: UnsafeBufferPointer<UInt8>, with labels: OpeningLabels) -> Bool {
        ByteSearch.openingLabel(u, labels) != nil
    }
}
