/// The trailer block a story closes with, read as one: wire fact checks end in a chain
/// (`… contributed to this report.`, `___`, `EDITOR'S NOTE — A look at …`, `___`, `Find … at
/// <url>`, `Follow @… on Twitter`) and an outlet's template may add its writer's bio under it
/// (`Jane Doe is a reporter at The Daily covering economy.`). A kept line in that chain, under a
/// trailer, read as a prose lede there and took the start from the next story's real lede a few
/// lines below (the story-length prior keeps one of two close starts).
///
/// Two shapes, both only for a line that is not headline-shaped and sits right under a trailer
/// (`trailer_before`) or a kept sign-off (`sign_off_before`), blank lines alone between:
/// - the line is itself a sign-off (`SignOff`: a bio, a contact, a follow line): `sign_off_line`,
///   as a headline-shaped one always was. Under a headline a feature may open on `Jane Doe is a
///   teacher …`; under a trailer, a bio is the last story's.
/// - a worded sign-off follows it with only trailers and rules between (`trailer_chain`): a
///   lede has its story's paragraphs under it, not a `Follow @…` line. Not a dateline lede,
///   which opens a story whatever comes under it.
extension BoundaryPlanner {
    /// `sign_off_line` and `trailer_chain` for line `i` (asked where it can still pass).
    static func addSignOffs(_ i: Int, isTitle: Bool, dateline: Bool, _ lines: [ClassifiedLine], _ facts: LineFacts,
                            _ w: FeatureWeights, _ s: inout ScoredLine) {
        if isTitle {
            if SignOff.matches(lines, i) { s.add(.signOffLine, w) }
            // A note wrapped to a headline's shape (`EDITOR'S NOTE — A look at … by political` /
            // `figures.`) ends as a sentence; in the chain it is the trailer block's, as a prose one is.
            else if !dateline && w[.trailerChain] != 0 && s.fired.contains(.sentenceEnding)
                        && underTrailer(s, i, lines, facts) && signOffChainBelow(i, lines, facts) { s.add(.trailerChain, w) }
            return
        }
        guard underTrailer(s, i, lines, facts) else { return }
        if SignOff.matches(lines, i) { s.add(.signOffLine, w) }
        // A dateline opens a story, whatever follows it (a disclaimer and a contact over the rest).
        else if !dateline && w[.trailerChain] != 0 && signOffChainBelow(i, lines, facts) { s.add(.trailerChain, w) }
    }

    /// Right under a trailer (`trailer_before`) or a kept sign-off (`sign_off_before`), with only
    /// blank lines between: a page's header furniture (a time stamp, a widget, a credit) between
    /// says a new page began, and an op-ed opens on its writer's bio there.
    static func underTrailer(_ s: ScoredLine, _ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard s.fired.contains(.trailerBefore) || s.fired.contains(.signOffBefore) else { return false }
        var j = i - 1
        while j >= 0, facts.shape[j] == .blank { j -= 1 }
        guard j >= 0 else { return false }
        return facts.shape[j] == .trailer || facts.shape[j] == .body && SignOff.matches(lines, j)
    }

    /// Wrapped lines of one short note (`EDITOR'S NOTE — … by political` / `figures.`) at most.
    static let trailerChainContinuation = 2
    /// Lines looked at below the candidate's own.
    static let trailerChainLookahead = 8

    /// Line `i`'s paragraph is followed, past blanks, rules, trailers and promos only, by a worded
    /// sign-off (one the `sign_off` family stripped, or a kept `SignOff` line). (Rules between
    /// blank lines read as blanks here: the splitter's text has them folded.)
    static func signOffChainBelow(_ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var j = i + 1
        // The note's own wrapped lines: lower-case continuations with no blank between.
        var cont = 0
        while j < lines.count, cont < trailerChainContinuation, facts.shape[j] == .body,
              lines.withContentBytes(j, { $0.first.map { $0.isASCIILower } ?? false }) { j += 1; cont += 1 }
        let end = min(lines.count, j + trailerChainLookahead)
        while j < end {
            switch facts.shape[j] {
            case .blank: break
            case .trailer:
                if lines[j].strippedRule == signOffRule { return true }
            case .widget:
                // A promo's call (`Find AP Fact Checks at <url>`) inside the chain.
                guard lines[j].strippedRule == promoRule else { return false }
            case .body:
                if SignOff.matches(lines, j) { return true }
                // The promo's call kept where its link ends off the promo pattern (`Find AP Fact
                // Checks at https://apnews.com/APFactCheck .`): a short line with a link goes on.
                guard lines[j].words <= linkCallMaxWords, lines.withContentBytes(j, Self.hasLink) else { return false }
            default: return false
            }
            j += 1
        }
        return false
    }

    /// Words of a kept link call the chain goes on over.
    static let linkCallMaxWords = 12

    /// The line holds a link (`://`, as in `http://`, `https://`).
    static func hasLink(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        linkMark.withUnsafeBufferPointer { ByteSearch.offset(of: $0, in: u, from: 0) != nil }
    }
    static let linkMark: [UInt8] = Array("://".utf8)

    static let signOffRule = "sign_off"
    static let promoRule = "promo"
}
