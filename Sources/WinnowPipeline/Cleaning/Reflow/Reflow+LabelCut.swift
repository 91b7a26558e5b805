extension Reflow {
    /// Whether the body line `k`, joined as a wrapped paragraph's continuation, had a label cut
    /// off its front by a line-start rule (`prefix` role: `HEADLINE: …`, `title: …`, `Topic: …`):
    /// its content is a proper suffix of its trimmed text `tail`. A continuation opens no line of
    /// its own, so what the rule read as a label is the paragraph's prose (`[ON-SCREEN` / `HEADLINE:
    /// Businesses Don't Create Jobs]` in a hard-wrapped transcript): the tail joins whole.
    /// A tag cut off a line's end (`… on Tuesday.</p>`) leaves a prefix of the text, not a
    /// suffix, and is still cut.
    @inline(__always)
    static func hasLabelCut(_ lines: [ClassifiedLine], _ k: Int, tail: Range<Int>) -> Bool {
        let content = lines[k].contentByteCount
        guard content < tail.count else { return false }
        return lines.withTextBytes(k) { t in
            lines.withContentBytes(k) { c in
                SplitText.sameBytes(UnsafeBufferPointer(rebasing: t[(tail.upperBound - content)..<tail.upperBound]), c)
            }
        }
    }
}
