/// An update note without a label (`This article was updated on May 3 to include a response from
/// …`, `This story has been corrected to show …`): the newsroom adds it under the story's last
/// paragraph, so it ends a story as the other sign-offs do. Under a trailer (a print jump,
/// `Please see BLOOMBERG on B2`) and page furniture it was read as the lede of a page of its own,
/// which then took the next page's headline, teaser and lede into it.
extension SignOff {
    /// `This article was updated`, `This story has been corrected`, … as the line's opening.
    /// A correction set without its label (`An earlier version of this article incorrectly
    /// described …`) is the same note, under the same last paragraph.
    private static let updateNoteOpenings: [[UInt8]] = ["article", "story", "post", "report"].flatMap { noun in
        ["was", "has been"].flatMap { verb in
            ["updated", "corrected"].map { Array("This \(noun) \(verb) \($0)".utf8) }
        } + [Array("An earlier version of this \(noun) ".utf8)]
    }

    /// The line opens with an update note's words.
    static func isUpdateNote(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        // The first byte turns away nearly every line before the openings are compared.
        guard u.count > 20, u[0] == 0x54 || u[0] == 0x41 else { return false }
        return updateNoteOpenings.contains { hasPrefix(u, $0) }
    }
}
