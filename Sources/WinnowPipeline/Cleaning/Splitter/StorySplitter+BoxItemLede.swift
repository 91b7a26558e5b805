/// A summary box's last item joined with the lede below it. In a hard-wrapped dump a box item
/// (`- By comparison, minimum wage in Puerto Rico is $7.25 an hour.`) set as wide as the wrap
/// reads to the reflow as the first line of the paragraph below it (`Puerto Rico has now endured
/// …`): the merged line is bulleted, its text is no sentence the story repeats (so no key point),
/// and the header's "bullet between headline and lede" check stripped the lede with it (b4 067).
///
/// The box item is told from the lede by what makes it a key point (`StoryFurniture.keyPoints`):
/// the merged line's first input lines, up to one that ends a sentence, hold a sentence of at
/// least `keyPointMinBytes` that a later unbulleted body line repeats. Those lines are the item;
/// the rest of the merged line is the lede. A bullet of the header whose wrapped text repeats
/// nothing (a teaser bullet) stays whole, as before.
extension StorySplitter {
    /// For bulleted merged line `i`: the byte offset in its content where the lede starts and the
    /// number of input lines the box item takes, or nil when the line is one item (or one teaser).
    /// `input`: the lines before the reflow (`spans[i]` indexes them).
    static func boxItemCut(_ i: Int, in lines: [ClassifiedLine], spans: [Range<Int>], input: [ClassifiedLine],
                           bullet: [Bool]) -> (bytes: Int, pieces: Int)? {
        let span = spans[i]
        guard span.count > 1, input[span.lowerBound].kind == .body else { return nil }
        var end = 0
        for (n, k) in span.dropLast().enumerated() {
            guard input[k].kind == .body else { return nil }
            end += (n == 0 ? 0 : 1) + input[k].contentByteCount
            let repeated = lines.withContentBytes(i) { u -> Bool in
                // The merged content is the pieces joined by one blank: anything else (a line
                // the merge rewrote) is left whole.
                guard end < u.count, u[end] == 0x20 else { return false }
                let piece = UnsafeBufferPointer(rebasing: u[0..<end])
                return LineText.ending(bytes: piece) == .sentence
                    && StoryFurniture.repeatsBelow(piece, after: i, in: lines, bullet: bullet)
            }
            if repeated { return (end + 1, n + 1) }
        }
        return nil
    }
}
