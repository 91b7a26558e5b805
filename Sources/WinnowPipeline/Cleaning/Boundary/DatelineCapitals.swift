/// Capitals of a dateline's place in UTF-8 bytes: ASCII `A`-`Z`, and the Latin-1 capitals `À`-`Þ`
/// (bytes `C3 80`-`C3 9E`, not `×`), which wire copy sets in places written in capitals
/// (`DÜSSELDORF, Germany —`, `SÃO PAULO —`, `ÉVORA —`). A place whose second letter is such a
/// capital was read as no dateline (the matcher's gate asked for two ASCII capitals), or as a
/// mixed-case place (a non-ASCII lead byte counted as a lower-case letter).
enum DatelineCapitals {
    /// The byte length of the capital at `k` in `u` (1 or 2), or 0 if none is there.
    static func length(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Int {
        guard k < u.count else { return 0 }
        let b = u[k]
        if b.isASCIIUpper { return 1 }
        guard b == 0xC3, k + 1 < u.count else { return 0 }
        let c = u[k + 1]
        return c >= 0x80 && c <= 0x9E && c != 0x97 ? 2 : 0
    }

    /// `u` opens with two capitals.
    static func opensWithTwo(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = length(u, at: 0)
        return n > 0 && length(u, at: n) > 0
    }
}
