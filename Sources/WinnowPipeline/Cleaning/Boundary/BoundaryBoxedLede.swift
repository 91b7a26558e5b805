/// `boxed_lede`: a dateline lede under a summary box that sits right under a headline.
///
/// A page sets headline, maybe a photo caption or a dek, its byline and widgets, a key-points box
/// (`Key points` / `- …` / `- …`), an ad label, and only then the lede, which opens on a dateline
/// (`(NEW YORK) — EU leaders have …`). A dateline lede scores as a start of its own
/// (`dateline_start`), and the box is too tall for the header lift to move it up to the headline:
/// the headline kept a story of only its caption, and its text became a headline-less story.
///
/// A story is never a headline over nothing but a caption, a box of bullets and widgets: so a
/// dateline lede whose last planned start above (`planned`) is a headline, with nothing between
/// them but furniture (stripped lines), the box's items and labels, and at most one kept line of
/// prose (the caption or the dek), is that headline's lede, not a start. The box is required: a
/// headline over a caption and a widget alone is the header lift's case, and a headline-less
/// story under a short one (a brief of one paragraph) has no box between. And the lede stands
/// right under stripped furniture (an ad label) below the box.
extension BoundaryScorer {
    /// Lines walked up from the lede to the headline.
    static let boxedLedeReach = 30

    func isBoxedLede(_ i: Int, planned: Int?, plannedIsTitle: Bool, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard let p = planned, plannedIsTitle, p < i, i - p <= Self.boxedLedeReach else { return false }
        // Right under stripped furniture after the box (`Advertisement`). A lede right under the
        // box's last item the plan already hands to the headline when the box is short (the
        // header lift, the headline-lede merge), and there the lede still votes on the dump's
        // style as a dateline start: vetoed, it flipped a wire dump's vote (x5501 122: -.0032).
        var a = i - 1
        while a > p && facts.shape[a] == .blank { a -= 1 }
        guard a > p, facts.shape[a] != .body else { return false }
        var box = false, prose = 0
        for j in (p + 1)..<i where facts.shape[j] == .body {
            // The box: items the text repeats below, or its label (`StoryFurniture.keyPoints`); a
            // bullet that is no such item is a list of the story's own (o31337 046: a list story's
            // `* Update: …` over the next page's header), so it counts as neither box nor prose.
            if facts.isKeyPoint(j) { box = true; continue }
            if facts.bullet[j] { continue }
            // A box's label or a short line of furniture the rules kept (`THE FACTS`).
            guard lines[j].words >= config.proseMinWords else { continue }
            prose += 1
            if prose > 1 { return false }
        }
        return box
    }
}
