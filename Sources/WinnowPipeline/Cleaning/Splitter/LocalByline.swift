/// A byline in another language (`Por Jane Doe`, `Von Anna Müller und Peter Schmidt | 3. März
/// 2024`, `Par Jean Dupont, envoyé spécial`, `Di Marco Rossi`, `Door Jan de Vries`, `Autor: Jan
/// Nowak`), which `Byline` reads as it reads `By Jane Doe`.
///
/// Stricter than the English shape (`By` and a capital): these words open prose in their languages
/// (`Von Anfang an …`, `Di Maio ha detto …`, `Par ailleurs …`, `Por la tarde …`), so the label is
/// followed by a name: one to five capitalised words, joined by a name's particles (`de`, `van`,
/// `der`, `del`, …) and the language's `and`, up to the line's end or a separator (`,` `|` `·` a
/// dash) or a digit (the date). German capitalises nouns, so `Von Anfang an dabei` fails on `an`.
enum LocalByline {
    /// Labels with the blank after them, their first letter upper case (the rest compared in ASCII
    /// lower case): a preposition meaning `by`, or a label and a colon.
    private static let labels: [[UInt8]] = ["por ", "von ", "par ", "di ", "door ", "av ", "autor: ", "autora: ",
                                            "auteur : ", "auteur: ", "autore: ", "autrice: ", "texto: ", "text: ",
                                            "reportage: ", "redacción: "].map { Array($0.utf8) }

    /// Lower-case words a name or a list of names holds (particles, `and`).
    private static let joiners: [[UInt8]] = ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le",
                                             "van", "von", "der", "den", "ter", "y", "e", "i", "et", "und", "en", "och",
                                             "og", "and"].map { Array($0.utf8) }

    /// Most words of the name part (names and joiners).
    static let maxNameWords = 8

    /// Whether `u` (a trimmed line's bytes) is such a byline.
    static func matches(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        // First letters of the labels (P V D A T R): most lines leave here. Italian sites print
        // `di Marco Rossi` in lower case too (a name must follow either way).
        guard u.count >= 6, u[0] == 0x50 || u[0] == 0x56 || u[0] == 0x44 || u[0] == 0x41 || u[0] == 0x54 || u[0] == 0x52
                || u[0] == 0x64 && u[1] == 0x69 && u[2] == 0x20,
              let label = ByteSearch.openingLabel(u, labels)
        else { return false }
        var k = label.count
        var capitals = 0, words = 0
        var lastWasJoiner = false
        while k < u.count {
            // One word: up to a blank, a comma or a bar.
            let start = k
            while k < u.count && u[k] != 0x20 && u[k] != 0x2C && u[k] != 0x7C { k += 1 }
            let word = UnsafeBufferPointer(rebasing: u[start..<k])
            guard !word.isEmpty else { break }
            let b = word[0]
            if b.isASCIIDigit || isDash(word) || b == 0xC2 && word.count == 2 && word[1] == 0xB7 { break }
            // A capital: A-Z, a Latin-1 capital (`Ö`, `É`), or another script's letter.
            if b.isASCIIUpper || b == 0xC3 && word.count > 1 && word[1] < 0xA0 || b >= 0xC4 && b <= 0xDF {
                capitals += 1
                lastWasJoiner = false
            } else if joiners.contains(where: { $0.count == word.count && ByteSearch.hasPrefixFoldingASCII(word, $0) }) {
                lastWasJoiner = true
            } else {
                return false
            }
            words += 1
            guard words <= maxNameWords else { return false }
            // The word's end: a separator closes the name, a blank goes on to the next word.
            if k < u.count && u[k] != 0x20 { break }
            k += 1
        }
        return capitals >= 1 && !lastWasJoiner
    }

    /// A dash alone as a word (`-`, `--`, `–`, `—`).
    private static func isDash(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        if w.allSatisfy({ $0 == 0x2D }) { return true }
        return w.count == 3 && w[0] == 0xE2 && w[1] == 0x80 && (w[2] == 0x93 || w[2] == 0x94)
    }
}
