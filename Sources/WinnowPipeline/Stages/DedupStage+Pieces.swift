import WinnowCore

/// Reading dedup's spooled pieces back: meta lines (record spool), signatures and shingle digests
/// (piece spool, each document's signature followed by its digest), and all signatures at once
/// for the index.
extension DedupStage {
    /// Document i's spooled meta line into `buffer` (safe on several threads at once).
    func readMetaLine(_ i: Int, into buffer: inout [UInt8]) throws {
        try records.read(at: slots[i].metaOffset, count: Int(slots[i].metaLength), into: &buffer)
    }

    /// A window for `readMetaLine(_:into:window:)` over the record spool.
    func metaLineWindow() -> ReadWindow { ReadWindow(path: records.path) }

    /// Document i's spooled meta line into `buffer`, through `window` (reads in input order).
    func readMetaLine(_ i: Int, into buffer: inout [UInt8], window: inout ReadWindow) throws {
        try window.read(at: slots[i].metaOffset, count: Int(slots[i].metaLength), into: &buffer) {
            try records.read(upTo: $1, at: $0)
        }
    }

    /// Document i's id, title, source and date, from its spooled meta line.
    func meta(_ i: Int) throws -> Meta {
        var buffer: [UInt8] = []
        try readMetaLine(i, into: &buffer)
        return try meta(parsing: buffer, i)
    }

    /// Document i's meta, parsed from its meta line already read into `line`.
    func meta(parsing line: [UInt8], _ i: Int) throws -> Meta {
        guard case .object(let o) = try JSONParser.parse(line), case .string(let id)? = o["id"],
              case .string(let source)? = o["source"] else {
            throw OutputError(path: "spool", message: "spooled record is damaged")
        }
        return Meta(id: id, title: o["title"]?.stringValue, source: source, date: o["date"]?.stringValue,
                    textBytes: Int(slots[i].textBytes))
    }

    /// Every document's signature, flat (K values each), for the index session. Read from the
    /// piece spool, where each signature sits before its shingle digest, in input order through a
    /// window: a second flat copy written while signing cost a spool write of every signature.
    func allSignatures() throws -> [UInt32] {
        let k = parameters.permutations
        var sigs = [UInt32](repeating: 0, count: slots.count * k)
        var window = ReadWindow(path: pieceSpool.path)
        var bytes: [UInt8] = []
        try sigs.withUnsafeMutableBytes { out in
            for i in slots.indices {
                try window.read(at: slots[i].pieceOffset, count: k * 4, into: &bytes) { try pieceSpool.read(upTo: $1, at: $0) }
                bytes.withUnsafeBytes { out.baseAddress!.advanced(by: i * k * 4).copyMemory(from: $0.baseAddress!, byteCount: k * 4) }
            }
        }
        return sigs
    }

    /// Document i's signature.
    func signature(_ i: Int) throws -> [UInt32] {
        var sig: [UInt32] = []
        try readSignature(i, into: &sig)
        return sig
    }

    /// Document i's signature into `buffer` (K values; safe on several threads at once).
    func readSignature(_ i: Int, into buffer: inout [UInt32]) throws {
        let k = parameters.permutations
        if buffer.count != k { buffer = [UInt32](repeating: 0, count: k) }
        try buffer.withUnsafeMutableBytes { try pieceSpool.read(at: slots[i].pieceOffset, into: $0) }
    }

    /// Document i's signature and shingle digest, in one read (safe on several threads at once).
    func readPieces(_ i: Int, signature: inout [UInt32], digest: inout [UInt32]) throws {
        let k = parameters.permutations
        if signature.count != k { signature = [UInt32](repeating: 0, count: k) }
        Self.resize(&digest, to: Int(slots[i].digestCount))
        try signature.withUnsafeMutableBytes { sig in
            try digest.withUnsafeMutableBytes { try pieceSpool.read(at: slots[i].pieceOffset, into: sig, then: $0) }
        }
    }

    /// Document i's shingle digest into `buffer` (safe on several threads at once).
    func readDigest(_ i: Int, into buffer: inout [UInt32]) throws {
        Self.resize(&buffer, to: Int(slots[i].digestCount))
        let digestOffset = slots[i].pieceOffset + Int64(parameters.permutations * 4)
        try buffer.withUnsafeMutableBytes { try pieceSpool.read(at: digestOffset, into: $0) }
    }

    /// `buffer` with `count` values (contents to be overwritten), keeping its capacity.
    private static func resize(_ buffer: inout [UInt32], to count: Int) {
        if buffer.count != count {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: repeatElement(0, count: count))
        }
    }

    /// Document i's shingle digest as the index stores it (`MinHasher.sign(_:into:shingleDigest:)`): spooled as made while
    /// signing, read back as it is.
    func shingleDigest(_ i: Int) throws -> [UInt32]? {
        guard config.confirmExact else { return nil }
        if let c = digestCache, c.index == i { return c.digest }
        var digest: [UInt32] = []
        try readDigest(i, into: &digest)
        digestCache = (i, digest)
        return digest
    }
}
