/// Votes for the capitals style (`BoundaryCapitals.swift`) from heads wrapped over two printed
/// lines (`BoundaryJoinedHeadline.swift`) that the scores held under the threshold. A printed
/// dump's heads are set in capitals and wrapped, short or in two sentences (`COURT BLOCKS OBAMA
/// IMMIGRATION PLAN.` / `EXECUTIVE ABUSE OF POWER?`), so its scores often pass only its first
/// one, at the top of the text: the vote then saw one capitals title, under `minCapitalTitles`,
/// and the others were never lifted (r113 052).
///
/// Only lines a head could be (`markJoinedCapitalsHeadlines`' shapes, words that come back below
/// rather than above) set in capitals between mixed-case lines; and only where a title set in
/// capitals voted already: joined capitals lines alone (a shout the copy wraps) make no style.
extension BoundaryPlanner {
    /// Rejected body lines that `markJoinedCapitalsHeadlines` would lift, were the style voted.
    func joinedCapitalsVotes(_ caps: (Int) -> Bool, _ lines: [ClassifiedLine], _ plan: Plan) -> Int {
        guard scorer.weights[.joinedCapitalsHeadline] > 0 || scorer.weights[.joinedCapitalsHead] > 0,
              !plan.spans.isEmpty else { return 0 }
        var n = 0
        for i in plan.spans.indices where plan.spans[i].count > 1 && plan.facts.shape[i] == .body {
            guard let s = plan.rejected[i], lines[i].linkRule == nil,
                  (s.value(of: .headlineAffinity) ?? 0) >= Self.linkAffinityBar,
                  Self.isCapitalsHeadlineShape(s) || isJoinedHeadShape(i, s, lines),
                  Self.isJoinedCapitalsHeadline(i, caps, plan) else { continue }
            n += 1
        }
        return n
    }
}
