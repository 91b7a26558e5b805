/// A long credited caption between a story's byline block and the repeat of its headline
/// (`Police take back the streets … (Charlotte Cuthbertson/The Epoch Times)` / the headline again /
/// the lede). The header's teaser check (`BoundaryScorer.isTeaser`) read every credited line over
/// the repeated headline as a caption to strip; where the page's text was scraped with its caption
/// paragraph, that paragraph is the text's first one. Counted on every public set, the captions
/// of 24–51 words it stripped there were the gold's first body paragraph 8 times (o31337 ×5, h3,
/// q44-b71 ×2: three generators). The one the gold removed (b3 007) credits a sentence the story
/// says further down (a pull quote set as a caption): a caption whose opening the text below
/// repeats stays stripped, as does a short credit (`Photo: Jane Doe/Reuters`). Asked only of a
/// line the teaser check strips: a caption under a dateline (`PARIS: This undated photo …`) was
/// the lede already, and the repeat below it stays text, as b1's gold keeps it.
extension StorySplitter {
    /// Fewest words of a credited line kept as the text's opening (a caption sentence, not a credit).
    static let captionOverRepeatMinWords = 13

    /// Header line `i` is a credited line (`LineFacts.credit`) of at least `captionOverRepeatMinWords`
    /// words whose next non-blank line is a body line repeating the title (`titleKey`), and whose
    /// opening (`teaserPrefixBytes`) no body line below repeats.
    static func isCaptionOverRepeat(_ i: Int, titleKey: UInt64, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard facts.credit[i], lines[i].words >= captionOverRepeatMinWords else { return false }
        var k = i + 1
        while k < lines.count, case .blank = lines[k].kind { k += 1 }
        guard k < lines.count, case .body = lines[k].kind, lines[k].key == titleKey else { return false }
        let to = max(k + 1, min(lines.count, i + StoryFurniture.keyPointReach))
        return !lines.withContentBytes(i) { u in
            let head = UnsafeBufferPointer(rebasing: u.prefix(BoundaryScorer.teaserPrefixBytes))
            // The teaser check's index of repeated lines (`RepeatIndex`) answers for an opening
            // long enough to look up (nearly every caption of 13 words); a shorter one is searched for.
            if head.count >= facts.repeats.minBytes {
                return facts.repeats.occurs(head, in: lines, from: k + 1, to: to) { lines[$0].kind == .body }
            }
            return (k + 1..<to).contains { j in
                lines[j].kind == .body && lines.withContentBytes(j) { ByteSearch.occurs(head, in: $0, startingBy: $0.count) }
            }
        }
    }
}
