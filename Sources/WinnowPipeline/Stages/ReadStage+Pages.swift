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
            let before = (lineEnds ?? Self.lineEnds(unit!.text)) + sep.utf8.count   // `sep` is line ends only
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
    /// Eight bytes a step (the loop over `String.utf8` was ~20 instructions a byte, on every
    /// record of a file with a page field).
    static func lineEnds(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { buf in
            guard let p = buf.baseAddress else { return 0 }
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            var n = 0, i = 0
            while i &+ 8 <= buf.count {
                let x = ByteScan.load(p, i) ^ (0x0A &* ByteScan.ones)
                // The high bit of each zero byte of x, exact for every byte (no carry crosses one).
                n &+= ByteScan.count(~(((x & low7) &+ low7) | x | low7))
                i &+= 8
            }
            while i < buf.count {
                if p[i] == 0x0A { n &+= 1 }
                i &+= 1
            }
            return n
        }
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

    /// Whether the text's last non-blank byte ends a sentence: `.`, `!`, `?`, `:`, a closing
    /// quote or parenthesis (ASCII, or the UTF-8 of `”` / `’`).
    private static func closesSentence(_ s: String) -> Bool {
        var last: UInt8 = 0, before: UInt8 = 0, before2: UInt8 = 0
        for b in s.utf8.reversed() where b != 0x20 && b != 0x0A && b != 0x09 {
            if last == 0 { last = b } else if before == 0 { before = b } else { before2 = b; break }
        }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"):
            return true
        case 0x9D, 0x99:   // ” ’ are E2 80 9D / E2 80 99
            return before == 0x80 && before2 == 0xE2
        default:
            return false
        }
    }

    /// Whether the text's first non-blank byte may open a paragraph: an ASCII capital or digit,
    /// a quote, or a non-ASCII letter's lead byte (a curly quote, an accented capital).
    private static func opensParagraph(_ s: String) -> Bool {
        for b in s.utf8 where b != 0x20 && b != 0x0A && b != 0x09 {
            return (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) || b == UInt8(ascii: "\"")
                || b == UInt8(ascii: "'") || b >= 0xC0
        }
        return false
    }
}
