#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CWinnowScan

/// Splits a byte stream into lines without loading the whole input.
///
/// Memory is bounded by `maxLineBytes`: a longer line is not buffered whole; its first bytes are
/// kept for the error excerpt and the rest is skipped up to the next newline.
final class LineReader {
    /// One line, valid until the next call to `next()`.
    struct Line {
        /// The bytes, without the line end (`\n` or `\r\n`).
        var bytes: UnsafeBufferPointer<UInt8>
        /// 1-based line number.
        var number: Int
        /// Byte offset of the line's first byte in the decompressed stream.
        var offset: Int64
        /// Total length of the line when it was longer than the cap (`bytes` then holds a prefix).
        var oversizedLength: Int64?
    }

    /// Complete lines taken in one piece (`bufferedLines`): their bytes, each line's `\n` (or
    /// `\r\n`) kept.
    struct Lines {
        var bytes: UnsafeBufferPointer<UInt8>
        /// 1-based number of the first line, and the number of lines.
        var firstNumber: Int
        var count: Int
        /// Byte offset of the first line in the decompressed stream.
        var offset: Int64
    }

    private let source: ByteSource
    let maxLineBytes: Int
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0          // first unconsumed byte
    private var end = 0            // one past the last valid byte
    private var eof = false
    private var lineNumber = 0
    private var offset: Int64 = 0  // stream offset of buffer[start]

    init(source: ByteSource, maxLineBytes: Int, chunkBytes: Int = 1 << 18) {
        self.source = source
        self.maxLineBytes = max(1, maxLineBytes)
        // A stream already in memory and no longer than the line cap is read in place: copying
        // it out 256 KiB at a time was 9.8 M instructions of memcpy on /tmp/cge (both passes).
        // No line of it can be over the cap, so the lines are those read chunk by chunk gives
        // (a longer text goes chunk by chunk: which lines are oversized depends on the buffer).
        if let whole = source.wholeText, let base = whole.baseAddress, whole.count > 0, whole.count <= self.maxLineBytes {
            buffer = UnsafeMutablePointer(mutating: base)
            capacity = whole.count
            end = whole.count
            eof = true
            ownsBuffer = false
        } else {
            capacity = max(chunkBytes, 4096)
            buffer = .allocate(capacity: capacity)
            ownsBuffer = true
        }
    }

    /// False when `buffer` is the source's own text (`wholeText`): never written, nor freed here.
    private let ownsBuffer: Bool

    deinit {
        if ownsBuffer { buffer.deallocate() }
        excerpt.deallocate()
    }

    /// Bytes consumed from the underlying file (compressed bytes for gzip), for progress.
    var fileBytesRead: Int64 { source.fileBytesRead }

    /// Bytes the whole stream holds, when the source knows it up front (a whole-decoded gzip file).
    var totalBytes: Int? { source.totalBytes }

    /// The next line, or nil at the end of the stream.
    func next() throws -> Line? {
        // Bytes after `start` already searched for a newline; relative, because `fill` may
        // move the live bytes to the front of the buffer.
        var scanned = 0
        while true {
            if let nl = findNewline(from: start + scanned) {
                return emit(upTo: nl, consumed: nl + 1)
            }
            if end - start > maxLineBytes {
                return try skipOversized()
            }
            if eof {
                if end > start { return emit(upTo: end, consumed: end) }
                return nil
            }
            scanned = end - start
            try fill()
        }
    }

    /// The complete lines already in the buffer, at most `limit` bytes of them, or nil when it
    /// holds none (`next()` then reads on). What `next()` would return line by line, in one piece:
    /// reads nothing (so throws nothing), and none of these lines is oversized (`next()` returns
    /// every line whose `\n` is in the buffer whole).
    func bufferedLines(limit: Int) -> Lines? {
        let n = min(end - start, limit)
        guard n > 0 else { return nil }
        var count = 0
        let taken = winnow_complete_lines(buffer + start, n, &count)
        guard taken > 0 else { return nil }
        let lines = Lines(bytes: UnsafeBufferPointer(start: buffer + start, count: taken), firstNumber: lineNumber + 1,
                          count: count, offset: offset)
        lineNumber += count
        offset += Int64(taken)
        start += taken
        return lines
    }

    private func findNewline(from: Int) -> Int? {
        guard from < end else { return nil }
        guard let p = memchr(buffer + from, 0x0A, end - from) else { return nil }
        return buffer.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }

    private func emit(upTo lineEnd: Int, consumed: Int) -> Line {
        lineNumber += 1
        var contentEnd = lineEnd
        if contentEnd > start && buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }   // CRLF
        let line = Line(bytes: UnsafeBufferPointer(start: buffer + start, count: contentEnd - start),
                        number: lineNumber, offset: offset, oversizedLength: nil)
        offset += Int64(consumed - start)
        start = consumed
        return line
    }

    /// Makes room (compacting or growing up to the line cap) and reads more bytes.
    private func fill() throws {
        if start > 0 {
            let live = end - start
            if live > 0 { memmove(buffer, buffer + start, live) }
            start = 0
            end = live
        }
        if end == capacity {
            let grown = min(capacity * 2, maxLineBytes + 1)
            if grown > capacity {
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                bigger.update(from: buffer, count: end)
                buffer.deallocate()
                buffer = bigger
                capacity = grown
            }
        }
        let n = try source.read(into: buffer + end, capacity: capacity - end)
        if n == 0 { eof = true } else { end += n }
    }

    /// Consumes a line longer than the cap, keeping a short prefix for the error record.
    private func skipOversized() throws -> Line {
        lineNumber += 1
        let lineStart = offset
        let keep = min(excerptCapacity, end - start)
        excerpt.update(from: buffer + start, count: keep)
        var length: Int64 = 0
        while true {
            if let nl = findNewline(from: start) {
                length += Int64(nl - start)
                offset += Int64(nl + 1 - start)
                start = nl + 1
                break
            }
            length += Int64(end - start)
            offset += Int64(end - start)
            start = 0
            end = 0
            if eof { break }
            let n = try source.read(into: buffer, capacity: capacity)
            if n == 0 { eof = true } else { end = n }
        }
        return Line(bytes: UnsafeBufferPointer(start: excerpt, count: keep), number: lineNumber, offset: lineStart,
                    oversizedLength: length)
    }

    /// Holds an oversized line's first bytes, for the rejection excerpt.
    private let excerptCapacity = 256
    private let excerpt = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
}
