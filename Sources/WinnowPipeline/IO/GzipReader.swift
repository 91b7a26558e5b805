import CZlib

/// Streaming gzip decompression through zlib, over any number of gzip members back to back.
///
/// Scrape dumps are often several gzip streams concatenated (`cat a.gz b.gz`); zlib's `inflate`
/// stops at the end of each member, so on `Z_STREAM_END` with input left we reset and go on.
/// A file that ends inside a member is an error *after* everything decoded before it is handed on
/// ("keep what decoded, reject the rest").
final class GzipByteSource: ByteSource {
    private let file: FileByteSource
    private var stream = z_stream()
    private let inputCapacity = 1 << 18
    private let input: UnsafeMutablePointer<UInt8>
    private var fileEnded = false
    private var memberOpen = false     // inside a member whose end we have not seen
    private var finished = false
    private var memberCount = 0

    var fileBytesRead: Int64 { file.fileBytesRead }

    init(path: String) throws {
        file = try FileByteSource(path: path)
        input = .allocate(capacity: inputCapacity)
        // 15 + 16: gzip wrapper only, largest window.
        let status = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            input.deallocate()
            throw InputError(file: path, position: "start", reason: "gzip_error", message: "zlib init failed (\(status))")
        }
    }

    /// Offset in the compressed file of the next byte zlib has not consumed.
    private var compressedOffset: Int64 { file.fileBytesRead - Int64(stream.avail_in) }

    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        if finished {
            if let error = pendingError { pendingError = nil; throw error }
            return 0
        }
        stream.next_out = buffer
        stream.avail_out = UInt32(capacity)
        while stream.avail_out > 0 {
            if stream.avail_in == 0 && !fileEnded {
                let n = try file.read(into: input, capacity: inputCapacity)
                if n == 0 { fileEnded = true } else {
                    stream.next_in = input
                    stream.avail_in = UInt32(n)
                }
            }
            if stream.avail_in == 0 && fileEnded {
                finished = true
                if memberOpen {
                    let produced = capacity - Int(stream.avail_out)
                    if produced > 0 { finished = false; return produced } // hand on what decoded first
                    throw InputError(file: file.path, position: "compressed byte \(compressedOffset)",
                                     reason: "truncated_gzip",
                                     message: "gzip stream ends early (member \(memberCount + 1) unfinished); the text decoded before this point is kept")
                }
                if memberCount == 0 {
                    throw InputError(file: file.path, position: "compressed byte 0", reason: "empty_gzip",
                                     message: "empty gzip file")
                }
                break
            }
            memberOpen = true
            let status = inflate(&stream, Z_NO_FLUSH)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                memberOpen = false
                memberCount += 1
                inflateReset(&stream)
                if stream.avail_in == 0 && !fileEnded {
                    let n = try file.read(into: input, capacity: inputCapacity)
                    if n == 0 { fileEnded = true } else { stream.next_in = input; stream.avail_in = UInt32(n) }
                }
                // Trailing zero padding after the last member is common (tape-style writers): skip it.
                skipZeroPadding()
            default:
                let produced = capacity - Int(stream.avail_out)
                let what = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                let position = "compressed byte \(compressedOffset)"
                finished = true
                if produced > 0 {
                    pendingError = InputError(file: file.path, position: position, reason: "corrupt_gzip",
                                              message: "corrupt gzip data (\(what)); the text decoded before this point is kept")
                    return produced
                }
                throw InputError(file: file.path, position: position, reason: "corrupt_gzip",
                                 message: "corrupt gzip data (\(what))")
            }
        }
        return capacity - Int(stream.avail_out)
    }

    private var pendingError: InputError?

    private func skipZeroPadding() {
        while stream.avail_in > 0 && stream.next_in.pointee == 0 {
            stream.next_in += 1
            stream.avail_in -= 1
        }
    }

    func close() {
        file.close()
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }
}
