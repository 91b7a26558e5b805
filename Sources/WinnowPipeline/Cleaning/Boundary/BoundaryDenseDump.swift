/// A dense dump: one paragraph per line and no blank line anywhere between its body lines, so
/// headlines are lines among the paragraphs, set off by nothing. Where a dump spaces its text,
/// a glued story's headline usually shows in its spacing (a wider gap above it, `wide_gap`); in a
/// dense one its shape, the topic shift and the story's length are all there is to go on, so the
/// long-story prior can read a story's length with more trust there (`dense_long_story_*`).
extension BoundaryPlanner {
    /// No blank line between the first and the last body line (and some body lines at all).
    static func isDense(_ lines: [ClassifiedLine]) -> Bool {
        var seenBody = false, blankSinceBody = false
        for line in lines {
            switch line.kind {
            case .body:
                if blankSinceBody { return false }
                seenBody = true
            case .blank:
                if seenBody { blankSinceBody = true }
            default:
                break
            }
        }
        return seenBody
    }
}

/// The long-story prior's values for one text: the dense ones where the dump is dense and the
/// pipeline sets them, the ordinary ones otherwise.
struct LongStoryParameters {
    let factor: Double
    let cohesion: Double
    let affinityCohesion: Double
    let affinity: Double

    init(_ config: SplitConfig, dense: Bool) {
        factor = (dense ? config.denseLongStoryFactor : nil) ?? config.longStoryFactor
        cohesion = (dense ? config.denseLongStoryCohesion : nil) ?? config.longStoryCohesion
        affinityCohesion = (dense ? config.denseLongStoryAffinityCohesion : nil) ?? config.longStoryAffinityCohesion
        affinity = (dense ? config.denseLongStoryAffinity : nil) ?? config.longStoryAffinity
    }
}
