#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes all of `bytes` to `fd`, retrying short writes and EINTR; a failure names `path` and the
/// system's reason (ENOSPC, EROFS, …). The one write loop of the output files, the spool and the
/// checkpoint.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
    var done = 0
    while done < bytes.count {
        let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
        if n < 0 {
            if errno == EINTR { continue }
            throw OutputError(path: path, message: "write failed: \(String(cString: strerror(errno)))")
        }
        done += n
    }
}

/// Fills `buffer` with the bytes of `fd` at `offset`, retrying short reads and EINTR; a failure
/// or an early end names `path`, `what` and the offset. The one read-back loop of the spool and
/// the checkpoint.
func readAll(_ fd: Int32, at offset: Int64, into buffer: UnsafeMutableRawBufferPointer, path: String, what: String) throws {
    var done = 0
    while done < buffer.count {
        let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
        if n <= 0 {
            if n < 0 && errno == EINTR { continue }
            throw OutputError(path: path, message: "\(what) read failed at byte \(offset)")
        }
        done += n
    }
}

/// `count` bytes of `fd` at `offset` into `buffer` (replacing its contents), read in place.
func readAll(_ fd: Int32, at offset: Int64, count: Int, into buffer: inout [UInt8], path: String, what: String) throws {
    if buffer.count != count {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: repeatElement(0, count: count))
    }
    try buffer.withUnsafeMutableBytes { try readAll(fd, at: offset, into: $0, path: path, what: what) }
}

/// Up to `buffer.count` bytes of `fd` at `offset` into `buffer`, retrying short reads and EINTR;
/// returns how many it read (fewer only at the end of the file).
func readUpTo(_ fd: Int32, at offset: Int64, into buffer: UnsafeMutableRawBufferPointer, path: String, what: String) throws -> Int {
    var done = 0
    while done < buffer.count {
        let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
        if n < 0 {
            if errno == EINTR { continue }
            throw OutputError(path: path, message: "\(what) read failed at byte \(offset)")
        }
        if n == 0 { break }
        done += n
    }
    return done
}
