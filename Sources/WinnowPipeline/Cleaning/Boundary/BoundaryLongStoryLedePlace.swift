/// Which dateline ledes the long-story lede (`BoundaryLongStoryLede.swift`) may lift: those whose
/// dateline reads as a place.
///
/// The dateline matcher takes any capitals words before a colon or dash as a place (`BRUSSELS:`,
/// `SPRINGFIELD —`), so it also reads a transcript's speaker turn (`CARLSON: If people had known
/// …`), a tweet's or an opinion piece's capitals label (`MEDIA HYPOCRISY ALERT: The liberal media
/// …`, `BREAKING:`) and a newsletter's section opener (`DNI SHAKE-UP — CLAPPER SUBMITS …`,
/// `HAPPENING TODAY — HALIFAX SECURITY FORUM: …`) as datelines. Where the line passes on its own
/// score the rules around it (repeated labels, speaker runs) sort these out; the long-story lede
/// asks no such rule, and two halves of a long transcript or newsletter share little by chance.
/// The real ledes it lifted (w1-w3, w2xx, w31x) were all a city wire dateline: a mixed-case place
/// (matched only from `split.dateline_places`), a capitals place with a region or a wire credit
/// (`AUSTIN, Texas (AFP) -`), or a bare capitals place that is a known dateline city
/// (`WASHINGTON —`, `TOKYO —`). A bare capitals label that names no known place is left to the
/// other rules, unless the line is a headline under a section label (`OPINION: The Materialist
/// Party`, a reader page's `Title: OPINION: …`): headline-short, no sentence end, it lifted real
/// starts in i3, r103, o8923 and x5504, where a speaker's turn or a label's paragraph runs on.
extension BoundaryPlanner {
    /// Line `i`'s dateline reads as a place (see above). Asked of the few vetoed ledes in a long story.
    func longStoryLedeNamesPlace(_ i: Int, _ s: ScoredLine, _ lines: [ClassifiedLine], _ plan: Plan) -> Bool {
        if s.fired.contains(.kickerHeadline) { return true }
        if lines[i].words <= config.maxWords && lines.withContentBytes(i, LineText.ending(bytes:)) != .sentence { return true }
        guard i < lines.count, let place = plan.facts.places[i] else { return false }
        // A mixed-case place is matched only from the list; a region or credit after a capitals
        // name (`AUSTIN, Texas`, `LAGOS (Reuters)`) makes it a dateline too.
        guard let (name, qualified) = StorySplitter.capitalsPlace(place, colonEnds: false) else { return true }
        if qualified && !name.isEmpty { return true }
        return Self.knownCapitalsPlaces(config).contains(name)
    }

    /// `split.dateline_places` (both lists) in ASCII capitals, to look a capitals dateline up.
    static func knownCapitalsPlaces(_ config: SplitConfig) -> Set<[UInt8]> {
        config.datelinePlaces.capitals  // built once with the config (DatelineMatcher+Places.swift)
    }
}
