/// A subhead over one in-article widget inside a JSONL record.
///
/// `applyRecordStyle` (`BoundaryRecord.swift`) demotes a bare headline inside a record: the
/// article's own subhead. A widget line under a candidate (`widget_after`) counts as a page header
/// there, which keeps the line's start. But a site sets an ad slot's label or a reading prompt
/// between an article's paragraphs (`PUBBLICITÀ`, `Advertisement`, `Zur Vollversion`), and under
/// a subhead just as well: a subhead over one such line, then the section's prose, split a
/// one-article record in two (portal: g111, g113). The next page's header in a glued record
/// carries more: a byline, a time stamp, share rows, a credit (`furniture_after`, `byline_after`,
/// `credit_after`), which this leaves alone; so is a line with a trailer over it or its text's start,
/// and one not set right under a paragraph that ended.
extension BoundaryPlanner {
    /// Start `start` at line `i` is a headline whose one header mark is a lone widget line under it
    /// (blank lines aside), with a prose paragraph right under that widget.
    func overLoneWidget(_ i: Int, _ start: Start, _ lines: [ClassifiedLine]) -> Bool {
        let fired = start.scored.fired
        guard start.isTitle, fired.contains(.widgetAfter), fired.contains(.afterSentence), !Self.isKicker(start.scored),
              !fired.contains(where: Self.loneWidgetVetoes.contains) else { return false }
        // Set between paragraphs: a paragraph that ended right above it. A headline under a kicker
        // or a dek under its headline is a page's head; under page furniture (`Page 2 of 9`, a
        // pager) the page above has ended (w1, w311, w314: glued records' next articles).
        var p = i - 1
        while p >= 0, case .blank = lines[p].kind { p -= 1 }
        guard p >= 0, case .body = lines[p].kind else { return false }
        var j = i + 1, widgets = 0
        while j < lines.count {
            switch lines[j].kind {
            case .blank: break
            case .stripped(_, .widget?): widgets += 1
            case .body: return widgets == 1 && lines[j].words >= config.proseMinWords
            default: return false
            }
            j += 1
        }
        return false
    }

    /// Marks of a page's head or of a story's edge beside the widget: any of them and the line is
    /// no subhead over an ad slot.
    static let loneWidgetVetoes: [SplitFeature] = [.creditAfter, .repeatedAfter, .datePrefix, .furnitureAfter, .bylineAfter,
                                                   .datelineAfter, .pageHeader, .startOfText, .trailerBefore]
        + carriedHeadMarks
}
