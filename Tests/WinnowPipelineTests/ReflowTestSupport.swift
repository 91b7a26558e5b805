import XCTest
@testable import WinnowPipeline

// The reflow tests' questions, asked the one way `run` asks them: the text (one string per line)
// classified by the shipped rules (`Pipelines/news.yaml`), then `Reflow.continuations` on it.

/// The text's lines as the shipped rules classify them.
func reflowLines(_ text: [String]) throws -> [ClassifiedLine] {
    let (classifier, _) = try CleaningFixtures.stages()
    return classifier.classify(text.joined(separator: "\n")).lines
}

/// `joins[i]`: line `i` runs on into line `i + 1` (its wrapped tail); with the classified lines,
/// for a test that first checks how the rules read a line (stripped, kept).
func reflowed(_ text: [String]) throws -> (joins: [Bool], lines: [ClassifiedLine]) {
    let lines = try reflowLines(text)
    return (Reflow.continuations(lines), lines)
}

/// `reflowed(text).joins`: for the tests that only ask which lines wrap.
func reflowJoins(_ text: [String]) throws -> [Bool] {
    try reflowed(text).joins
}
