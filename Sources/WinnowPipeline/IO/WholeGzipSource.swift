import CLibDeflate
#if canImport(Glibc)
import Glibc
#endif

/// A small gzip file decompressed whole with libdeflate (about 2.5x zlib's streaming speed on
/// these dumps: 348 vs 137 MB/s of text), then served like any byte source.
///
/// Only for a file that decodes cleanly within the size caps: every member whole, nothing after
/// the last but zero padding. Anything else (a truncated or corrupt member, a file too big to
/// hold) returns nil and the caller streams it through zlib (`GzipByteSource`), so errors,
/// their positions and the text kept before them are exactly those of the streaming reader.
final class WholeGzipSource: ByteSource {
    /// Compressed files up to this size are tried whole; text up to `maxTextBytes` is held.
    static let maxFileBytes: Int64 = 8 << 20
    static let maxTextBytes = 32 << 20

    private var text: UnsafeMutableRawPointer
    private let count: Int
    private var position = 0
    let fileBytesRead: Int64

    private init(text: UnsafeMutableRawPointer, count: Int, fileBytes: Int64) {
        self.text = text
        self.count = count
        fileBytesRead = fileBytes
    }

    /// The gzip source for `path`: this one when the file decodes whole, else zlib streaming.
    static func open(path: String, size: Int64) throws -> ByteSource {
        if size > 0 && size <= maxFileBytes, let whole = decode(path: path, size: size) { return whole }
        return try GzipByteSource(path: path)
    }

    /// The whole file decoded, or nil for anything the streaming reader should handle.
    private static func decode(path: String, size: Int64) -> WholeGzipSource? {
        guard let file = try? FileByteSource(path: path) else { return nil }
        defer { file.close() }
        var input = [UInt8]()
        input.reserveCapacity(Int(size))   // once, not by doubling from the first chunk
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            guard let n = try? chunk.withUnsafeMutableBufferPointer({ try file.read(into: $0.baseAddress!, capacity: $0.count) })
            else { return nil }
            if n == 0 { break }
            input.append(contentsOf: chunk[0..<n])
            if input.count > maxFileBytes { return nil }
        }
        guard input.count >= 18 else { return nil }
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        // First guess: the last member's ISIZE (the whole text for a single-member file).
        let isize = Int(input[input.count - 4]) | Int(input[input.count - 3]) << 8
            | Int(input[input.count - 2]) << 16 | Int(input[input.count - 1]) << 24
        var capacity = min(maxTextBytes, max(isize, input.count * 4, 1 << 16))
        var out = malloc(capacity)!
        var produced = 0
        var consumed = 0
        var members = 0
        let ok: Bool = input.withUnsafeBytes { inBuf in
            while consumed < inBuf.count {
                var usedIn = 0, usedOut = 0
                let status = libdeflate_gzip_decompress_ex(decompressor, inBuf.baseAddress! + consumed, inBuf.count - consumed,
                                                           out + produced, capacity - produced, &usedIn, &usedOut)
                if status == LIBDEFLATE_INSUFFICIENT_SPACE {
                    guard capacity < maxTextBytes else { return false }
                    capacity = min(maxTextBytes, capacity * 2)
                    guard let grown = realloc(out, capacity) else { return false }
                    out = grown
                    continue
                }
                guard status == LIBDEFLATE_SUCCESS else { return false }
                consumed += usedIn
                produced += usedOut
                members += 1
                // Trailing zero padding after the last member is skipped, as the streaming reader does.
                var rest = consumed
                while rest < inBuf.count && inBuf[rest] == 0 { rest += 1 }
                if rest == inBuf.count { return true }
                if rest > consumed { return false }   // zeros then more data: let zlib judge it
            }
            return members > 0
        }
        guard ok else {
            free(out)
            return nil
        }
        return WholeGzipSource(text: out, count: produced, fileBytes: Int64(input.count))
    }

    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        let n = min(capacity, count - position)
        if n > 0 { memcpy(buffer, text + position, n) }
        position += n
        return n
    }

    var totalBytes: Int? { count }

    func close() {}

    deinit { free(text) }
}
