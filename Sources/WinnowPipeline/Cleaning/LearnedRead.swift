/// The learned pass's read of one input: the blocks and records `ReadStage.decode` gives the clean
/// stage, but a plain-text dump's blocks stay bytes. `ReadStage` turns each block into a String,
/// and `String(decoding:)` validates every byte again (~20% of the learned pass) although the
/// normaliser already made the block valid UTF-8; the learner reads bytes only.
///
/// Must cut blocks exactly where `ReadStage.readText` does (same normaliser, block size, sample
/// head, skipped lines and kept text of a truncated file), so what is learned is what the clean
/// stage will see; JSONL inputs go through `ReadStage.decode` itself (their text is a String
/// from the JSON parser anyway). Rejections and counts are the main pass's to report: none here.
enum LearnedRead {
    /// What one input gives the learner.
    enum Unit {
        /// A text dump's block: normalised, valid UTF-8, `\n` line ends.
        case bytes([UInt8], sourceIndex: Int)
        case record(TextBlock)
    }

    static func decode(_ file: InputFile, config: ReadConfig, headBytes: Int64?,
                       _ sink: (Unit) throws -> Void) throws {
        guard !file.format.isJSONL else {
            try ReadStage.decode(file, config: config, headBytes: headBytes) { event in
                if case .records(let r) = event { for b in r { try sink(.record(b)) } }
            }
            return
        }
        do {
            let source: ByteSource = !file.format.isGzip ? try FileByteSource(path: file.path)
                : headBytes != nil ? try GzipByteSource(path: file.path)
                : try WholeGzipSource.open(path: file.path, size: file.size)
            defer { source.close() }
            try readText(file, LineReader(source: source, maxLineBytes: config.maxLineBytes),
                         config: config, headBytes: headBytes, sink)
        } catch is InputError {
            // A file the main pass rejects: what it kept (if anything) was handed on already.
        }
    }

    /// `ReadStage.readText` without the String, the rejections and the counts.
    private static func readText(_ file: InputFile, _ reader: LineReader, config: ReadConfig,
                                 headBytes: Int64?, _ sink: (Unit) throws -> Void) throws {
        var normalizer = TextNormalizer()
        var block: [UInt8] = []
        var flushed = false
        var sawAnyByte = false
        var sniffer = BinarySniffer(maxNulShare: config.maxNulShare)
        func flush() throws {
            // An exact-size copy handed on (as `ReadStage`'s String is), the buffer reused: handing
            // on `block` itself held its doubled capacity per pending block and reallocated one
            // per block (peak RSS on dumps-75 126 -> 157 MB).
            let bytes = [UInt8](unsafeUninitializedCapacity: block.count) { out, n in
                _ = out.initialize(from: block)
                n = block.count
            }
            try sink(.bytes(bytes, sourceIndex: file.index))
            flushed = true
            block.removeAll(keepingCapacity: true)
        }
        do {
            while let line = try reader.next() {
                sawAnyByte = true
                if line.oversizedLength != nil { continue }
                try sniffer.check(line, file: file.path)
                normalizer.append(line.bytes, atStart: line.number == 1, to: &block)
                block.append(0x0A)
                if block.count >= config.blockBytes { try flush() }
                if let head = headBytes, reader.fileBytesRead >= head { break }
            }
        } catch let error as InputError where error.reason != "binary_file" {
            // A truncated file: the main pass keeps the text so far, so it is learned from too.
            if !block.isEmpty || flushed { try flush() }
            throw error
        }
        // An empty file (no line at all) is rejected by the main pass and gives no block; a file
        // of only oversized lines gives one empty block there too.
        guard sawAnyByte else { return }
        try flush()
    }
}
