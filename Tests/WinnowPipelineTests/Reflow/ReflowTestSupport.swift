import XCTest
@testable import WinnowPipeline

// The reflow tests' questions, asked the one way `run` asks them: the text (one string per line)
// classified by the shipped rules (`Pipelines/news.yaml`), then `Reflow.continuations` on it.

/// The text's lines as the shipped rules classify them.
func reflowLines(_ text: [String]) throws -> [ClassifiedLine] {
    try CleaningFixtures.classifier().classify(text.joined(separator: "\n")).lines
}

/// `joins[i]`: line `i` runs on into line `i + 1` (its wrapped tail); with the classified lines,
/// for a test that first checks how the rules read a line (stripped, kept).
func reflowed(_ text: [String]) throws -> (joins: [Bool], lines: [ClassifiedLine]) {
    let lines = try reflowLines(text)
    return (Reflow.continuations(lines, datelines: try shippedDatelines()), lines)
}

/// The dateline matcher on the shipped split config, as `StorySplitter` passes it to the reflow.
func shippedDatelines() throws -> DatelineMatcher {
    try DatelineMatcher(CleaningFixtures.configs().1)
}

/// `reflowed(text).joins`: for the tests that only ask which lines wrap.
func reflowJoins(_ text: [String]) throws -> [Bool] {
    try reflowed(text).joins
}

// Forms of `Reflow`'s tests that `run` reaches another way (`continuations` asks `narrowness`
// once, and builds the widths' histogram once for both wrap widths).
extension Reflow {
    /// The text is mostly narrow (`narrowness(lines).whole`).
    static func mostlyNarrow(_ lines: [ClassifiedLine]) -> Bool { narrowness(lines).whole }

    /// The text is mostly narrow below a header of unwrapped lines (`narrowness(lines).belowHeader`).
    static func mostlyNarrowBelowHeader(_ lines: [ClassifiedLine]) -> Bool { narrowness(lines).belowHeader }

    /// `wrapWidth(histogram:count:)` of the body lines' widths (in order).
    static func wrapWidth(bodyWidths: [Int]) -> Int? {
        wrapWidth(histogram: widthHistogram(bodyWidths), count: bodyWidths.count)
    }

    /// `headlineTolerantWrapWidth(histogram:count:)` of the body lines' widths (in order).
    static func headlineTolerantWrapWidth(bodyWidths: [Int]) -> Int? {
        headlineTolerantWrapWidth(histogram: widthHistogram(bodyWidths), count: bodyWidths.count)
    }
}
