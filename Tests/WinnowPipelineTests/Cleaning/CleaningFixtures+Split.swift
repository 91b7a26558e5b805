@testable import WinnowPipeline

/// A text (one string per line) classified and split by the shipped config: what most split tests
/// ask, asked one way (the tests each carried a private copy of it).
extension CleaningFixtures {
    static func split(_ lines: [String], separator: String = "\n") throws -> [ExtractedStory] {
        let (classifier, splitter) = try stages()
        return splitter.split(classifier.classify(lines.joined(separator: separator)))
    }

    /// `split`, with every input line's fate.
    static func splitWithFates(_ lines: [String]) throws -> (stories: [ExtractedStory], fates: [LineFate]) {
        let (classifier, splitter) = try stages()
        return splitter.splitWithFates(classifier.classify(lines.joined(separator: "\n")))
    }
}
