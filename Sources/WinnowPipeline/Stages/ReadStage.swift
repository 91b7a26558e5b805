import Foundation

/// Stage `read`: input files → text blocks.
///
/// Streams each file (gzip through zlib, multi-member; a small clean gzip file decoded whole with
/// libdeflate: `WholeGzipSource`), repairs invalid UTF-8 to U+FFFD, folds
/// CRLF / BOM / NBSP, and hands on plain-text dumps in blocks of about `block_bytes` cut at line
/// ends, JSONL records one block each (consecutive pages of one url as one: `ReadStage+Pages.swift`).
/// A bad file or record is rejected with its position and the run goes on.
public final class ReadStage: PipelineStage {
    public typealias Input = InputFile
    public typealias Output = TextBlock

    public let name = "read"
    public let stats = StageStats(name: "read")
    let config: ReadConfig
    let context: RunContext
    /// Compressed / on-disk bytes read so far across all files (for progress).
    public private(set) var bytesRead: Int64 = 0
    /// Called after each emitted batch with the running total of bytes read.
    public var onProgress: ((Int64) -> Void)?

    public init(config: ReadConfig, context: RunContext) {
        self.config = config
        self.context = context
    }

    /// Text blocks read but not yet handed on (at most about `batch_bytes`).
    private var pendingBlocks: [TextBlock] = []
    private var pendingBytes = 0
    /// Hands freed memory back between batches when resident memory has crept up.
    private var trimmer = MemoryTrimmer()

    /// Hands on the pending blocks as one batch; false if there were none.
    @discardableResult
    private func flushBlocks(_ emit: ([TextBlock]) throws -> Void) throws -> Bool {
        guard !pendingBlocks.isEmpty else { return false }
        let out = pendingBlocks
        pendingBlocks = []
        pendingBytes = 0
        try emit(out)
        // The front end is done with the batch (with more than one thread, the back end may still
        // hold up to two batches): trim if resident memory has crept above the ceiling.
        trimmer.release()
        return true
    }

    /// Reads the files in order. Text blocks go on in batches of about `batch_bytes` (several
    /// blocks, of one or several of these files), so the stages after can share them out among
    /// threads; everything read is handed on before this returns.
    ///
    /// With several threads, several files are decompressed and decoded at once
    /// (`OrderedFileWorkers`); what each produces (blocks, rejections, counters) is applied here in
    /// file order, so batches, rejections and stats are the same for any thread count.
    public func process(_ batch: [InputFile], emit: ([TextBlock]) throws -> Void) throws {
        var fileStart: Int64 = 0
        let consume = { (event: Event) in try self.apply(event, fileStart: &fileStart, emit: emit) }
        if let ahead = readAhead, ahead.next + batch.count <= ahead.count,
           batch.elementsEqual(upcoming[ahead.next..<(ahead.next + batch.count)]) {
            do {
                for _ in batch { try ahead.drain(ahead.next, consume: consume) }
            } catch {
                readAhead = nil
                throw error
            }
        } else {
            readAhead = nil   // not the files announced: read these on their own
            try OrderedFileWorkers<Event>.run(count: batch.count, threads: context.threads, maxPendingWeight: config.blockBytes,
                                       weight: { $0.weight }, produce: workerBody(batch), consume: consume)
        }
        // JSONL records go on in batches of their own: trim after them too (flushBlocks trims
        // after text blocks).
        if try !flushBlocks(emit) { trimmer.release() }
    }

    /// The files the next `process` calls will be given, in order: the workers start on them now,
    /// and read on into them while the stages after read work on what was handed on (no idle core
    /// between steps).
    public func readAhead(_ files: [InputFile]) {
        upcoming = files
        readAhead = OrderedFileWorkers<Event>(count: files.count, threads: context.threads,
                                       maxPendingWeight: config.blockBytes, weight: { $0.weight },
                                       produce: workerBody(files))
        readAhead?.startAhead()
    }

    /// Whole-file text blocks the read-ahead workers have decoded that the next `process` calls
    /// will hand on (in file order): clean and split may start on them while a batch ends.
    /// Safe from another thread while this stage's own thread waits in the stages after it.
    func wholeFilesAhead() -> [TextBlock] {
        guard let ahead = readAhead else { return [] }
        return ahead.peekAhead().compactMap { event in
            if case .block(let b) = event, b.isWholeFile { return b }
            return nil
        }
    }

    public func finish(emit: ([TextBlock]) throws -> Void) throws {
        readAhead = nil   // stops its workers
        // Nothing more is read: the kept read buffers would only add to the back end's peak.
        rawBufferPool.drain()
        byteArrayPool.drain()
    }

    private var upcoming: [InputFile] = []
    private var readAhead: OrderedFileWorkers<Event>?

    private func workerBody(_ files: [InputFile]) -> (Int, (Event) throws -> Void) throws -> Void {
        let config = self.config
        return { i, sink in try Self.decode(files[i], config: config, sink) }
    }

