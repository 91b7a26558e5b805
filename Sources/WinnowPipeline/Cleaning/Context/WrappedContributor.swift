/// The head of a contributor line that hard-wrapping (or a scraper's line cut) carried onto a line
/// of its own: `Associated Press writers Jane Roe in Milwaukee and` over `John Doe in Washington
/// contributed to this report.`. The `contributor` family strips the tail by its suffix; the head
/// stays as a short, open-ended, capitalised line between trailers, which the splitter read as a
/// headline and opened a story of a few furniture lines at. Stripped with its tail. Only under
/// a closing credit (`… contributed to this report.`): the family's byline forms (`Written by
/// Jane Doe`) sit under a headline, which stops open too.
///
/// The shape, not a wording: the line right above a stripped contributor line (no blank between)
/// that stops open inside a list of names (`cutInList`) and is short. A prose paragraph's last line ends
/// its sentence; a line of prose wrapped above a credit-shaped tail (`… whose research` / `contributed
/// to this report`) is refused by asking the tail to open capitalised, as a name does.
enum WrappedContributor {
    static let rule = "contributor"
    /// A contributor line's head: names and places, a few words.
    static let maxWords = 16

    /// Words a list of names and places is cut after (`… in Milwaukee and`, `… Kevin Freking in`).
    private static let joiners = ["and", "in", "of", "at", "from", "with", "for", "&"].map { Array($0.utf8) }
    private static let and = Array(" and ".utf8)

    /// The line stops inside a list of contributors: on a joining word, or on a name after an
    /// `and` (`… Sarah Sarder and Cassandra` / `Jaramillo contributed …`). A credit complete on its
    /// own line (`— With assistance by Jane Doe`) over another one stays as it was.
    static func cutInList(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = u.count
        while end > 0, u[end - 1] == 0x20 || u[end - 1] == 0x2C { end -= 1 }
        var start = end
        while start > 0, u[start - 1] != 0x20 { start -= 1 }
        let last = UnsafeBufferPointer(rebasing: u[start..<end])
        if joiners.contains(where: { $0.elementsEqual(last) }) { return true }
        guard start < end, u[start].isASCIIUpper else { return false }
        return ByteSearch.contains(UnsafeBufferPointer(rebasing: u[0..<start]), and)
    }

    static func apply(_ lines: inout [ClassifiedLine]) {
        var i = 1
        while i < lines.count {
            defer { i += 1 }
            guard lines[i].strippedRule == rule, case .body = lines[i - 1].kind,
                  lines[i - 1].words <= maxWords,
                  lines.withContentBytes(i, { $0.first.map { $0.isASCIIUpper } ?? false }),
                  lines.withContentBytes(i - 1, { LineText.ending(bytes: $0) }) == .open,
                  lines.withContentBytes(i, SignOff.endsWithThisReport),
                  lines.withContentBytes(i - 1, cutInList), !SignOff.matches(lines, i - 1) else { continue }
            lines[i - 1] = lines[i - 1].with(kind: lines[i].kind, detail: "contributor line wrapped above its end")
        }
    }
}
