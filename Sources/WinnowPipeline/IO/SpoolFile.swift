#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An append-then-read scratch file: the dedup stage parks records and shingle sets here so
/// memory does not grow with the input; it is removed when the run ends.
final class SpoolFile {
    let path: String
    private var fd: Int32
    private(set) var size: Int64 = 0
    private var pending: [UInt8] = []

    /// Appends gather in a buffer of this many bytes; larger ones go straight to the file.
    private static let bufferBytes = 1 << 20

    init(path: String) throws {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        if fd < 0 { throw OutputError(path: path, message: "cannot create spool file: \(String(cString: strerror(errno)))") }
    }

    /// Appends bytes; returns their offset.
    func append(_ bytes: UnsafeRawBufferPointer) throws -> Int64 {
        let at = size
        size += Int64(bytes.count)
        if bytes.count >= SpoolFile.bufferBytes {
            // Not through the buffer: it would grow to this size and keep it.
            try flush()
            try writeAll(fd, bytes, path: path)
            return at
        }
        if pending.count + bytes.count > SpoolFile.bufferBytes { try flush() }
        if pending.isEmpty { pending.reserveCapacity(SpoolFile.bufferBytes) }
        pending.append(contentsOf: bytes.bindMemory(to: UInt8.self))
        return at
    }

    /// Writes what is buffered and frees the buffer: the file is only read from now on (a spill
    /// run kept for the merge, or a spool once signing is done), so its 1 MiB need not stay resident.
    func finishWriting() throws {
        try flush()
        pending = []
    }

    func append(_ bytes: [UInt8]) throws -> Int64 { try bytes.withUnsafeBytes { try append($0) } }

    func flush() throws {
        guard !pending.isEmpty else { return }
        try pending.withUnsafeBytes { try writeAll(fd, $0, path: path) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Reads `count` bytes at `offset` into `buffer` (replacing its contents).
    func read(at offset: Int64, count: Int, into buffer: inout [UInt8]) throws {
        if !pending.isEmpty { try flush() }
        try readAll(fd, at: offset, count: count, into: &buffer, path: path, what: "spool")
    }

    /// Fills `buffer` with the bytes at `offset` (no copy through a temporary).
    func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws {
        if !pending.isEmpty { try flush() }
        try readAll(fd, at: offset, into: buffer, path: path, what: "spool")
    }

    /// Fills `first`, then `second`, with the bytes at `offset` (consecutive in the file): one
    /// `preadv` where a pread each would be two system calls (dedup's pair reads, ~4 per pair).
    func read(at offset: Int64, into first: UnsafeMutableRawBufferPointer, then second: UnsafeMutableRawBufferPointer) throws {
        if !pending.isEmpty { try flush() }
        var vectors = [iovec(iov_base: first.baseAddress, iov_len: first.count),
                       iovec(iov_base: second.baseAddress, iov_len: second.count)]
        var n = -1
        while n < 0 {
            n = vectors.withUnsafeMutableBufferPointer { preadv(fd, $0.baseAddress, 2, off_t(offset)) }
            if n < 0 && errno != EINTR { throw OutputError(path: path, message: "spool read failed at byte \(offset)") }
        }
        // A short read (rare: a signal, a page-cache miss at a boundary) is finished piecewise.
        if n < first.count {
            try readAll(fd, at: offset + Int64(n), into: UnsafeMutableRawBufferPointer(rebasing: first[n...]), path: path, what: "spool")
            n = first.count
        }
        let inSecond = n - first.count
        if inSecond < second.count {
            try readAll(fd, at: offset + Int64(n), into: UnsafeMutableRawBufferPointer(rebasing: second[inSecond...]),
                        path: path, what: "spool")
        }
    }

    /// Up to `buffer.count` bytes at `offset` (fewer only at the end); returns how many (`ReadWindow`).
    func read(upTo buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws -> Int {
        if !pending.isEmpty { try flush() }
        return try readUpTo(fd, at: offset, into: buffer, path: path, what: "spool")
    }

    func remove() {
        if fd >= 0 { close(fd); fd = -1 }
        unlink(path)
    }

    deinit { remove() }
}
