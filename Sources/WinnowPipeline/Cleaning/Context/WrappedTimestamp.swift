/// A date alone on a line right under a line it finishes is not the page's time stamp: hard-wrapped
/// text (or a scraped embed) carried the end of that line down. Two shapes any site's text has:
/// a clause cut after a comma (`… in Santa Clarita, CA Thursday,` / `November 14, 2019`), and an
/// embedded tweet's signature (`… — Jane Doe (@janedoe)` / `December 6, 2019`), whose date is the
/// tweet's. A page's stamp sits under a headline or byline, which end neither way.
///
/// Nor is a stamp-shaped line that opens in lower case under a line that stops open: a sentence
/// hard-wrapped before its verb (`… and the famous “Nunes Memo”` / `published in February 2018 —
/// we know that …`, `A 2017 study` / `published in the Lancet, …`). A page prints its stamp as a
/// label, capitalised (`Published`, `Updated at`); no set we have has a lower-case one that is not
/// such a wrapped sentence.
enum WrappedTimestamp {
    /// Whether time stamp line `line` right under `previous` (no blank between) continues it.
    static func continues(_ previous: ClassifiedLine, _ line: ClassifiedLine) -> Bool {
        guard previous.kind == .body else { return false }
        let c = previous.content.utf8
        guard let last = c.last else { return false }
        if last == UInt8(ascii: ",") { return true }
        if let first = line.content.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
           LineText.ending(previous.content) == .open { return true }
        // `(@handle)` closing the line: a handle is one word.
        guard last == UInt8(ascii: ")"), let open = c.lastIndex(of: UInt8(ascii: "(")) else { return false }
        let handle = c[c.index(after: open)...].dropLast()
        return handle.first == UInt8(ascii: "@") && handle.count > 1 && !handle.contains(UInt8(ascii: " "))
    }

    /// Keeps every stripped time stamp that continues the line right above it.
    static func keepContinuations(_ lines: inout [ClassifiedLine]) {
        for i in lines.indices.dropFirst() {
            if case .stripped(_, .timestamp?) = lines[i].kind, continues(lines[i - 1], lines[i]) { lines[i] = kept(lines[i]) }
        }
    }

    /// `line` (a stripped time stamp) kept as the content it continues.
    static func kept(_ line: ClassifiedLine) -> ClassifiedLine {
        line.with(kind: .body, detail: "date continuing the line above (\(line.strippedRule ?? ""))")
    }
}
