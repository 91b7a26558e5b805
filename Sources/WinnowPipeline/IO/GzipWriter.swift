#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CZlib

/// Error writing output: disk full, read-only directory, ... It names the path.
public struct OutputError: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// A file written under a temporary name and renamed into place when complete.
///
/// Readers of the output directory never see a half-written file under its final name:
/// data is fsynced, renamed, and the directory fsynced.
final class AtomicFile {
    let finalPath: String
    let tempPath: String
    private var fd: Int32
    private(set) var bytesWritten: Int64 = 0

    init(path: String) throws {
        finalPath = path
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        tempPath = "\(dir)/.\(name).tmp-\(getpid())"
        fd = open(tempPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 { throw OutputError(path: tempPath, message: "cannot create: \(String(cString: strerror(errno)))") }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try writeAll(fd, bytes, path: tempPath)
        bytesWritten += Int64(bytes.count)
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// fsync, rename to the final name, fsync the directory.
    func commit() throws {
        if fsync(fd) != 0 { throw OutputError(path: tempPath, message: "fsync failed: \(String(cString: strerror(errno)))") }
        _ = Glibc.close(fd)
        fd = -1
        if rename(tempPath, finalPath) != 0 {
            throw OutputError(path: finalPath, message: "rename failed: \(String(cString: strerror(errno)))")
        }
        syncDirectory(of: finalPath)
    }

    /// Removes the temporary file (on failure or interruption).
    func discard() {
        if fd >= 0 { _ = Glibc.close(fd); fd = -1 }
        unlink(tempPath)
    }

    deinit { if fd >= 0 { discard() } }
}

func syncDirectory(of path: String) {
    let dir = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    let dfd = open(dir, O_RDONLY)
    if dfd >= 0 { _ = fsync(dfd); _ = Glibc.close(dfd) }
}

/// Streams gzip output through zlib's deflate into an `AtomicFile`.
final class GzipWriter {
    private var stream = z_stream()
    private let file: AtomicFile
    private let outCapacity = 1 << 17
    private let out: UnsafeMutablePointer<UInt8>
    private(set) var uncompressedBytes: Int64 = 0

    init(path: String, level: Int) throws {
        file = try AtomicFile(path: path)
        out = .allocate(capacity: outCapacity)
        // 15 + 16: gzip wrapper; memLevel 8 is zlib's default. No file name or time in the header,
        // so the bytes depend only on the content (byte-identical reruns).
        let status = deflateInit2_(&stream, Int32(level), Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            out.deallocate()
            file.discard()
            throw OutputError(path: path, message: "zlib deflateInit failed (\(status))")
        }
    }

    /// Compressed bytes written to the file so far (what shard rotation caps).
    var compressedBytes: Int64 { file.bytesWritten }
    var path: String { file.finalPath }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count > 0 else { return }
        uncompressedBytes += Int64(bytes.count)
        stream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(bytes.count)
        try pump(flush: Z_NO_FLUSH)
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    private func pump(flush: Int32) throws {
        repeat {
            stream.next_out = out
            stream.avail_out = UInt32(outCapacity)
            let status = deflate(&stream, flush)
            if status == Z_STREAM_ERROR { throw OutputError(path: file.tempPath, message: "zlib deflate failed") }
            let produced = outCapacity - Int(stream.avail_out)
            if produced > 0 { try file.write(UnsafeRawBufferPointer(start: out, count: produced)) }
            if flush == Z_FINISH && status == Z_STREAM_END { return }
        } while stream.avail_out == 0 || (flush == Z_FINISH)
    }

    /// Ends the gzip stream and renames the file into place.
    func finish() throws {
        stream.next_in = nil
        stream.avail_in = 0
        try pump(flush: Z_FINISH)
        deflateEnd(&stream)
        try file.commit()
        out.deallocate()
        finished = true
    }

    private var finished = false

    func discard() {
        guard !finished else { return }
        deflateEnd(&stream)
        file.discard()
        out.deallocate()
        finished = true
    }

    deinit { discard() }
}
