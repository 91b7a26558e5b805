import XCTest
@testable import WinnowPipeline

/// The kinds of the block above the orchestra story's lede (`BoundaryScorer.furnitureBlockLedeKinds`),
/// with `middle` between the harbour story and that lede: what the tests of the walk up from a
/// headline-less lede (captioned blocks, block labels, pipe bylines) compare.
func ledeKinds(_ middle: [String], lede: String = SplitStructureTests.orchestra[0]) throws -> UInt8 {
    let (classifier, _) = try CleaningFixtures.stages()
    let scorer = try CleaningFixtures.scorer()
    let text = (SplitStructureTests.harbour + middle + [lede] + SplitStructureTests.orchestra.dropFirst()).joined(separator: "\n\n")
    let lines = classifier.classify(text).lines
    let i = try XCTUnwrap(lines.firstIndex { $0.content == lede })
    return scorer.furnitureBlockLedeKinds(i, in: lines, facts: scorer.facts(lines))
}
