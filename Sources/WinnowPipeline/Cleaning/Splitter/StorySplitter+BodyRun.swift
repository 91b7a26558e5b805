/// A run of a story's body: bytes `start..<end` of one of the block's Strings (line bounds, so on
/// scalar boundaries), lines that follow one another there joined by their own `\n`.
struct BodyRun {
    var storage: String
    var start: Int
    var end: Int

    /// The runs joined by `\n`: the bytes `SplitText.joinedLines` writes for their Substrings
    /// (each part then a break, none after the last), copied into one buffer and made a String
    /// without validating them again (`TextBlockString`: slices of valid Strings at scalar
    /// boundaries are valid). `String(unsafeUninitializedCapacity:)` validated every byte: 64 M
    /// instructions on three e2e dumps, more than the appends it replaced.
    static func joined(_ runs: [BodyRun]) -> String {
        var total = max(0, runs.count - 1)
        for r in runs { total += r.end - r.start }
        return TextBlockString.build(capacity: total) { out in
            var n = 0
            for (k, r) in runs.enumerated() {
                if k > 0 { out[n] = 0x0A; n += 1 }
                // Native Strings (all the splitter's) are contiguous: no copy before this one.
                var s = r.storage
                s.withUTF8 { u in
                    let part = UnsafeBufferPointer(rebasing: u[r.start..<r.end])
                    _ = UnsafeMutableBufferPointer(rebasing: out[n..<(n + part.count)]).initialize(from: part)
                    n += part.count
                }
            }
            return n
        }
    }
}
