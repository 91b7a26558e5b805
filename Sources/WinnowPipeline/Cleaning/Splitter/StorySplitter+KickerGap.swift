/// What may part a section label from the headline under it.
///
/// Sites set a label of their own between the section label and the headline as often as not:
/// the kind of piece (`Opinión`, `AO VIVO`, `Analysis`) on a line the rules strip as a widget.
/// With only blank lines allowed there, the section label (`ESPORTES`, `TECNOLOGÍA`) kept the
/// title and the headline under it became the story's first line (portal sets: 3 titles in 5
/// fresh sets of 100 dumps). A byline or time stamp between is the header: the line under it is
/// a dek or a lede, not the headline.
extension StorySplitter {
    /// Lines of the label's own kind (stripped widgets, at most this many words) between the label and the headline.
    static let maxKickerGapWords = 3

    /// Between title line `h` and line `i` only blank lines and at most `maxStrippedUnderKicker`
    /// short stripped widget lines (`maxKickerGapWords` words; no time stamp, credit or trailer).
    static func onlyLabelsBetween(_ h: Int, _ i: Int, in lines: [ClassifiedLine]) -> Bool {
        // A lone word took the title (a footer's last link, `Contacto`, over the next page's top):
        // the page's chrome between (masthead, menu, a credit) parts it from the headline below.
        if lines[h].words == 1 { return onlyChromeBetween(h, i, in: lines) }
        var stripped = 0
        for j in (h + 1)..<i {
            switch lines[j].kind {
            case .blank: continue
            case .stripped(_, .widget?) where lines[j].words <= maxKickerGapWords:
                stripped += 1
                if stripped > maxStrippedUnderKicker { return false }
            default: return false
            }
        }
        return true
    }

    /// Stripped lines a lone word's page top may hold before its headline.
    static let maxChromeUnderWord = 24

    /// Between title line `h` and line `i` only blank and stripped lines (no time stamp or byline:
    /// those are the header of `h`'s story), at most `maxChromeUnderWord` of them.
    static func onlyChromeBetween(_ h: Int, _ i: Int, in lines: [ClassifiedLine]) -> Bool {
        guard i - h <= maxChromeUnderWord + 1 else { return false }
        for j in (h + 1)..<i {
            switch lines[j].kind {
            case .blank: continue
            case .stripped(_, .timestamp?): return false
            case .stripped: continue
            case .body: return false
            }
        }
        return true
    }
}
