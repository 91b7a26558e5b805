/// The wrap width of a short wrapped text whose headlines are set unwrapped.
///
/// `wrapWidth` reads the width at the 97th percentile: in a record of 50–80 wrapped lines, two
/// or three unwrapped headlines (`TRUMP SAYS PEACE TALKS … TO AFGHANISTAN`, 86 columns over text
/// wrapped at 58) are already more than 3% of the lines, the percentile lands on a headline, too
/// few lines come near it, and the whole record was left unwrapped: every paragraph's first line
/// stood alone and its tail looked like a headline (wire dumps: one paragraph in two broken).
/// Wrapped text still shows its width below the headlines: most lines end within 15 columns of
/// it, and only a few lines are wider.
extension Reflow {
    /// Percentile read when the 97th lands on unwrapped lines: at most 10% of lines above it.
    static let headlineTolerantPercentile = 90

    /// The width at the 90th percentile of `count` body widths counted in `histogram`
    /// (`widthHistogram`, shared with `wrapWidth`), raised over lines at most `unwrappedSlack`
    /// wider, when at least half of all the lines end within 15 columns at or below it
    /// (ragged-right wrapped prose; a list or a page of short unwrapped lines spreads wider).
    /// `nil` otherwise.
    static func headlineTolerantWrapWidth(histogram: [Int], count: Int) -> Int? {
        guard count >= 10 else { return nil }
        let rank = (count * headlineTolerantPercentile) / 100
        var below = 0, width = 0
        while below + histogram[width] <= rank { below += histogram[width]; width += 1 }
        guard width <= maxWrapWidth else { return nil }
        // The wrapped lines' widest: lines within `unwrappedSlack` above go on with the wrapped
        // ones, so every line left above it is wider by more than the slack (set unwrapped).
        var top = width
        while top < maxWrapWidth, let next = ((top + 1)...min(top + unwrappedSlack, maxWrapWidth)).last(where: { histogram[$0] > 0 }) {
            top = next
        }
        guard top >= minWrapWidth else { return nil }
        var band = 0
        for w in (top - 15)...top { band += histogram[w] }
        return band * 2 >= count ? top : nil
    }
}
