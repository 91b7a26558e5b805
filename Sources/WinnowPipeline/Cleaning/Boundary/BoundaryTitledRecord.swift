/// Titled records: a JSONL record that names its own title in a field (`title`, `headline`) is
/// what an article extractor gave: the headline lifted out into the field, the article's body in
/// the text. Everything in that text is the one article: a subhead, a newsletter's section head,
/// an interviewer's question or a transcript's speaker, a photo caption over the wire dateline
/// lede, a related-link teaser in capitals, an editor's note at the foot. Read on shape alone
/// those are story starts, and the record style's checks (`BoundaryRecord.swift`) keep only the
/// bare ones out; a record whose title is already outside its text has no other story's header
/// to show, so no start inside it stands (`titled_record`, a weight far below any start's score).
///
/// A record without such a field (a scrape dump's page, a feed of glued items) keeps every
/// reading, and so does a unit joined from several records of one url (`ReadStage+Pages.swift`):
/// a listing's pages can share a url and a title.
extension TextBlock {
    /// The metadata fields that name a record's title.
    static let titleFields = ["title", "headline"]

    /// A JSONL record (not joined from pages) with a non-blank title field.
    public var isTitledRecord: Bool {
        guard isRecord, pageEdges.isEmpty else { return false }
        return Self.titleFields.contains { name in
            guard case .string(let s)? = metadata[name] else { return false }
            return s.utf8.contains { $0 > 0x20 }
        }
    }
}

extension BoundaryPlanner {
    /// Every start below the record's first kept line takes `titled_record` (0: off): the record
    /// is one story. Lines above the first start are a story anyway (the splitter opens one at the
    /// text's top), so a caption over a demoted dateline lede stays in the article. (Not
    /// `start_of_text`: it fires on the first few lines, the lede under a caption among them.)
    func keepTitledRecordWhole(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard scorer.weights[.titledRecord] != 0, let top = lines.firstIndex(where: { $0.kind == .body }) else { return }
        candidates = candidates.compactMap { c in
            if c.line <= top { return c }
            return demoted(c, .titledRecord, note: "a start inside a record that names its own title in a field", &plan)
        }
    }
}
