/// A disclaimer set in a page's header: opinion pages print the writer's note (`Jane Doe is a
/// columnist. The opinions expressed in this commentary are hers.`) between the byline, time stamp
/// and photo credit and the lede. The rules strip it as a trailer, and a trailer ends a story, so
/// the look below a headline (`BoundaryScorer.after`) stopped there: the headline found no lede
/// (`prose_after`), and a labelled one (`OPINION: …`) was no kicker headline. Under the header's
/// time stamp the trailer is that header's furniture, as `BoundaryPlanner.endsStory` reads it when
/// walking up. A credit is no such edge here: a story's last lines set a photo credit over its
/// trailers (`Jane Doe contributed to this report.`) as often, and the author's bio above them
/// then read as a headline with a lede (i3: a story lost). Over no stamp a trailer still ends
/// the look.
extension BoundaryScorer {
    /// Stripped line `j`, passed on the way down from a headline, is its header's time stamp:
    /// after one, a trailer is a disclaimer in the header.
    static func isHeaderEdge(_ j: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        lines[j].strippedRole == .timestamp
    }
}
