/// A prose lede under the dump's story gap with the next page's label between (`wide_gap_lede`,
/// `BoundaryWideGapLede.swift`): a paragraph, two or more blank lines, one or two stripped widget
/// lines (a section label a rule or the learner stripped: `Breaking News`, `Business`), then the
/// lede. The gap marks the page edge, as right over a lede; the label under it is the new page's
/// top. An article's own ad slot or widget sits at its paragraph gap, not under a wider one.
/// Photo credits do not count (an inline photo's credit may sit under a wider gap), nor trailers
/// (a sign-off is furniture read elsewhere). w611 lost three starts under `Breaking News` and a
/// learned `Business` in one headline-less dump.
extension BoundaryPlanner {
    /// Most widget lines between the gap and the lede: a label, perhaps with one widget.
    static let gappedLabelMaxLines = 2

    /// Body line `i` has 1-`gappedLabelMaxLines` widget-shaped lines above it (blank lines around
    /// them), and over them a run of blank lines wider than the dump's paragraph `gap` and of
    /// two at least, under a body line.
    static func isUnderGappedLabel(_ i: Int, _ shape: [LineFacts.Shape], gap: Int) -> Bool {
        guard shape[i] == .body else { return false }
        var j = i - 1, labels = 0, run = 0
        while j >= 0 {
            switch shape[j] {
            case .blank: run += 1
            case .widget:
                labels += 1
                guard labels <= gappedLabelMaxLines else { return false }
                run = 0
            case .body: return labels > 0 && run >= 2 && run > gap
            default: return false
            }
            j -= 1
        }
        return false
    }
}
