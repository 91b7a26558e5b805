@testable import WinnowPipeline

extension ScoredLine {
    /// A line score as the planner's passes receive it: `features` fired, in order, adding up to
    /// `score` (no weights applied, so a test sets the score it means to test around).
    static func fixture(_ score: Double, _ features: [SplitFeature]) -> ScoredLine {
        var s = ScoredLine()
        for f in features { s.fired.append(f) }
        s.score = score
        return s
    }
}
