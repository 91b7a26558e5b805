import Foundation

/// Looks at the first 64 KiB of a file for NUL bytes: text dumps and JSONL have none, so a file
/// where they pass `maxNulShare` is binary and is rejected whole instead of line by line.
struct BinarySniffer {
    let maxNulShare: Double
    private var seen = 0
    private var nuls = 0

    init(maxNulShare: Double) { self.maxNulShare = maxNulShare }

    mutating func check(_ line: LineReader.Line, file: String) throws {
        guard seen < 65536 else { return }
        nuls += Self.nulCount(line.bytes)
        seen += line.bytes.count + 1
        if nuls > 0 && Double(nuls) > maxNulShare * Double(seen) {
            throw InputError(file: file, position: "line \(line.number), byte \(line.offset)", reason: "binary_file",
                             message: "binary data (\(nuls) NUL bytes in the first \(seen)), not text; file skipped")
        }
    }

    /// Whether `check` over each line of `lines` (complete lines, line ends included) can be
    /// `skip(lines.count)`: once the first 64 KiB are seen, every line passes unchecked; before,
    /// lines without NUL and CR bytes add their bytes and line ends to `seen` (a CR before `\n` is
    /// not counted by `check`), and with no NUL added a file that passed goes on passing (its NUL
    /// share only falls).
    func mayTakeWhole(_ lines: UnsafeBufferPointer<UInt8>) -> Bool {
        guard seen < 65536 else { return true }
        guard let base = lines.baseAddress else { return true }
        return memchr(base, 0, lines.count) == nil && memchr(base, 0x0D, lines.count) == nil
    }

    /// `check` of lines that `mayTakeWhole` let through: `seen` past 64 KiB is never read again.
    mutating func skip(_ bytes: Int) {
        if seen < 65536 { seen += bytes }
    }

    /// NUL bytes in `bytes`, found with `memchr`: text has none, so a line costs one vectorised
    /// scan. (A loop over every byte was ~3 instructions a byte: most of the read loop's own time
    /// for dumps under 64 KiB, read twice with the learned pass.)
    static func nulCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard var p = bytes.baseAddress else { return 0 }
        var left = bytes.count, n = 0
        while left > 0, let hit = memchr(p, 0, left) {
            let at = hit.assumingMemoryBound(to: UInt8.self)
            n += 1
            left -= p.distance(to: at) + 1
            p = UnsafePointer(at) + 1
        }
        return n
    }
}
