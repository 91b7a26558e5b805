import Foundation

/// Paginated JSONL: a scraper that writes an article (or a page-sized chunk of a listing) as
/// several records of the same URL cuts wherever a page ends, often mid-story. Consecutive records
/// of one file with the same non-empty `read.page_field` value are joined here into one unit, so
/// the splitter decides story boundaries across the old record edges.
///
/// Provenance: the unit keeps its first record's id, position and metadata; when it holds more
/// than one record, `metadata.pages` lists every record's id (a record without one by its input
/// line number), in order (it replaces a `pages` field the first record brought along). Records with distinct (or no) values of the field stay one unit each,
/// untouched. Memory stays bounded: a run is cut where its joined text would pass
/// `read.max_line_bytes` (the longest record the reader accepts), and the next page starts a
/// new unit.
struct PageJoiner {
    let field: String
    let maxBytes: Int
    /// The held unit and its document key (non-nil only while a unit is held and had one).
    private var unit: TextBlock?
    private var key: String?
    private var pages: [JSONValue] = []
    /// Line ends in the held text, counted only once a second page joins (nil until then), and
    /// the line index where each joined page begins (`TextBlock.pageEdges`).
    private var lineEnds: Int?
    private var edges: [Int] = []
    /// Records joined onto the page before them, so far: input records = units handed on + this
    /// (counted in `stats.json` as read's `pages_joined`).
    private(set) var joined = 0

    init(field: String, maxBytes: Int) {
        self.field = field
        self.maxBytes = maxBytes
    }

    /// The document key of a record's fields: the page field as a non-empty string, else nil.
    private func key(of fields: [String: JSONValue]) -> String? {
        guard !field.isEmpty, case .string(let s)? = fields[field], !s.isEmpty else { return nil }
        return s
    }

    /// Takes one record; returns the unit it closed, if it does not continue the held one.
    mutating func add(_ block: TextBlock) -> TextBlock? {
        let page: JSONValue = block.recordID.map { .string($0) } ?? .int(block.position.line)
        let newKey = key(of: block.metadata)
        // A native String's utf8.count is stored, not counted.
        if let k = key, k == newKey, unit!.text.utf8.count + block.text.utf8.count + 2 <= maxBytes {
            // Appended in place (`unit!`): a copy of the held text would make a long run quadratic.
            let sep = Self.separator(after: unit!.text, before: block.text)
            // Counted per page as it joins, so a long run costs one pass over its text.
            let before = (lineEnds ?? Self.lineEnds(unit!.text)) + Self.lineEnds(sep)
            edges.append(before)
            lineEnds = before + Self.lineEnds(block.text)
            unit!.text += sep
            unit!.text += block.text
            pages.append(page)
            joined += 1
            return nil
        }
        let closed = flush()
        unit = block
        key = newKey
        pages.append(page)   // flush emptied it, keeping its capacity
        return closed
    }

    /// The held unit, with its page list when it joined several records; nothing is held after.
    mutating func flush() -> TextBlock? {
        guard var held = unit else { return nil }
        if pages.count > 1 { held.metadata["pages"] = .array(pages) }
        held.pageEdges = edges
        unit = nil
        lineEnds = nil
        edges = []
        key = nil
        pages.removeAll(keepingCapacity: true)
        return held
    }

    /// The number of `\n` in `s`.
    static func lineEnds(_ s: String) -> Int {
        var n = 0
        for b in s.utf8 where b == 0x0A { n += 1 }
        return n
    }

    /// What goes between two pages. A page cut between paragraphs (the last one closes a
    /// sentence, the next opens with a capital, digit or quote) gets a blank line, as paragraphs
    /// have; a cut inside a paragraph or a hard-wrapped line run gets a plain line end, so the
    /// paragraph reads on.
    /// (On the wire sets, always `\n`, always a blank line and this rule score within .002 of
    /// each other: the splitter reads page edges the same; the rule keeps real paragraphs apart.)
    static func separator(after previous: String, before next: String) -> String {
        closesSentence(previous) && opensParagraph(next) ? "\n\n" : "\n"
    }

    /// Whether the text's last line ends a sentence, as the learner reads a line's end
    /// (`BoilerplateLearner.endsSentence`: `.` `!` `?` `:` before any closing quotes/brackets).
    private static func closesSentence(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { u in
            var n = u.count
            while n > 0, u[n - 1] == 0x20 || u[n - 1] == 0x0A || u[n - 1] == 0x09 || u[n - 1] == 0x0D { n -= 1 }
            return BoilerplateLearner.endsSentence(UnsafeBufferPointer(rebasing: u[..<n]))
        } ?? false
    }

    /// Whether the text's first line opens capitalised (`LineText.startsCapitalised`: a capital
    /// or a digit past any opening quotes), as a paragraph does, past leading blanks. Only its
    /// first bytes are read (the Character fallback would decode the whole page).
    private static func opensParagraph(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { u in
            var i = 0
            while i < u.count, u[i] == 0x20 || u[i] == 0x0A || u[i] == 0x09 || u[i] == 0x0D { i += 1 }
            return LineText.startsCapitalised(UnsafeBufferPointer(rebasing: u[i..<min(u.count, i + 64)]))
        } ?? false
    }
}