    /// What reading one file produces, in order; `apply` turns it into the stage's effects.
    enum Event {
        case start
        /// A plain-text block (joins the pending batch).
        case block(TextBlock)
        /// A plain-text block as its normalised bytes (valid UTF-8), when `decode` is asked for
        /// bytes (the learned pass: `String(decoding:)` re-validates every byte, ~20% of that pass).
        case textBytes([UInt8], sourceIndex: Int)
        /// JSONL records: the pending batch goes first, then these as a batch of their own.
        case records([TextBlock])
        case reject(Rejection)
        case count(String, Int)
        /// Compressed / on-disk bytes of this file read so far.
        case progress(Int64)
        case passed(Int64)
        case failed(InputError, InputFile)

        /// Bytes of text held (bounds what a worker may read ahead).
        var weight: Int {
            switch self {
            case .block(let b): return b.text.utf8.count
            case .textBytes(let b, _): return b.count
            case .records(let r): return r.reduce(0) { $0 + $1.text.utf8.count }
            default: return 0
            }
        }
    }

    private func apply(_ event: Event, fileStart: inout Int64, emit: ([TextBlock]) throws -> Void) throws {
        switch event {
        case .start:
            stats.seen += 1
            fileStart = bytesRead
        case .block(let b):
            pendingBlocks.append(b)
            pendingBytes += b.text.utf8.count
            if pendingBytes >= config.batchBytes { try flushBlocks(emit) }
        case .textBytes:
            break   // only a reader that asks for bytes gets these (this stage never does)
        case .records(let r):
            try flushBlocks(emit)   // records come in batches of their own, in file order
            try emit(r)
        case .reject(let r):
            try context.reject(r)
        case .count(let key, let n):
            stats.count(key, n)
        case .progress(let n):
            bytesRead = fileStart + n
            onProgress?(bytesRead)
        case .passed(let n):
            bytesRead = fileStart + n
            stats.passed += 1
        case .failed(let error, let file):
            bytesRead = fileStart + file.size
            stats.drop(error.reason)
            try context.reject(Rejection(source: file.path, position: nil, reason: error.reason,
                                         detail: "\(error.position): \(error.message)", excerpt: ""))
        }
    }

    /// Reads one file into events. Touches nothing shared: it may run on a worker thread.
    /// `headBytes` stops at the first line end once that many input bytes are read (the learned
    /// pass's sample of a big file); such a file streams, as a whole-file inflate would read it all.
    /// `textAsBytes` hands a text dump's blocks on as `.textBytes` instead of `.block`.
    static func decode(_ file: InputFile, config: ReadConfig, headBytes: Int64? = nil, textAsBytes: Bool = false,
                       _ sink: (Event) throws -> Void) throws {
        try sink(.start)
        do {
            let source: ByteSource = !file.format.isGzip ? try FileByteSource(path: file.path)
                : headBytes != nil ? try GzipByteSource(path: file.path)
                : try WholeGzipSource.open(path: file.path, size: file.size)
            defer { source.close() }
            let reader = LineReader(source: source, maxLineBytes: config.maxLineBytes)
            if file.format.isJSONL {
                try readJSONL(file, reader, config: config, headBytes: headBytes, sink)
            } else {
                try readText(file, reader, config: config, headBytes: headBytes, asBytes: textAsBytes, sink)
            }
            try sink(.passed(reader.fileBytesRead))
        } catch let error as InputError {
            try sink(.failed(error, file))
        }
    }

    // MARK: plain text

