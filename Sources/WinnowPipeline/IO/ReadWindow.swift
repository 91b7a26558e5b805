/// A read buffer over one file for reads at mostly increasing offsets (dedup's survivors' records
/// and duplicates' meta lines, both read in input order): a read inside the window is a copy, one
/// outside it refills the window from its offset with one larger read. On dumps-75 that was one
/// pread per record or meta line, ~50k system calls.
///
/// The read-ahead adapts to how much of each window was used: where the wanted ranges are sparse
/// (survivors' records on dumps-300, 13% of the checkpoint's stories) a full window would copy
/// mostly bytes nobody reads, which costs more than the system calls it saves; there it shrinks
/// toward one exact read per range, and grows back where the ranges are dense. Only the reads
/// change with it, never the bytes returned.
///
/// `fill(offset, buffer)` reads up to `buffer.count` bytes at `offset` and returns how many it
/// read (fewer only at the end of the file).
struct ReadWindow {
    /// The file read (named in errors).
    let path: String
    private var window: [UInt8]
    private var start: Int64 = 0
    private var filled = 0
    /// Bytes of the current window handed out, and the read-ahead of the next refill.
    private var used = 0
    private var readAhead: Int

    /// The window's most: 256 KiB, a few hundred meta lines or dozens of records per read.
    init(path: String, size: Int = 1 << 18) {
        self.path = path
        window = [UInt8](repeating: 0, count: size)
        readAhead = size
    }

    /// `count` bytes at `offset` into `out` (replacing its contents).
    mutating func read(at offset: Int64, count: Int, into out: inout [UInt8],
                       fill: (Int64, UnsafeMutableRawBufferPointer) throws -> Int) throws {
        out.removeAll(keepingCapacity: true)
        if offset < start || offset + Int64(count) > start + Int64(filled) {
            if filled > 0 {
                // Under a quarter of the last window used: halve the read-ahead, else double it.
                readAhead = used * 4 < filled ? readAhead / 2 : min(window.count, max(4096, readAhead * 2))
            }
            let length = min(window.count, count + readAhead)
            if count > length {
                // Larger than the window: straight into `out`.
                out.append(contentsOf: repeatElement(0, count: count))
                let got = try out.withUnsafeMutableBytes { try fill(offset, $0) }
                if got < count { throw OutputError(path: path, message: "read ended early at byte \(offset)") }
                return
            }
            start = offset
            filled = try window.withUnsafeMutableBytes { try fill(offset, UnsafeMutableRawBufferPointer(rebasing: $0[0..<length])) }
            used = 0
            if filled < count { throw OutputError(path: path, message: "read ended early at byte \(offset)") }
        }
        let from = Int(offset - start)
        out.append(contentsOf: window[from..<(from + count)])
        used += count
    }
}
