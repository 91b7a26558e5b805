/// Where a wrapped text begins below a header of unwrapped lines.
///
/// A page's furniture is not wrapped with its story: `Support Progressive Journalism The Nation
/// is reader supported: …` (300 columns) and four more promos sit over copy wrapped at 64. In a
/// record of two stories those few lines were already more than 3% of the lines wider than any
/// wrap width, `narrowness(…).whole` said no, and no paragraph of the record was reflowed (every
/// wrapped line then stood alone, and its tail read as a headline).
extension Reflow {
    /// Consecutive narrow body lines that show wrapped copy has begun (a wrapped paragraph's
    /// lines; a headline over a byline is two).
    static let wrappedRunLines = 3

    // `narrowness(lines).belowHeader`: the text is mostly narrow counted from the first
    // `wrappedRunLines` consecutive narrow body lines on: wide lines above them (a header of
    // unwrapped furniture) do not count. Unwrapped news text (paragraphs wider than any wrap
    // width, with blank lines or short lines between them) is still rejected as soon as its wide
    // lines below the run pass the 3%.
}
