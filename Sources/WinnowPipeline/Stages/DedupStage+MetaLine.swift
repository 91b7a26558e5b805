/// Reading a spooled meta line's id, title and source without a JSON parse.
///
/// `encodeMeta` writes every meta line in one layout, `{"id":…,"title":…,"source":…,"date":…}`.
/// When none of those three strings holds an escape, their bytes between the quotes are the
/// values themselves, read straight off the line; otherwise (or if the layout were ever another)
/// the full JSON parse decodes them. Either way the values are the same bytes.
struct MetaFields {
    var id: [UInt8]
    var title: [UInt8]?
    var source: [UInt8]
}

extension DedupStage {
    /// Document i's id, title and source as UTF-8, from its meta line already read into `line`.
    func metaFields(parsing line: [UInt8], _ i: Int) throws -> MetaFields {
        if let f = MetaLineScan.fields(line) { return f }
        let m = try meta(parsing: line, i)
        return MetaFields(id: Array(m.id.utf8), title: m.title.map { Array($0.utf8) }, source: Array(m.source.utf8))
    }

    /// Document i's id as UTF-8 into `id` (safe on several threads at once, each with its own
    /// `line` buffer): straight off the meta line unless it holds an escape.
    func metaID(_ i: Int, line: inout [UInt8], into id: inout [UInt8]) throws {
        try readMetaLine(i, into: &line)
        try metaID(i, parsing: line, into: &id)
    }

    /// As `metaID(_:line:into:)`, the meta line read through `window` (reads in increasing order).
    func metaID(_ i: Int, line: inout [UInt8], into id: inout [UInt8], window: inout ReadWindow) throws {
        try readMetaLine(i, into: &line, window: &window)
        try metaID(i, parsing: line, into: &id)
    }

    private func metaID(_ i: Int, parsing line: [UInt8], into id: inout [UInt8]) throws {
        id.removeAll(keepingCapacity: true)
        if let plain = MetaLineScan.id(line) { id.append(contentsOf: plain) } else { id.append(contentsOf: try meta(parsing: line, i).id.utf8) }
    }
}

enum MetaLineScan {
    private static let idKey: [UInt8] = Array(#"{"id":"#.utf8)
    private static let titleKey: [UInt8] = Array(#","title":"#.utf8)
    private static let sourceKey: [UInt8] = Array(#","source":"#.utf8)
    private static let null: [UInt8] = Array("null".utf8)

    /// Reads the plain layout left to right: literals, and strings without escapes.
    private struct Cursor {
        let b: UnsafeBufferPointer<UInt8>
        var k = 0

        mutating func expect(_ literal: [UInt8]) -> Bool {
            guard k + literal.count <= b.count else { return false }
            for (o, c) in literal.enumerated() where b[k + o] != c { return false }
            k += literal.count
            return true
        }

        /// The bytes between the next pair of quotes, or nil if they hold an escape (or end early).
        mutating func string() -> Range<Int>? {
            guard k < b.count, b[k] == 0x22 else { return nil }
            let start = k + 1
            k = start
            while k < b.count, b[k] != 0x22 {
                if b[k] == 0x5C { return nil }
                k += 1
            }
            guard k < b.count else { return nil }
            defer { k += 1 }
            return start..<k
        }
    }

    /// The id alone when the line opens with the plain layout and it holds no escape, else nil.
    static func id(_ line: [UInt8]) -> ArraySlice<UInt8>? {
        let range = line.withUnsafeBufferPointer { b -> Range<Int>? in
            var c = Cursor(b: b)
            guard c.expect(idKey) else { return nil }
            return c.string()
        }
        return range.map { line[$0] }
    }

    /// The three fields when the line has the plain layout and they hold no escape, else nil.
    static func fields(_ line: [UInt8]) -> MetaFields? {
        line.withUnsafeBufferPointer { b -> MetaFields? in
            var c = Cursor(b: b)
            guard c.expect(idKey), let id = c.string(), c.expect(titleKey) else { return nil }
            var title: Range<Int>?
            if !c.expect(null) {
                guard let t = c.string() else { return nil }
                title = t
            }
            guard c.expect(sourceKey), let source = c.string() else { return nil }
            return MetaFields(id: Array(b[id]), title: title.map { Array(b[$0]) }, source: Array(b[source]))
        }
    }
}

/// An id's first 8 UTF-8 bytes as a big-endian number (so numbers order as the bytes do), or 0
/// when it is shorter than 8 bytes.
func idSortPrefix(_ id: String) -> UInt64 {
    var prefix: UInt64 = 0, count = 0
    for byte in id.utf8.prefix(8) { prefix = prefix << 8 | UInt64(byte); count += 1 }
    return count == 8 ? prefix : 0
}

/// The meta line spooled before each record: what duplicates, the survivor rule and the index
/// need, without the text.
func encodeMeta(_ doc: Document, date: String?, into w: inout JSONWriter) {
    w.raw("{")
    w.key("id"); w.string(doc.id); w.raw(",")
    w.key("title"); if let t = doc.title { w.string(t) } else { w.raw("null") }; w.raw(",")
    w.key("source"); w.string(doc.source); w.raw(",")
    w.key("date"); if let d = date { w.string(d) } else { w.raw("null") }
    w.raw("}\n")
}
