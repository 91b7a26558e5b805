#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
