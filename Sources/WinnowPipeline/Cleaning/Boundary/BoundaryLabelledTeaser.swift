/// A headline repeated below under a link label (`Watch: <headline>`, `Up next: <headline>
/// (video)`): a player's or a related box's teaser for the page that headline opens, not a
/// sentence its article quotes. `quoted_below` took such a teaser in the next page's `Up Next`
/// list for a pull quote and vetoed the headline (shared media pages: `Senate GOP to bring
/// Obamacare repeal bill out of the shadows` under `Watch: Senate GOP to bring … (video)`
/// further down). A quote stands inside prose; a teaser is the headline alone after a short label
/// and its colon, with at most a bracketed media type after it.
extension BoundaryScorer {
    /// Longest label before the colon (`Watch`, `Up next`, `Listen now`), in bytes.
    private static let teaserLabelMaxBytes = 16
    /// Longest tail after the headline (` (video)`, ` (audio)`), in bytes.
    private static let teaserTailMaxBytes = 10

    /// `hay` is `Label: ` + `needle`, with at most a short bracketed tail: a labelled teaser.
    static func isLabelledTeaser(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hay.count > needle.count,
              let p = ByteSearch.offset(of: needle, in: hay, from: 0, through: teaserLabelMaxBytes + 2) else { return false }
        // `Label: ` before it: a colon and a space, no sentence stop in the label.
        guard p >= 3, hay[p - 1] == 0x20, hay[p - 2] == 0x3A else { return false }
        for k in 0..<(p - 2) where hay[k] == 0x2E || hay[k] == 0x3F || hay[k] == 0x21 { return false }
        let tail = hay.count - p - needle.count
        if tail == 0 { return true }
        // ` (video)`: a space, a bracketed word, the line's end.
        guard tail >= 3, tail <= teaserTailMaxBytes, hay[p + needle.count] == 0x20, hay[p + needle.count + 1] == 0x28,
              hay[hay.count - 1] == 0x29 else { return false }
        return true
    }
}
