/// Dump style "headlines in mixed case, section heads in capitals": the capitals vote
/// (`BoundaryCapitals.swift`) counts every headline start, and in a text of long structured
/// articles (a newsletter's `KEY TEA PARTY LEADER EMBRACES IMMIGRATION OVERHAUL` sections, a
/// report's `OUTBREAKS AND STAFF CUTS`) the article's own section heads, set in capitals and
/// passing on shape and topic, outnumber its few real headlines: the vote then read capitals as the
/// house style, lifted more section heads (`capitals_headline`) and demoted the real mixed-case
/// headlines (`unlike_dump_capitals`).
///
/// A headline start with evidence beyond its shape (a header block below it, the start of the
/// text, a trailer above it, a dateline lede below it) shows how the site sets its headlines.
/// Where at least `minBackedTitles` of them stand and most are in mixed case (a tie abstains),
/// capitals are not the house style: the capitals check is left out, and a bare headline start
/// set in capitals (`isBare`: shape and topic alone) is a section head, `unlike_dump_capitals`.
extension BoundaryPlanner {
    /// Backed headlines needed to read the case style: a dump gluing two sites' pages has two.
    static let minBackedTitles = 3

    /// A headline start with evidence beyond its shape and topic.
    static func isBacked(_ start: Start) -> Bool {
        start.isTitle && !isKicker(start.scored) && (hasHeader(start.scored) || start.scored.fired.contains {
            $0 == .startOfText || $0 == .trailerBefore || $0 == .datelineAfter || $0 == .bylineAfter
        })
    }

    /// Demotes the bare capitals starts of a text whose backed headlines are set in mixed case;
    /// returns whether that style holds (then the capitals style is not asked).
    func applyMixedCaseStyle(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) -> Bool {
        guard scorer.weights[.capitalsSectionHead] != 0, Self.minBackedTitles > 0 else { return false }
        let caps = { (i: Int) in lines.withContentBytes(i, SplitText.isAllCapitals) }
        // A JSONL record's votes add the file's other records' (`BoundaryFileStyle.swift`).
        let backed = candidates.filter { Self.isBacked($0.start) }
        let n = backed.count + plan.fileStyle.backed
        guard n >= Self.minBackedTitles else { return false }
        let mixed = backed.filter { !caps($0.line) }.count + plan.fileStyle.backedMixed
        guard Self.votes(mixed, of: n, share: config.headerStyleShare, tiesAbstain: true) else { return false }
        candidates = candidates.compactMap { c in
            guard Self.isBare(c.start), caps(c.line) else { return c }
            return demoted(c, .capitalsSectionHead, note: "the dump's headlines with evidence are set in mixed case", &plan)
        }
        return true
    }
}
