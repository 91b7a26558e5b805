/// A record header's fields: an export prints each document's metadata as `Label: value` lines
/// one under another (`Section: Metropolitan Desk; Pg. 25` / `Length: 1024 words`, `LOAD-DATE:` /
/// `LANGUAGE:`), blank lines between or not. Learned (they repeat over the dump), such a line has a
/// headline's shape often enough (`Section: Business/Financial Desk; Pg. 2`), but a line in a run
/// of fields is a field, not a headline the rules stripped: a headline learned from a story run
/// in several dumps stands apart, with no field next to it (`Exclusive: Kushner Firm …` over a
/// byline stays one).
extension BoundaryPlanner {
    /// Line `p` opens with a field label, and so does the nearest non-blank line above or below it,
    /// however many blank lines stand between (a header's fields may be set far apart; the line
    /// is a learned one already).
    static func inFieldRun(_ p: Int, _ lines: [ClassifiedLine]) -> Bool {
        lines.withTextBytes(p, opensWithFieldLabel)
            && FieldLine.hasFieldNeighbour(p, lines, maxBlanks: .max, opensWithFieldLabel)
    }

    /// A header's field label (`Section`, `LOAD-DATE`: `FieldLine.Shape.headerField`) at the
    /// line's very start.
    static func opensWithFieldLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        FieldLine.capitalLabelColon(u, from: 0, .headerField) > 0
    }
}
