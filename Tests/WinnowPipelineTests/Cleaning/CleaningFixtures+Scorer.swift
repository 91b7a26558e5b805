import XCTest
@testable import WinnowPipeline

/// The boundary scorer and planner built as `StorySplitter` builds them (its own are private),
/// for the tests that read line facts or plan starts directly: one way to build them, so a test
/// cannot drift from the splitter's (say, by a dateline matcher on another config).
extension CleaningFixtures {
    /// A scorer on `config`, with its dateline matcher on the same config.
    static func scorer(_ config: SplitConfig) throws -> BoundaryScorer {
        BoundaryScorer(config: config, datelines: try DatelineMatcher(config))
    }

    /// A scorer on the shipped split config (`Pipelines/news.yaml`), changed by `edit`.
    static func scorer(editing edit: (inout SplitConfig) -> Void = { _ in }) throws -> BoundaryScorer {
        var config = try configs().1
        edit(&config)
        return try scorer(config)
    }

    /// A planner over `scorer(editing:)`.
    static func planner(editing edit: (inout SplitConfig) -> Void = { _ in }) throws -> BoundaryPlanner {
        BoundaryPlanner(scorer: try scorer(editing: edit))
    }
}
