/// A bare label over a sentence (`OPINION: …`, `ANALYSIS — …`) may title its story
/// (`readsAsLabelledSentenceHeadline`, `readsAsStartHeadline`, `StorySplitter+PageHeadSentence.swift`,
/// and the planner's kicker headlines, `BoundaryScorer.opensWithLabel`);
/// a label that names a known dateline place in capitals (`ATLANTA — Stocks gained …`,
/// `TOKYO -- <caption>. <headline>`) opens a wire lede instead: the line is the story's first text,
/// never its title. Wire sets titled about 17 stories of 9 sets with such ledes (a wire dateline glued
/// to the lede, over a `Continue Reading Below` widget or a byline), losing the body line.
/// The place is looked up in `split.dateline_places` (both lists) in ASCII capitals, up to a
/// region's comma or an agency's bracket.
extension StorySplitter {
    static func labelNamesKnownPlace(_ place: String, config: SplitConfig) -> Bool {
        let name = placeName(place)
        return !name.isEmpty && BoundaryPlanner.knownCapitalsPlaces(config).contains(name)
    }

    /// The place's name, without a region or agency (`DES MOINES, Iowa` → `DES MOINES`), when it is
    /// printed in capitals; empty otherwise. A mixed-case place is as often a headline's label
    /// (`San Francisco: The City of Bans` titles its story in w733) as a lede's dateline.
    static func placeName(_ place: String) -> [UInt8] {
        capitalsPlace(place, colonEnds: true)?.name ?? []
    }

    /// The capitals name that opens a dateline place, up to a region's comma or an agency's bracket
    /// (`qualified`: one of them follows, `AUSTIN, Texas`, `LAGOS (Reuters)`), trimmed of spaces;
    /// nil when the place has a lower-case letter before that (a mixed-case place, which the
    /// dateline matcher takes only from `split.dateline_places`). A label's colon ends the name
    /// where `colonEnds` (`TOKYO: …` as a label); a dateline's place never holds one.
    static func capitalsPlace(_ place: String, colonEnds: Bool) -> (name: [UInt8], qualified: Bool)? {
        var name: [UInt8] = []
        var qualified = false
        for b in place.utf8 {
            if b == UInt8(ascii: ",") || b == UInt8(ascii: "(") { qualified = true; break }
            if colonEnds && b == UInt8(ascii: ":") { break }
            if b.isASCIILower { return nil }
            name.append(b)
        }
        while let l = name.last, l == 0x20 || l == 0x09 { name.removeLast() }
        while let f = name.first, f == 0x20 || f == 0x09 { name.removeFirst() }
        return (name, qualified)
    }
}
