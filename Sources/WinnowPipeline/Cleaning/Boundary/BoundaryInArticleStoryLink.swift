/// A labelled link to another story (`Read also: <title>`, `À lire également : <title>`,
/// `Related: <title>`, `See also: <title>`: `read_also`, `related_link`, whose title goes to
/// `metadata.links`) is what a site sets between an article's paragraphs, wherever it stands: a
/// page header carries the byline, the stamp and the share row, not a pointer to another story.
/// So such a line under a candidate counts as in-article furniture (`in_article_widget_after`),
/// not a header's widget, even where the text sets no other link of its kind between paragraphs
/// (`BoundaryInArticleWidget.swift` asks for one elsewhere). Without this a record's own subhead
/// over a `À lire également :` line read as a page start and split the article (portal g102;
/// 0 of 2,000+ such lines in the portal and dump dev sets sat under a real headline but at a
/// text's start, where the start holds on its own). Link lists' items (`ListContext`) are lists,
/// not one link, and keep their own reading.
extension BoundaryScorer {
    /// Stripped widget `line` of family `rule` names another story (its title to `metadata.links`).
    static func isStoryLink(_ line: ClassifiedLine, rule: String) -> Bool {
        rule != ListContext.rule && line.isMetadataBearing && line.metadata["links"] != nil
    }
}
