@testable import WinnowPipeline

/// The rule family that strips one line on its own: what most cleaning tests assert, asked one
/// way (the tests each carried a private copy of it).
extension CleaningFixtures {
    /// The family `classifier` strips `line` by, nil when the line is kept.
    static func strippedRule(_ classifier: LineClassifier, _ line: String) -> String? {
        classifier.classify(line).lines[0].strippedRule
    }

    /// The family the shipped config (`Pipelines/news.yaml`) strips `line` by, nil when kept.
    static func strippedRule(_ line: String) throws -> String? {
        strippedRule(try classifier(), line)
    }

    /// The shipped config's line classifier alone: `stages()` builds a `StorySplitter` too (its
    /// scorer, dateline matcher and rule tables), which a question about one line's rule never asks.
    static func classifier() throws -> LineClassifier {
        try LineClassifier(config: configs().0)
    }
}
