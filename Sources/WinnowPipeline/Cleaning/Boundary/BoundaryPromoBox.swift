/// A learned line that is one item of a sponsored box, over the header of the page below it.
///
/// A portal closes its page with a box of paid links (`Sponsored` / `You Won't Believe What These
/// Child Stars Look Like Now` / `Ad` / `Seniors Are Switching To This New Phone Plan`), and the next
/// page's header follows. Every page of the corpus runs the box, so its titles are learned; each has
/// a headline's shape. The header lift (`BoundaryHeaderLift.swift`) took the box's last title for
/// a headline the rules stripped (a story run in several dumps) and titled the next story with an
/// ad, leaving the page's own headline (set in capitals, which `ownHeadline` does not read as one)
/// as the story's first line. A story's learned headline stands alone among its page's furniture;
/// a box sets its titles one after another with only its labels and sponsors' names between
/// (stripped lines). So a learned headline with another learned line of a headline's width
/// (`minBoxItemWords`: a site's learned name or menu items are shorter) above it in the same run of
/// stripped lines is a box item, never the next page's headline: a start under it that reads as a
/// headline in capitals (`ownCapitalsHeadline`) titles itself, and a byline start takes no title
/// from it. (A dek or lede start still takes it: with no title, the dek stayed as the story's
/// first line and its repeat below, the lede, was stripped as the title's repeat: g123 lost a
/// body line.)
extension BoundaryPlanner {
    /// Words of a box item above: a paid link's title runs long (`Here's What A Dental Implant Should
    /// Cost You`), a site's name (`The National Gazette`) and a menu's items do not.
    static let minBoxItemWords = 5

    /// Learned headline `p` has another learned headline of `minBoxItemWords` words above it, with
    /// only stripped lines between (at most `maxHeaderLines` of them, blank lines skipped).
    func isPromoBoxItem(_ p: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var q = p - 1, seen = 0
        while q >= 0 && seen < Self.maxHeaderLines {
            defer { q -= 1 }
            switch facts.shape[q] {
            case .blank: continue
            case .body: return false
            default:
                seen += 1
                if lines[q].words >= Self.minBoxItemWords && isLearnedHeadline(q, lines) { return true }
            }
        }
        return false
    }

    /// Start line `i` is a headline set in capitals: `minOwnHeadlineWords` words or more, no byline,
    /// link, bullet or key point. Prose is never set in capitals; a label in capitals is shorter
    /// (`THE FACTS`), or is one the scores read as a kicker.
    func ownCapitalsHeadline(_ i: Int, _ start: Start, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard !Self.isKicker(start.scored), !facts.byline[i], lines[i].linkRule == nil,
              lines[i].words >= Self.minOwnHeadlineWords, lines[i].words <= config.maxWords,
              !facts.bullet[i], !facts.isKeyPoint(i) else { return false }
        return lines.withContentBytes(i) { SplitText.isAllCapitals($0) && !BoundaryScorer.carriesLink($0) }
    }
}
