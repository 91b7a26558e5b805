/// A wire dateline lede (`TOKYO (AFP) - …`, `CAIRO, March 10 (Reuters) - …`) opens a story and
/// skips the cohesion veto (`BoundaryPlanner.plan`, `closedAndDated`). In a dump whose stories
/// start at headlines it may still lose to `unlike_dump_ledes`, which reads a bare dateline lede
/// as a wire paragraph the article quotes. A quoted paragraph is on the article's topic; a glued
/// wire story is not: measured cohesion across the lede under `topic_shift_below` adds
/// `wire_lede_shift`, enough to hold the start against that demotion. Asked only on wire
/// datelines without a trailer above (one per story at most), so cohesion stays rare.
///
/// Only under two paragraphs of prose (blanks alone between): the end of the story before. A lede
/// under its own header's note (`Editor's note: … The opinions expressed …`) over a stripped
/// summary box or credit shows a topic shift too, but the note is one line under furniture.
extension BoundaryPlanner {
    /// Whether to measure cohesion for `wire_lede_shift` on a dateline lede that skipped the
    /// cohesion band (`closedAndDated`): a wire dateline of its own, no trailer, no stripped
    /// dateline above (those start stories whatever the dump's style).
    func asksWireLedeShift(_ i: Int, _ s: ScoredLine, closedAndDated: Bool, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard closedAndDated, scorer.weights[.wireLedeShift] != 0,
              !s.fired.contains(.trailerBefore), !s.fired.contains(.strippedDateline) else { return false }
        var p = i - 1, prose = 0
        while p >= 0 && prose < Self.wireLedeProseAbove {
            switch facts.shape[p] {
            case .blank: break
            case .body where lines[p].words >= config.proseMinWords: prose += 1
            default: return false
            }
            p -= 1
        }
        return prose == Self.wireLedeProseAbove
    }

    /// Paragraphs of prose right above a wire lede for `wire_lede_shift`.
    static let wireLedeProseAbove = 2

    /// Adds `wire_lede_shift` when cohesion across the lede shows a topic shift, measured twice:
    /// across the lede (`similarity(at: i)`, which leaves line `i` out of both sides) and with
    /// the lede's own words on the side below (`similarity(at: i - 1)`). A quoted wire paragraph
    /// is on its article's topic in its own words even where the paragraph under it turns to
    /// another matter (`(VIENNA) — <the concerto's soloist>` over a note on rehearsals); a glued
    /// wire story's lede is on the new story's topic, so both stay low. The larger one decides.
    /// (`asksWireLedeShift` has two paragraphs above `i`, so line `i - 1` is one.)
    func addWireLedeShift(at i: Int, _ cohesion: Cohesion, _ s: inout ScoredLine) {
        let across = cohesion.similarity(at: i)
        guard across >= 0, across < config.topicShiftBelow,
              cohesion.similarity(at: i - 1) < config.topicShiftBelow else { return }
        s.add(.wireLedeShift, scorer.weights)
    }
}
