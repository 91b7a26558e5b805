/// A story that opens on a short paragraph (`"We're gonna impeach the (expletive deleted)."`, `Who's
/// at fault if black voters support white candidates?`): columns open on a quotation or a question
/// of a few words, then the prose. Under a page's byline (with or without more furniture around
/// it) such a line is the lede of a headline-less page, as a longer one is under a furniture block
/// (`BoundaryFurniture.swift`): the headline sits above the byline, never below it.
///
/// Only a sentence or a question of at least `shortLedeMinWords` words, with a prose paragraph
/// (`prose_min_words`+ words that ends like a sentence) right below it: a label or a stray short
/// line under a byline (`Opinion`, `Analysis`) is not a paragraph. And only under a paragraph
/// longer than a headline (`max_words`): a headline that ends on a full stop (`Republicans slam
/// Obama over swap. Why he won't care.`) over its byline and its short lede reads to the block
/// walk as a paragraph that ended, and the story starts at that headline.
extension BoundaryScorer {
    /// Fewest words of a short lede: fewer is a label or a kicker.
    static let shortLedeMinWords = 4

    /// Body line `i` reads as a short opening paragraph: a sentence or a question of
    /// `shortLedeMinWords` to `prose_min_words` words, the next body line (blanks between) prose.
    /// The caller asks for a byline in the block above it.
    func isShortLede(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard facts.ending[i] != .open, lines[i].words >= Self.shortLedeMinWords, lines[i].words < config.proseMinWords else { return false }
        guard let j = facts.nonBlank(after: i), facts.shape[j] == .body else { return false }
        guard lines[j].words >= config.proseMinWords && facts.ending[j] != .open else { return false }
        guard case .line(let p, _) = before(i, in: lines, facts: facts) else { return false }
        return lines[p].words > config.maxWords
    }
}

/// A headline-less page may open on a sentence shorter than a headline (`Something's wrong with
/// me.`, `Politicians lie.`) right under the page's header: scored as a headline, the furniture
/// block around it lifts it over the threshold, and it would become the story's title, leaving its
/// text without its first line. A headline of fewer than `min_words` words does not close on a full
/// stop, and a real one carries a header of its own below it (a byline, a credit, share buttons, a
/// dateline lede). So a passing headline candidate that is such a sentence (`too_few_words`, a last
/// byte `.`), lifted by a block (`furniture_block` or `page_header`), with no header below it, opens
/// its story as its first line.
extension BoundaryPlanner {
    static func isShortSentenceLede(_ s: ScoredLine, _ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard s.fired.contains(.tooFewWords), s.fired.contains(.sentenceEnding),
              s.fired.contains(.furnitureBlock) || s.fired.contains(.pageHeader),
              !hasOwnHeader(s) else { return false }
        return lines.withContentBytes(i) { u in u.last == 0x2E }
    }
}
