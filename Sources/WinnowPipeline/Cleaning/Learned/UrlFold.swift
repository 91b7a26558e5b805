/// A line whose only changing part is a web address: `The Wayback Machine - https://web.archive.org/web/…`,
/// `View original content: https://…`, `URL: https://…`. Its key differs on every page, so the
/// learner also counts it with the address folded out (`key`): the same banner or link line in
/// many documents is learned like any repeated line (`LineClassifier` strips it; the prose
/// exemption still keeps a sentence that cites an address). A line that is nothing but an
/// address has no key here: bare links are the link rules' to judge.
enum UrlFold {
    /// Mixed into the key so it never equals a whole line's key or a field label's.
    static let salt: UInt64 = 0x7572_6C5F_666F_6C64

    /// The key of the line with its web addresses replaced by one placeholder, or 0 when it holds
    /// none, or nothing with a letter besides.
    static func key(_ line: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard mayHoldAddress(line) else { return 0 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: line.count + 4) { out -> UInt64 in
            var n = 0, folded = false, letters = false
            var i = 0
            while i < line.count {
                var e = i
                while e < line.count, line[e] != 0x20 { e += 1 }
                let word = UnsafeBufferPointer(rebasing: line[i..<e])
                if isAddress(word) {
                    out[n] = 0x75; out[n + 1] = 0x72; out[n + 2] = 0x6C; n += 3  // `url`
                    folded = true
                } else {
                    for b in word { out[n] = b; n += 1; if b.isASCIILetter || b >= 0xC3 { letters = true } }
                }
                if e < line.count { out[n] = 0x20; n += 1 }
                i = e + 1
            }
            guard folded, letters else { return 0 }
            return LineKey.hash(bytes: UnsafeBufferPointer(rebasing: out[0..<n])) ^ salt
        }
    }

    /// A cheap first look: `://` or `www.` somewhere in the line. It runs on every line the
    /// learner counts and the classifier tests, so `memchr`-driven searches (`ByteSearch`), not
    /// a compare per byte: a byte loop here was 1.2% of a3's instructions.
    @inline(__always)
    static func mayHoldAddress(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= 8 else { return false }
        return scheme.withUnsafeBufferPointer { ByteSearch.occurs($0, in: line, startingBy: line.count) }
            || www.withUnsafeBufferPointer { ByteSearch.occurs($0, in: line, startingBy: line.count) }
    }

    private static let scheme: [UInt8] = Array("://".utf8)
    private static let www: [UInt8] = Array("www.".utf8)

    /// A word that is a web address (`https://…`, `www.…`), with brackets or quotes around it.
    static func isAddress(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = 0
        while s < w.count, w[s] == 0x28 || w[s] == 0x3C || w[s] == 0x22 || w[s] == 0x5B { s += 1 }
        let rest = UnsafeBufferPointer(rebasing: w[s...])
        if rest.count > 4, rest[0] == 0x77, rest[1] == 0x77, rest[2] == 0x77, rest[3] == 0x2E { return true }
        guard rest.count > 8 else { return false }
        // A scheme of letters, then `://`.
        var k = 0
        while k < rest.count, rest[k].isASCIILetter { k += 1 }
        return k >= 2 && k + 2 < rest.count && rest[k] == 0x3A && rest[k + 1] == 0x2F && rest[k + 2] == 0x2F
    }
}
