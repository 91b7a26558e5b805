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
    /// Document i's id, title and source as UTF-8; `line` is a reused buffer (one per thread).
    func metaFields(_ i: Int, line: inout [UInt8]) throws -> MetaFields {
        try readMetaLine(i, into: &line)
        if let f = MetaLineScan.fields(line) { return f }
        let m = try meta(i)
        return MetaFields(id: Array(m.id.utf8), title: m.title.map { Array($0.utf8) }, source: Array(m.source.utf8))
    }
}

enum MetaLineScan {
    private static let idKey: [UInt8] = Array(#"{"id":"#.utf8)
    private static let titleKey: [UInt8] = Array(#","title":"#.utf8)
    private static let sourceKey: [UInt8] = Array(#","source":"#.utf8)
    private static let null: [UInt8] = Array("null".utf8)

    /// The three fields when the line has the plain layout and they hold no escape, else nil.
    static func fields(_ line: [UInt8]) -> MetaFields? {
        line.withUnsafeBufferPointer { b -> MetaFields? in
            var k = 0
            func expect(_ literal: [UInt8]) -> Bool {
                guard k + literal.count <= b.count else { return false }
                for (o, c) in literal.enumerated() where b[k + o] != c { return false }
                k += literal.count
                return true
            }
            func string() -> [UInt8]? {
                guard k < b.count, b[k] == 0x22 else { return nil }
                let start = k + 1
                k = start
                while k < b.count, b[k] != 0x22 {
                    if b[k] == 0x5C { return nil }
                    k += 1
                }
                guard k < b.count else { return nil }
                defer { k += 1 }
                return Array(b[start..<k])
            }
            guard expect(idKey), let id = string(), expect(titleKey) else { return nil }
            var title: [UInt8]?
            if !expect(null) {
                guard let t = string() else { return nil }
                title = t
            }
            guard expect(sourceKey), let source = string() else { return nil }
            return MetaFields(id: id, title: title, source: source)
        }
    }
}
