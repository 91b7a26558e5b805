import Foundation

/// A market-data strip flattened into one line: a business page's ticker box (`Ticker Security
/// Last Change Change % I:DJI DOW JONES AVERAGES 27783.59 +92.10 +0.33% SP500 …`). Its words are
/// mostly symbols and names in capitals with no sentence end, so it scored as a headline over the
/// newsletter box under it and split the story it sits in. A headline does not quote a table of
/// signed changes: three signed percentages (`+0.33%`, `-3.05%`) make the line data, no start.
extension BoundaryScorer {
    /// Signed percentages that make a line a quote strip.
    static let minSignedPercents = 3

    /// The line holds `minSignedPercents` tokens `+d%` / `-d%` (digits, `.` and `,` inside), each
    /// opening at the line's start or after a space.
    static func isQuoteStrip(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        // Asked of every line the scorer weighs, and nearly none holds a `%`: `memchr` (vectorised)
        // turns those away before the byte walk (the walk alone was 1% of a run's instructions).
        guard let base = u.baseAddress, memchr(base, 0x25, u.count) != nil else { return false }
        var found = 0
        var k = 0
        let n = u.count
        while k < n {
            let c = u[k]
            if (c == 0x2B || c == 0x2D) && (k == 0 || u[k - 1] == 0x20) {
                var j = k + 1
                var digits = 0
                while j < n, u[j].isASCIIDigit || u[j] == 0x2E || u[j] == 0x2C {
                    if u[j].isASCIIDigit { digits += 1 }
                    j += 1
                }
                if digits > 0 && j < n && u[j] == 0x25 {
                    found += 1
                    if found >= minSignedPercents { return true }
                }
                k = j
                continue
            }
            k += 1
        }
        return false
    }
}
