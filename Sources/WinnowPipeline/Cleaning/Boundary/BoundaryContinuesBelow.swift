/// `continues_below`: a headline candidate with an open ending whose very next line (no blank
/// between) opens in lower case with `continuationMinWords`+ words is a paragraph that goes on
/// there: the wrapped rest of its sentence, which the reflow did not join because a rule took it
/// (`published in February 2018 — we know that the FISA warrants were` read as a time stamp) or
/// the page broke the line short. Cut off mid-sentence, the paragraph's head reads as an open
/// headline. A headline is followed by its dek, byline, time stamp or lede, none of which goes on
/// in lower case at that length (4 of ~8,800 gold headlines found in the text dumps of 13 dev
/// sets, each over a lower-case `by …` credit line or a teaser). Measured (story_f1 without → with): b4 .9366 → .9390 (a column's
/// paragraph whose rest a time-stamp rule took: `published in February 2018 — we know …`); other
/// sets unchanged. Across a printed page's running head too (r1 print_ocr .745 -> .779: OCR'd
/// columns whose paragraph the page cut, its head read as a headline of three lines).
extension BoundaryScorer {
    /// Words the lower-case line below needs: a time stamp (`updated 3 hours ago`) or a short
    /// credit (`via Getty Images`) under a headline has fewer.
    static let continuationMinWords = 6

    func continuesBelow(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard facts.ending[i] == .open, i + 1 < lines.count else { return false }
        var j = i + 1
        // Across a page break: a printed page's running head (`print_running_head`), or a column
        // rule (`ocr_column_rule`), between blanks cuts a paragraph wherever the page ends (`… ISIS. Headlines are` / `A10 THE
        // EXAMINER …` / `dominated by ever-ruthless brutality, …`). Only the running head: a
        // trailer or a jump line (`Continued on Page A26`) ends the story there.
        var edge = false
        while j < lines.count {
            if lines[j].kind == .blank { j += 1; continue }
            guard let rule = lines[j].strippedRule, rule == Self.runningHeadRule || rule == Self.columnRuleRule,
                  j - i <= Self.pageBreakSpan else { break }
            edge = true; j += 1
        }
        guard j < lines.count, j == i + 1 || edge, lines[j].kind != .blank,
              lines[j].words >= Self.continuationMinWords else { return false }
        // A forum post's meta line opens in lower case too (`submitted 2 hours ago by ann to
        // /r/news`): the post's byline under its title, not the rest of a sentence.
        if j == i + 1 && Self.isOverForumPost(i, in: lines) { return false }
        return lines.withContentBytes(j, SplitText.startsLowercase)
    }

    /// Lines a page break takes at most (blanks and the running head between them).
    static let pageBreakSpan = 4
    /// The family of a printed page's running head (news.yaml).
    static let runningHeadRule = "print_running_head"
    /// The family of a column rule OCR read as a mark alone on its line (`|`, `■`): a column
    /// break, across which a paragraph runs on as across a page break.
    static let columnRuleRule = "ocr_column_rule"
}
