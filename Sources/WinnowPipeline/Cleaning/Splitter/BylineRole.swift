/// A byline that names the author and the author's job, not the paper: `Jane Doe, journaliste`,
/// `Marco Rossi, giornalista`, `Ana Silva | Redacción`, `Jane Doe, staff reporter`. Portals print
/// it under the headline in their own language, the job in lower case, which `isNameAndAgency`
/// (capitalised words after the comma) does not take. Kept as body, a hard-wrapped page's reflow
/// joined it to the headline above it as the headline's second line.
///
/// The name: two or three capitalised words (letters, `.`, `'`, `-`), not opening with a
/// headline's function word; then `, ` or ` | `; then the whole rest one of `roles` (ASCII case
/// folded). A headline does not end in a bare job title after a name.
enum BylineRole {
    /// Journalists' jobs and desks in the common languages, lower case.
    static let roles: [[UInt8]] = [
        "journalist", "journaliste", "periodista", "giornalista", "jornalista", "reporter", "reportera", "repórter",
        "reportère", "redactor", "redactora", "rédacteur", "rédactrice", "redakteur", "redakteurin", "redacteur",
        "redactrice", "correspondent", "corresponsal", "correspondant", "correspondante", "correspondente",
        "corrispondente", "korrespondent", "korrespondentin", "envoyé spécial", "envoyée spéciale", "enviado especial",
        "enviada especial", "inviato", "inviata", "staff writer", "staff reporter", "contributing writer",
        "redacción", "rédaction", "redaktion", "redazione", "redação", "redactie",
    ].map { Array($0.utf8) }

    /// Bytes inside a name's word: letters, `.`, `'`, `-`.
    private static let nameBytes = CapitalisedWords.bytes(0x41...0x5A, 0x61...0x7A, 0x80...0xFF, 0x2E...0x2E, 0x27...0x27, 0x2D...0x2D)

    static func isNameAndRole(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = u.first, first.isASCIIUpper || first >= 0xC0 else { return false }
        // The separator: the first `, ` or ` | `.
        var sep = -1, restStart = -1
        for k in 1..<u.count {
            let b = u[k]
            if b == 0x2C, k + 1 < u.count, u[k + 1] == 0x20 { sep = k; restStart = k + 2; break }
            if b == 0x7C, u[k - 1] == 0x20, k + 1 < u.count, u[k + 1] == 0x20 { sep = k - 1; restStart = k + 2; break }
        }
        guard sep > 0, restStart < u.count else { return false }
        let rest = UnsafeBufferPointer(rebasing: u[restStart...])
        guard roles.contains(where: { $0.count == rest.count && ByteSearch.hasPrefixFoldingASCII(rest, $0) }) else { return false }
        let name = UnsafeBufferPointer(rebasing: u[..<sep])
        guard !Byline.opensWithFunctionWord(name) else { return false }
        let words = CapitalisedWords.count(name, inner: nameBytes, limit: 3) ?? 0
        return words == 2 || words == 3
    }
}
