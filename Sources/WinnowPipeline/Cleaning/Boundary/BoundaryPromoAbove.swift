/// A dateline lede under a headline whose story so far is one paragraph that prints the headline
/// again (`Republican … public records. | Jeff Roberson/AP Photo Elections Air wars: Hawley flies
/// … McCaskill Missouri's Senate …`): the page's promo block (teaser, photo credit, section and
/// headline run together) between the headline and its lede, not a story of one paragraph. The
/// lede joins the headline's start, as under a credited caption (`caption_only_above`,
/// `BoundaryCaptionLede.swift`, whose weight it takes). A story's own paragraph quotes its
/// headline's whole text seldom, and never as its only paragraph.
extension BoundaryPlanner {
    /// Lines `a..<b` under headline `h` hold one body paragraph (one line, page furniture and
    /// blanks around it, no trailer) longer than the headline whose content contains the
    /// headline's whole content.
    func promoOnly(_ h: Int, _ a: Int, _ b: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var paragraph = -1
        for j in a..<b {
            switch facts.shape[j] {
            case .trailer: return false
            case .body:
                guard paragraph < 0 else { return false }
                paragraph = j
            default: continue
            }
        }
        guard paragraph >= 0, lines[h].words >= config.minWords, lines[paragraph].words > lines[h].words else { return false }
        return lines.withContentBytes(h) { head in
            // `head` is not empty (the headline has `minWords` words), as `occurs` needs here.
            lines.withContentBytes(paragraph) { ByteSearch.occurs(head, in: $0, startingBy: $0.count) }
        }
    }
}
