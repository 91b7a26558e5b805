/// A bare title candidate stacked under a headline with a header block does not vote on the
/// dump's header style.
///
/// The header-style vote (`dumpHeaderStyle`, `BoundaryPlanner+DumpStyle.swift`) counts title
/// candidates with and without a header block. A page's dek set right under its headline (no
/// prose between) scores as a title candidate too, bare: the header block below it is counted
/// for the headline over it. Voting as a bare headline, one portal page's dek tied its dump's vote
/// (3 of 6), and an article's bare subhead between its paragraphs escaped `unlike_dump_headlines`
/// and split its story (p672: `Best Startups Indentify One Problem and Solve It`). Only a bare
/// line under a head that carries a header is left out: two heads stacked with headers both vote
/// (folding such pairs to one vote tied b1/096's vote, and a bare promo line stood as a story).
extension BoundaryPlanner {
    /// `voters` (title candidates in text order) less each bare one (`hasHeader` false) stacked,
    /// with no body line between, under a run of title candidates headed by one with a header.
    static func leavingOutStackedDeks(_ voters: [Candidate], _ facts: LineFacts) -> [Candidate] {
        var out: [Candidate] = []
        out.reserveCapacity(voters.count)
        var last = -1, headed = false
        for c in voters {
            let header = hasHeader(c.start.scored)
            // Facts that do not reach the line (a plan built without them) tell no stack.
            let stacked = last >= 0 && c.line <= facts.shape.count && !((last + 1)..<c.line).contains { facts.shape[$0] == .body }
            last = c.line
            if stacked && headed && !header { continue }
            if !stacked { headed = header } else { headed = headed || header }
            out.append(c)
        }
        return out
    }
}
