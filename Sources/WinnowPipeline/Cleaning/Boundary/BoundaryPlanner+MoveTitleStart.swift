/// Moving a title start up to the headline its header hangs from.
///
/// Several passes find that a title start sits one block too low (a headline's second copy, a
/// teaser under its headline) and move it up. The move is the same each time: the headline line
/// opens and titles the story itself, and the line the start leaves keeps its score in
/// `plan.rejected`, so `explain` still shows why it was a candidate.
extension BoundaryPlanner {
    func moveTitleStart(_ k: Int, to top: Int, note: String, _ candidates: inout [Candidate], _ plan: inout Plan) {
        var start = candidates[k].start
        plan.rejected[top] = nil
        plan.rejected[candidates[k].line] = start.scored
        start.titleLine = nil
        start.scored.note(note)
        candidates[k] = Candidate(top, start)
    }
}