    private static func readText(_ file: InputFile, _ reader: LineReader, config: ReadConfig,
                                 headBytes: Int64?, asBytes: Bool, _ sink: (Event) throws -> Void) throws {
        var normalizer = TextNormalizer()
        var block: [UInt8] = []
        var blockIndex = 0
        var blockStart = InputPosition(line: 1, byteOffset: 0)
        var sawAnyByte = false
        var sniffer = BinarySniffer(maxNulShare: config.maxNulShare)
        // The block's buffer is sized once when the text's size is known (a whole-decoded gzip
        // file, a plain file): growing it from 64 KiB by doubling copied each file's text ~6 times
        // into fresh pages (a fifth of the run's page faults on dumps-75). A block ends at the
        // first line end past `blockBytes`, hence the slack for that line.
        let expected = reader.totalBytes ?? (file.format.isGzip ? nil : Int(clamping: file.size))
        let blockCapacity = expected.map { Swift.min($0 + 1, config.blockBytes + (1 << 16)) }
        if asBytes {
            if let capacity = blockCapacity { block.reserveCapacity(capacity) }
        } else {
            // Blocks become Strings (copies), so the buffer is only ever this reader's: a kept one
            // from an earlier file (warm pages, no faults), and kept again when this file is done.
            block = byteArrayPool.array(atLeast: blockCapacity ?? (1 << 16))
        }
        defer { if !asBytes { byteArrayPool.keep(block) } }
        func flush(last: Bool) throws {
            if asBytes {
                if let capacity = blockCapacity, block.capacity <= capacity + (capacity >> 3) {
                    // Sized to the text already: handed on as it is, a new buffer for the next block.
                    try sink(.textBytes(block, sourceIndex: file.index))
                    block = []
                    if !last { block.reserveCapacity(capacity) }
                } else {
                    // An exact-size copy, the buffer reused: handing on `block` itself would hold its
                    // doubled capacity per pending block (peak RSS on dumps-75 126 -> 157 MB).
                    try sink(.textBytes([UInt8](unsafeUninitializedCapacity: block.count) { out, n in
                        _ = out.initialize(from: block)
                        n = block.count
                    }, sourceIndex: file.index))
                }
            } else {
                // The normaliser wrote valid UTF-8 (invalid bytes repaired): copied into a
                // `String` without validating it again (`TextBlockString`).
                let text = block.withUnsafeBufferPointer { TextBlockString.make($0) }
                try sink(.block(TextBlock(source: file.path, sourceIndex: file.index, blockIndex: blockIndex,
                                          isLastBlock: last, position: blockStart, text: text)))
            }
            blockIndex += 1
            block.removeAll(keepingCapacity: true)
            try sink(.progress(reader.fileBytesRead))
        }
        // Read once: the loop below copied `file` (a retain and release of its fields) per line.
        let path = file.path
        /// One line (without its line end): checked, normalised into the block, and the block
        /// handed on once it reaches `blockBytes`.
        func take(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, offset: Int64) throws {
            try sniffer.check(LineReader.Line(bytes: bytes, number: number, offset: offset), file: path)
            if block.isEmpty { blockStart = InputPosition(line: number, byteOffset: offset) }
            normalizer.append(bytes, atStart: number == 1, to: &block)
            block.append(0x0A)
            if block.count >= config.blockBytes { try flush(last: false) }
        }
        /// Complete lines from the reader's buffer, normalised in one piece (line ends included:
        /// a CRLF becomes the `\n` that `take` would append): the same block, counters and
        /// sniffer verdict as line by line (see `BinarySniffer.mayTakeWhole`), without a call per
        /// line. When the block reaches `blockBytes` inside them, it is set back and they go line
        /// by line, so the block ends at the same line.
        func takeWhole(_ lines: LineReader.Lines) throws {
            if sniffer.mayTakeWhole(lines.bytes) {
                let before = block.count, saved = normalizer, savedSniffer = sniffer
                if before == 0 { blockStart = InputPosition(line: lines.firstNumber, byteOffset: lines.offset) }
                normalizer.append(lines.bytes, atStart: lines.firstNumber == 1, to: &block)
                sniffer.skip(lines.bytes.count)
                if block.count < config.blockBytes { return }
                block.removeSubrange(before...)
                normalizer = saved
                sniffer = savedSniffer
            }
            guard let base = lines.bytes.baseAddress else { return }
            var number = lines.firstNumber, offset = lines.offset, start = 0
            let n = lines.bytes.count
            while start < n {
                // Every line here ends with `\n`; a CR before it is dropped, as `LineReader` does.
                let end = base.distance(to: memchr(base + start, 0x0A, n - start)!.assumingMemoryBound(to: UInt8.self))
                let contentEnd = end > start && base[end - 1] == 0x0D ? end - 1 : end
                try take(UnsafeBufferPointer(start: base + start, count: contentEnd - start), number: number, offset: offset)
                number += 1
                offset += Int64(end + 1 - start)
                start = end + 1
            }
        }
        do {
            while true {
                // What the buffer holds goes in one piece (up to 64 KiB at a time, so a block that
                // fills inside it redoes little line by line); a sampled head stops at a line end
                // as soon as enough input is read, so it goes line by line.
                if headBytes == nil, let lines = reader.bufferedLines(limit: 1 << 16) {
                    sawAnyByte = true
                    try takeWhole(lines)
                    continue
                }
                guard let line = try reader.next() else { break }
                sawAnyByte = true
                if let total = line.oversizedLength {
                    try sink(.count("oversized_lines", 1))
                    try sink(.reject(Rejection(
                        source: file.path, position: InputPosition(line: line.number, byteOffset: line.offset),
                        reason: "line_too_long",
                        detail: "line of \(total) bytes exceeds read.max_line_bytes (\(config.maxLineBytes)); line skipped",
                        excerpt: excerpt(line.bytes))))
                    continue
                }
                try take(line.bytes, number: line.number, offset: line.offset)
                if let head = headBytes, reader.fileBytesRead >= head { break }
            }
        } catch let error as InputError where error.reason != "binary_file" {
            // Keep what decoded (a truncated gzip): hand on the text so far, then reject the rest.
            if !block.isEmpty || blockIndex > 0 { try flush(last: true) }
            throw error
        }
        if !sawAnyByte {
            throw InputError(file: file.path, position: "byte 0", reason: "empty_file", message: "empty file")
        }
        if normalizer.repairs > 0 { try sink(.count("utf8_repairs", normalizer.repairs)) }
        try flush(last: true)
    }
}
