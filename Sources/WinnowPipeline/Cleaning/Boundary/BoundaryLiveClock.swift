/// A live blog's entry stamp as a clock time alone on its line (`10:28 a.m. ET`, `6:08AM EST`,
/// `13.23`, `14h32`, `10:42 Uhr`), stripped by `live_entry`. A page prints its own stamp with a
/// date (`March 3, 2024 10:15`); a bare time is what a running story sets over each entry. So,
/// as a stamp with an entry heading (`BoundaryEntryStamp.swift`), it is no page edge: a live
/// blog's entries, each under its share row and stamp, stay one story.
extension BoundaryScorer {
    /// Longest such stamp in bytes (`10:28 a.m. AEST`).
    static let clockStampMaxBytes = 18

    /// Whether a stripped time stamp's bytes `u` are a clock time alone: 1-2 digits, `:` `.` or
    /// `h`, 2 digits, then only letters, dots and blanks (am/pm, a zone, `Uhr`).
    static func isClockStamp(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 4, u.count <= clockStampMaxBytes else { return false }
        func digit(_ k: Int) -> Bool { k < u.count && u[k].isASCIIDigit }
        guard digit(0) else { return false }
        var k = digit(1) ? 2 : 1
        guard k < u.count, u[k] == 0x3A || u[k] == 0x2E || u[k] == 0x68, digit(k + 1), digit(k + 2) else { return false }
        k += 3
        while k < u.count {
            let l = u[k] | 0x20
            guard l.isASCIILower || u[k] == 0x2E || u[k] == 0x20 else { return false }
            k += 1
        }
        return true
    }
}
