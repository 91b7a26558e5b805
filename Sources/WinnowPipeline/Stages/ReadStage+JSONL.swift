import Foundation

/// JSONL input: one JSON object per line, its text field read as a story (or a dump to split),
/// the rest kept as metadata. A bad record is rejected with its file and line; the file goes on.
extension ReadStage {
    /// Records of one file handed on per batch: the split stage reads a JSONL file's house style
    /// over each batch before splitting it (`BoundaryFileStyle.swift`), so this bounds that pass.
    static let recordsPerBatch = 256

    static func readJSONL(_ file: InputFile, _ reader: LineReader, config: ReadConfig,
                          headBytes: Int64?, _ sink: (Event) throws -> Void) throws {
        var pending: [TextBlock] = []
        var sniffer = BinarySniffer(maxNulShare: config.maxNulShare)
        var records = 0
        var normalizer = TextNormalizer()
        var scratch: [UInt8] = []
        // Pages of one document (consecutive records of one `page_field` value) become one unit.
        var joiner = PageJoiner(field: config.pageField, maxBytes: config.maxLineBytes)
        func take(_ unit: TextBlock?) throws {
            guard let unit else { return }
            pending.append(unit)
            if pending.count >= recordsPerBatch {
                try sink(.records(pending))
                pending.removeAll(keepingCapacity: true)
                try sink(.progress(reader.fileBytesRead))
            }
        }
        /// The file's end, read whole or cut by an input error: the held unit and the batch go on.
        func finishUnits() throws {
            if let unit = joiner.flush() { pending.append(unit) }
            if joiner.joined > 0 { try sink(.count("pages_joined", joiner.joined)) }
            if !pending.isEmpty { try sink(.records(pending)) }
        }
        try sink(.records([]))   // the pending text blocks go on before this file's records
        do {
            while let line = try reader.next() {
                let position = InputPosition(line: line.number, byteOffset: line.offset)
                if let total = line.oversizedLength {
                    try take(joiner.flush())
                    try sink(.reject(Rejection(
                        source: file.path, position: position, reason: "line_too_long",
                        detail: "record of \(total) bytes exceeds read.max_line_bytes (\(config.maxLineBytes))",
                        excerpt: excerpt(line.bytes))))
                    continue
                }
                try sniffer.check(line, file: file.path)
                if isBlank(line.bytes) { continue }
                records += 1
                func reject(_ reason: String, _ detail: String) throws {
                    try take(joiner.flush())   // a rejected record ends a run of pages
                    try sink(.reject(Rejection(source: file.path, position: position, reason: reason,
                                               detail: detail, excerpt: excerpt(line.bytes))))
                }
                // Repair invalid UTF-8 first: a record with a bad byte is still usable text.
                scratch.removeAll(keepingCapacity: true)
                normalizer.append(line.bytes, atStart: line.number == 1, to: &scratch)
                let value: JSONValue
                do {
                    value = try scratch.withUnsafeBufferPointer { try JSONParser.parse($0, validUTF8: true) }  // normalised: valid
                } catch {
                    try reject("invalid_json", "not a JSON value: \(shortError(error))")
                    continue
                }
                guard case .object(var fields) = value else {
                    try reject("not_an_object", "a JSONL record must be a JSON object")
                    continue
                }
                guard let textValue = fields.removeValue(forKey: config.textField) else {
                    try reject("missing_text", "no '\(config.textField)' field (set read.text_field)")
                    continue
                }
                guard case .string(let rawText) = textValue else {
                    try reject("text_not_string", "field '\(config.textField)' is not a string")
                    continue
                }
                var recordID: String?
                switch fields.removeValue(forKey: config.idField) {
                case .string(let s)?: recordID = s
                case .int(let i)?: recordID = String(i)
                default: recordID = nil
                }
                var block = TextBlock(source: file.path, sourceIndex: file.index, blockIndex: records - 1,
                                      isLastBlock: true, recordID: recordID, position: position,
                                      text: normalizeText(rawText), metadata: fields)
                block.format = .record
                try take(joiner.add(block))
                if let head = headBytes, reader.fileBytesRead >= head { break }
            }
        } catch let error as InputError where error.reason != "binary_file" {
            try finishUnits()
            throw error
        }
        if normalizer.repairs > 0 { try sink(.count("utf8_repairs", normalizer.repairs)) }
        try finishUnits()
        if records == 0 {
            throw InputError(file: file.path, position: "byte 0", reason: "empty_file", message: "no JSONL records")
        }
        try sink(.progress(reader.fileBytesRead))
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// CRLF and NBSP folding and HTML character references inside a JSON string's text (JSON
    /// escapes were already decoded).
    private static func normalizeText(_ s: String) -> String {
        var s = s
        guard s.withUTF8(mayNeedNormalizing) else { return s }
        var out: [UInt8] = []
        var n = TextNormalizer()
        var copy = s
        copy.withUTF8 { n.append($0, atStart: false, to: &out) }
        // The normaliser's output is valid UTF-8 (`TextBlockString`): no second check.
        return out.withUnsafeBufferPointer(TextBlockString.make)
    }
}

/// Whether `bytes` hold a byte the normalizer may change (CR, the NBSP lead 0xC2, NUL, `&`):
/// eight bytes a step (`ByteScan.zeroBytes`, exact for "some byte is zero"). The loop over
/// `String.utf8` it replaced took ~36 instructions a byte, on every record, twice with the
/// learned pass (18.5 M of a 60-dump run).
private func mayNeedNormalizing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let p = bytes.baseAddress else { return false }
    let n = bytes.count
    var i = 0
    while i &+ 8 <= n {
        let x = ByteScan.load(p, i)
        let hits = ByteScan.zeroBytes(x) | ByteScan.zeroBytes(x ^ 0x0D &* ByteScan.ones)
            | ByteScan.zeroBytes(x ^ 0xC2 &* ByteScan.ones) | ByteScan.zeroBytes(x ^ 0x26 &* ByteScan.ones)
        if hits != 0 { return true }
        i &+= 8
    }
    while i < n {
        let b = p[i]
        if b == 0x0D || b == 0xC2 || b == 0 || b == 0x26 { return true }
        i &+= 1
    }
    return false
}

private func shortError(_ error: Error) -> String {
    String("\(error)".prefix(160))
}
