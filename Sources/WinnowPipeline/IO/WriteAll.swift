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
