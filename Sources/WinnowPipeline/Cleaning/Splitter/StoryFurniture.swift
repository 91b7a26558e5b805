/// Story assembly's non-prose lines that the line rules keep as body: bylines and links to other
/// stories (`link` role: `RELATED: <title>`, `Read more: <title>`).
///
/// The splitter reads them as before (a byline heads the story below it, a link is never a start
/// and no trailer); only assembly moves them out of the text, a byline wherever it sits (`bylines_to_metadata`,
/// `links_to_metadata`), to `metadata.bylines` / `metadata.links`: a byline names the authors, a
/// link names another page, and neither is the story's prose.
enum StoryFurniture {
    /// What assembly does with body line `i`.
    enum Fate {
        /// Story text, as before.
        case text
        /// A byline of the story being assembled (its header, the first line of a story with no
        /// headline, or one left inside its text where a page's header was glued on without a
        /// start found): out of the text, into that story's `metadata.bylines`.
        case bylineHere
        /// A byline above the next story's start (only blank, stripped and byline lines between):
        /// a page's byline sits on top of its story, so it goes to the story that starts below.
        case bylineNext
        /// A link line: out of the text, into the story's `metadata.links`.
        case link
    }

    /// The fate of body line `i`, which is no planned start. `opening`: the story being assembled
    /// has no text yet (none started, a header, or only stripped lines so far).
    static func fate(_ i: Int, in lines: [ClassifiedLine], plan: BoundaryPlanner.Plan, opening: Bool,
                     config: SplitConfig) -> Fate {
        if plan.facts.byline[i] && config.bylinesToMetadata {
            return !opening && headsNextStart(i, in: lines, plan: plan) ? .bylineNext : .bylineHere
        }
        if lines[i].linkRule != nil && config.linksToMetadata { return .link }
        return .text
    }

    /// Whether assembly looks at line `i` at all (most lines are neither a byline nor a link). A
    /// link line the planner made a start anyway (a dateline lede glued to an embed box) is the lede.
    @inline(__always)
    static func applies(_ i: Int, in lines: [ClassifiedLine], plan: BoundaryPlanner.Plan, config: SplitConfig) -> Bool {
        plan.facts.byline[i] && config.bylinesToMetadata
            || config.linksToMetadata && lines[i].linkRule != nil && plan.starts[i] == nil
    }

    /// Only blank, stripped, byline and summary box lines lie between line `i` and the next planned start.
    static func headsNextStart(_ i: Int, in lines: [ClassifiedLine], plan: BoundaryPlanner.Plan) -> Bool {
        var j = i + 1
        while j < lines.count {
            if case .body = lines[j].kind {
                if plan.starts[j] != nil { return true }
                if !plan.facts.byline[j] && !plan.facts.isKeyPoint(j) { return false }
            }
            j += 1
        }
        return false
    }

    /// Appends `line` to the string array `key` of `metadata`.
    static func add(_ line: Substring, to key: String, in metadata: inout [String: JSONValue]) {
        if case .array(var old)? = metadata[key] {
            old.append(.string(String(line)))
            metadata[key] = .array(old)
        } else {
            metadata[key] = .array([.string(String(line))])
        }
    }
}
