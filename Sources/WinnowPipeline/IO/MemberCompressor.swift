import CLibDeflate

/// Compresses chunks of bytes into independent gzip members with libdeflate, one compressor per
/// thread (`MemberPipeline` runs them in the background).
///
/// A shard written as a series of gzip members is still one valid `.gz` file for every reader
/// (`gzip -d`, Python's `gzip`, zlib with multi-member support). Chunk boundaries depend only on
/// the bytes, never on the thread count, so output is byte-identical for any `--threads`.
final class MemberCompressor {
    private let compressors: [OpaquePointer]
    let level: Int

    init(level: Int, threads: Int) {
        self.level = level
        compressors = (0..<max(1, threads)).map { _ in libdeflate_alloc_compressor(Int32(level))! }
    }

    deinit { compressors.forEach { libdeflate_free_compressor($0) } }

    /// `chunk` as one gzip member, with compressor `index` (one caller at a time per compressor).
    func compress(_ chunk: [UInt8], compressor index: Int) -> [UInt8] {
        Self.member(chunk, with: compressors[index])
    }

    var compressorCount: Int { compressors.count }

    private static func member(_ chunk: [UInt8], with compressor: OpaquePointer) -> [UInt8] {
        let bound = libdeflate_gzip_compress_bound(compressor, chunk.count)
        // Not zero-filled first: libdeflate writes the member, and only its bytes are kept.
        let out = [UInt8](unsafeUninitializedCapacity: bound) { dst, count in
            count = chunk.withUnsafeBytes { src in
                libdeflate_gzip_compress(compressor, src.baseAddress, chunk.count, dst.baseAddress, bound)
            }
        }
        precondition(out.count > 0, "libdeflate: output bound was too small")
        return out
    }
}
