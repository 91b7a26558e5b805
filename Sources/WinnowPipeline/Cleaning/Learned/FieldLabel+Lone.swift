extension FieldLabel {
    /// Blank lines a field's neighbour may stand away (exports set fields one or two apart).
    static let maxFieldGap = 2

    /// The learner counts a label only where its line sits in a run of fields (`Source type:` /
    /// `Document type:` / `Subject:` in an export's trailer); a line with that label standing alone
    /// among paragraphs is no record's field but the article's own labelled line (a chart's
    /// `Source: Committee on Climate Change, Census Bureau (population estimates).` in a
    /// hard-wrapped analysis), and is kept. Alone: its nearest non-blank line above and below (within
    /// `maxFieldGap` blanks) is no field (`isFieldLine`, the learner's own test for a run); a
    /// sentence, with a colon label, not a tag.
    static func keepLone(_ lines: inout [ClassifiedLine]) {
        for i in lines.indices where lines[i].strippedRule == rule {
            // A tagged field (`AN  Document …`) is never an article's line, and a labelled line of
            // the article's is a sentence: an export's odd field out (`URL: https://…`) is not.
            guard lines.withTextBytes(i, { !isTagged($0) && LineText.ending(bytes: $0) == .sentence }),
                  !FieldLine.hasFieldNeighbour(i, lines, maxBlanks: maxFieldGap, isFieldLine) else { continue }
            lines[i] = lines[i].with(kind: .body, detail: "a labelled line outside any run of fields (\(rule))")
        }
    }
}
