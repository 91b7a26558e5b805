/// A photo inside a page's header block: its caption is a kept line (a sentence like any other)
/// and its credit a stripped one right below it (`A supporter listens to the speech.` over
/// `Credit: Jane Doe for The Courier`, `(Photo by Jane Doe/Getty Images)`). Walking up from a
/// headline-less lede through the block (`furnitureBlockKinds`), the caption is part of the
/// block, not the paragraph that ended the story above: without this a page header of a stamp,
/// share widgets and a captioned photo read as one credit under a paragraph, and the lede under
/// it was glued to the story before.
///
/// Only a sentence of headline length at most (`max_words`) with furniture right above it too (a
/// stripped line, blanks aside), and no dateline: the caption sits inside the block. A story's
/// lede between its header and an inline photo is a paragraph, longer, and often dated; a
/// headline over its photo ends without a full stop.
extension BoundaryScorer {
    /// Body line `j`, a short undated sentence, sits between stripped furniture: the nearest non-blank line
    /// below it is a stripped credit or caption, the nearest above it a stripped line of any kind.
    func isCaptionInBlock(_ j: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard facts.ending[j] == .sentence, lines[j].words <= config.maxWords, facts.places[j] == nil else { return false }
        var below = j + 1
        while below < lines.count, case .blank = lines[below].kind { below += 1 }
        guard below < lines.count, case .stripped(_, let role) = lines[below].kind,
              role == .credit || role == .caption else { return false }
        var above = j - 1
        while above >= 0, case .blank = lines[above].kind { above -= 1 }
        guard above >= 0, case .stripped = lines[above].kind else { return false }
        return true
    }

    /// A lede that ends on a question or an exclamation (`… what if relevance and quality are not
    /// equally distributed across the media?`, `… a narrative was born: insurgency!`): longer than
    /// any headline, so a paragraph; a question of headline length under a page header is its
    /// headline. Longer in words (`max_words`) or in characters (`max_chars`, as `too_long`
    /// reads it): a lede of long words is a paragraph as surely as one of many short ones.
    static func isQuestionParagraph(_ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts, _ config: SplitConfig) -> Bool {
        guard facts.ending[i] == .question else { return false }
        return lines[i].words > config.maxWords
            || lines[i].contentByteCount > config.maxChars && lines.withContentBytes(i, SplitText.scalarCount) > config.maxChars
    }

    /// Lines whose words cohesion leaves out (`Cohesion`'s `skip`): a summary box's bullets, and
    /// the captions inside header blocks. A caption repeats the words of the story below it (or
    /// is that photo's own sentence), so counted above the lede it made the new page read as the
    /// story above's topic and vetoed the boundary. The key points alone when there is no caption.
    func cohesionSkip(_ lines: [ClassifiedLine], facts: LineFacts) -> [Bool] {
        var skip = facts.keyPoint
        for i in lines.indices where facts.shape[i] == .body && facts.ending[i] == .sentence && isCaptionInBlock(i, in: lines, facts: facts) {
            if skip.isEmpty { skip = [Bool](repeating: false, count: lines.count) }
            skip[i] = true
        }
        return skip
    }

    /// Over a prose lede with no headline, a block of three kinds or more, one a page edge (a time
    /// stamp under share widgets and a photo's credit, a trailer over a newsletter box and a
    /// credited photo), is a page's header too: an article carries one or two kinds between its
    /// paragraphs (an ad, a photo), not a stamp with a row of widgets and a photo. Read for a prose
    /// lede (`furnitureBlockStart`) and a headline-shaped line around such a block (the planner's
    /// headline path, not a sentence); not for a dateline lede: between a headline's dek and its
    /// dateline lede the same block is that headline's own header (`isPageHeader` keeps two edges).
    static func isLedePageHeader(_ kinds: UInt8) -> Bool {
        (kinds & pageEdgeKinds).nonzeroBitCount == 1 && kinds.nonzeroBitCount >= 3
    }
}
