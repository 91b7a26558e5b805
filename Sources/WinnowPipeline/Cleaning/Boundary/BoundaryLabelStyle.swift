/// Dump style "every headline under a section label": some sites open each headline with its
/// section (`Analysis: Did I already have coronavirus?`, `Explainer: How to solve …`, `Exclusive:
/// …`, `OPINION: …`). An article's own subheads carry no such label (`More tests could mean more
/// answers`); on shape and topic alone they passed for headlines and cut their article in two
/// (b3: a `label` dump's two subheads).
///
/// A headline start with evidence beyond its shape (`isBacked`: a header block, the start of the
/// text, a trailer above it, a dateline lede below it; a kicker headline and a page header count
/// too) shows how the site sets its headlines. Where at least `minBackedTitles` of them stand and
/// more than `labelStyleShare` of them open with a label, a bare headline start (`isBare`) with
/// none is a subhead: `unlike_dump_labels`. A dump where only some headlines carry a label (most
/// sites label opinion pieces alone) never passes the vote.
extension BoundaryPlanner {
    /// Share of a text's backed headlines that must open with a label: all but one of five.
    static let labelStyleShare = 0.75

    func applyLabelStyle(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard scorer.weights[.unlikeDumpLabels] != 0 else { return }
        let backed = candidates.filter {
            $0.start.isTitle && (Self.isBacked($0.start) || Self.isKicker($0.start.scored) || $0.start.scored.fired.contains(.pageHeader))
        }
        guard backed.count >= Self.minBackedTitles else { return }
        let labelled = { (i: Int) in lines.withContentBytes(i, Self.opensWithHeadlineLabel) }
        let marked = backed.filter { labelled($0.line) }.count
        guard Self.votes(marked, of: backed.count, share: Self.labelStyleShare, tiesAbstain: true) else { return }
        candidates = candidates.compactMap { c in
            guard Self.isBare(c.start), !labelled(c.line) else { return c }
            return demoted(c, .unlikeDumpLabels, note: "the dump's headlines with evidence open with a section label", &plan)
        }
    }

    /// Bytes a headline's label may take, its colon included (`Editor's Note:`, `EXCLUSIVE:`).
    static let headlineLabelMaxBytes = 24

    /// The line opens with a label: one to three words, the first from a capital (letters and
    /// apostrophes only), a colon within `headlineLabelMaxBytes` bytes, a blank, then a capital, a
    /// digit or a quotation mark.
    static func opensWithHeadlineLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count > 6, u[0].isASCIIUpper else { return false }
        var k = 1, words = 1
        while k < u.count && k < headlineLabelMaxBytes {
            let b = u[k]
            if b == 0x3A {
                guard k + 2 < u.count, u[k + 1] == 0x20 else { return false }
                let n = u[k + 2]
                return n.isASCIIUpper || n.isASCIIDigit || n == 0x22 || n == 0x27 || n == 0xE2
            }
            if b == 0x20 {
                words += 1
                if words > 3 { return false }
            } else if !b.isASCIILetter && b != 0x27 && b != 0xE2 && b != 0x80 && b != 0x99 {
                return false
            }
            k += 1
        }
        return false
    }
}
