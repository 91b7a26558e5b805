/// An editor's note or correction in a story's text (`Correction: An earlier version of this
/// story misstated …`, `Editor's note: This story was updated …`). The newsroom writes it for the
/// story, and it is the story's text, but its wording is a desk's template: the same sentence
/// comes back in many stories of many sites, and the learner counts it like page furniture. A
/// learned line that opens with such a label stays (the line rules still see it).
enum EditorsNote {
    /// Labels in ASCII lower case, with the colon (the apostrophe straight or curly).
    private static let labels: [[UInt8]] = [
        "correction:", "corrections:", "clarification:", "editor's note:", "editor’s note:", "editors' note:",
        "editors’ note:", "note from the editor:", "rectificación:", "rectification :", "rectificatif :",
        "berichtigung:", "korrektur:", "correzione:", "correção:",
    ].map { Array($0.utf8) }

    /// `u` (a trimmed line) opens with an editor's label. Asked only of lines the learner would
    /// strip, so its cost is off the hot path.
    static func opens(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let f = u.first, f == 0x43 || f == 0x63 || f == 0x45 || f == 0x65 || f == 0x4E || f == 0x6E
                || f == 0x52 || f == 0x72 || f == 0x42 || f == 0x62 || f == 0x4B || f == 0x6B else { return false }
        return labels.contains { u.count > $0.count && ByteSearch.hasPrefixFoldingASCII(u, $0) }
    }

    /// A correction's labels: set under the story's last paragraph (an editor's note opens a story
    /// as often: `Editor's note: The following column first appeared in …`).
    private static let correctionLabels: [[UInt8]] = [
        "correction:", "corrections:", "clarification:", "rectificación:", "rectification :", "rectificatif :",
        "berichtigung:", "korrektur:", "correzione:", "correção:",
    ].map { Array($0.utf8) }

    /// `u` opens with a correction's label (`opens`, but not an editor's note).
    static func opensCorrection(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let f = u.first, f == 0x43 || f == 0x63 || f == 0x52 || f == 0x72 || f == 0x42 || f == 0x62 || f == 0x4B || f == 0x6B
        else { return false }
        return correctionLabels.contains { u.count > $0.count && ByteSearch.hasPrefixFoldingASCII(u, $0) }
    }
}
