#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read in chunks: a file, or a decompressor over a file.
protocol ByteSource: AnyObject {
    /// Reads up to `capacity` bytes into `buffer`; returns 0 at the end.
    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int
    /// Bytes consumed from the underlying file so far (for progress).
    var fileBytesRead: Int64 { get }
    /// Bytes the whole stream holds, when known before reading it (a buffer for it is sized once).
    var totalBytes: Int? { get }
    /// The whole stream, when the source already holds it in memory (a whole-decoded gzip file):
    /// a reader may read it in place instead of copying it out chunk by chunk. Valid while the
    /// source lives; `read` is then never called.
    var wholeText: UnsafeBufferPointer<UInt8>? { get }
    func close()
}

extension ByteSource {
    var totalBytes: Int? { nil }
    var wholeText: UnsafeBufferPointer<UInt8>? { nil }
}

/// Raw file bytes through `read(2)`: no Foundation buffering, no whole-file loads.
final class FileByteSource: ByteSource {
    let path: String
    private var fd: Int32
    private(set) var fileBytesRead: Int64 = 0

    init(path: String) throws {
        self.path = path
        // Non-blocking open: a FIFO with no writer would otherwise block the run for ever (and a
        // SIGTERM with it); reads are blocking again, and such a FIFO reads as empty.
        fd = open(path, O_RDONLY | O_NONBLOCK)
        if fd < 0 {
            let why = String(cString: strerror(errno))
            throw InputError(file: path, position: "open", reason: "unreadable", message: "cannot open: \(why)")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    }

    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        while true {
            let n = Glibc.read(fd, buffer, capacity)
            if n >= 0 {
                fileBytesRead += Int64(n)
                return n
            }
            if errno == EINTR { continue }
            let why = String(cString: strerror(errno))
            throw InputError(file: path, position: "byte \(fileBytesRead)", reason: "unreadable",
                             message: "read failed: \(why)")
        }
    }

    func close() {
        if fd >= 0 { _ = Glibc.close(fd); fd = -1 }
    }

    deinit { close() }
}
