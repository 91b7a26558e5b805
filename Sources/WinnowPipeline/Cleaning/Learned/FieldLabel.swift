import Foundation

/// A record's field: `Label: value` where the label recurs in every record of an export and the
/// value changes (`Subject: Courts; Politics`, `Document URL: https://…`, `WARC-Record-ID: <urn:…>`).
/// The whole line's key never repeats, so the learner also counts the label alone under a key of
/// its own; a line whose label is learned is furniture like a learned line (`LineClassifier`),
/// and the prose exemption keeps a labelled paragraph (`Full text: <lede>`).
///
/// The label: one to four words of letters (hyphens inside), opening on a capital and with some
/// lower case (`Source type`, `WARC-Date`), closed by a colon and a blank, with a value after it.
/// Not a transcript's turn (`Q:`, `OBAMA:`): short or set in capitals. Read by `FieldLine`
/// (`Shape.recordField`), as the other rules' labels are; a database export's tag here too.
enum FieldLabel {
    /// The rule a line stripped for its learned label is reported under.
    static let rule = "learned_field"
    /// Mixed into the label's key so it never equals a whole line's key.
    static let salt: UInt64 = 0x6C62_6C5F_6669_6C64

    /// The key of the line's label, or 0 when the line is no field.
    static func key(_ line: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let end = labelEnd(line)
        guard end > 0 else { return 0 }
        return LineKey.hash(bytes: UnsafeBufferPointer(rebasing: line[..<end])) ^ salt
    }

    /// Words a tagged field's line has at most (`SC  FOXO`, `SN  Fox Online News`): a tag over a
    /// longer value (`HD  <headline>`, `LP  <lede>`) heads what the splitter reads, and stays.
    static let maxTaggedWords = 5
    /// Words a field's line has at most, counted and stripped by its label (a record's `Title:`
    /// field holds a whole headline; the prose exemption keeps labelled paragraphs).
    static let maxFieldWords = 24

    /// The end of the line's label (its colon, or its tag's last letter; 0: none): a tag, a label
    /// in lower case, or a record's field (`FieldLine.Shape.recordField`).
    static func labelEnd(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        let first = LineText.leadingBlankCount(line)
        guard first < line.count else { return 0 }
        let b = line[first]
        if b.isASCIILower { return FieldLine.labelColon(line, from: first, .lowerField) }
        guard b.isASCIIUpper, first + 1 < line.count else { return 0 }
        // A tag is two capitals or more: one look at the second byte spares most lines its scan.
        if line[first + 1].isASCIIUpper {
            let tag = tagEnd(line, from: first)
            if tag > 0 { return tag }
        }
        // A label ends on a colon: a line with none (most) is settled by memchr's vector scan,
        // cheaper than reading its first words a byte at a time.
        guard memchr(line.baseAddress! + first, 0x3A, line.count - first) != nil else { return 0 }
        return FieldLine.labelColon(line, from: first, .recordField)
    }
}

extension FieldLabel {
    /// The label key of line `i` when it is a field in a run of fields: the line next to it (above
    /// or below, blank lines skipped) is a field too. A headline that opens with a label
    /// (`Exclusive: …`, `Trump: …`) sits over a byline or a lede, not in a run of fields, so its
    /// label is never counted.
    static func runKey(_ i: Int, _ buf: UnsafeBufferPointer<UInt8>,
                       _ lines: UnsafeBufferPointer<BoilerplateLearner.LineSlot>) -> UInt64 {
        // The line's own label first: most lines have none, and then the neighbours go unread.
        let label = key(UnsafeBufferPointer(rebasing: buf[lines[i].start..<lines[i].end]))
        guard label != 0, isField(i - 1, buf, lines) || isField(i + 1, buf, lines) else { return 0 }
        return label
    }

    /// A database export's tag (`SC  FOXO`, `LA  English`, or `TD` alone over its value): two to
    /// four capitals, then two or more blanks and a value, or nothing. The end of the tag, or 0.
    /// Two blanks: `US officials said …` and `NBC News` open with capitals and one blank.
    static func tagEnd(_ line: UnsafeBufferPointer<UInt8>, from s: Int) -> Int {
        var e = s
        while e < line.count, line[e].isASCIIUpper { e += 1 }
        guard (2...4).contains(e - s) else { return 0 }
        var t = e
        while t < line.count, line[t] == 0x20 { t += 1 }
        if t == line.count { return e }
        return t - e >= 2 ? e : 0
    }

    /// A label in lower case (`software: …`, `isPartOf: …`, as WARC's `warcinfo` records set them,
    /// `FieldLine.Shape.lowerField`). Only ever taken in a run of fields (`runKey`): a hard-wrapped
    /// line going on in lower case seldom opens so twice running. Whether the line opens with one.
    static func opensLowerLabel(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = LineText.leadingBlankCount(line)
        return s < line.count && line[s].isASCIILower && FieldLine.labelColon(line, from: s, .lowerField) > 0
    }

    /// Whether the line's label is a tag (not a `Label:`).
    static func isTagged(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        tagEnd(line, from: LineText.leadingBlankCount(line)) > 0
    }

    /// Whether a line is a tag alone (`TD`): never a subhead embedded in prose, however it sits.
    static func isBareTag(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = LineText.leadingBlankCount(line), e = tagEnd(line, from: s)
        guard e > 0 else { return false }
        return line[e...].allSatisfy { $0 == 0x20 }
    }

    /// Whether line `j` (if any) is a field with a value. A bare tag is not: a page's `LIVE` or
    /// `SCIENCE` kicker over a labelled headline (`Live updates: …`) makes no run of fields.
    static func isField(_ j: Int, _ buf: UnsafeBufferPointer<UInt8>,
                        _ lines: UnsafeBufferPointer<BoilerplateLearner.LineSlot>) -> Bool {
        guard j >= 0 && j < lines.count else { return false }
        return isFieldLine(UnsafeBufferPointer(rebasing: buf[lines[j].start..<lines[j].end]))
    }

    /// Whether a line is a field with a value (a label, not a bare tag): what makes a run of
    /// fields, for the learner (`isField`) and for the classifier's lone-field test (`keepLone`).
    static func isFieldLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = labelEnd(line)
        guard end > 0 else { return false }
        // A bare tag (`isBareTag`) has only blanks after its end; a label has its colon there.
        var k = end
        while k < line.count && line[k] == 0x20 { k += 1 }
        return k < line.count
    }

    /// A record's field is one line; a line stripped for its label right over a body line going on
    /// in lower case (`Source: Committee on Climate Change, Census Bureau (population` /
    /// `estimates). Charts show …`) opens a hard-wrapped paragraph, and is kept.
    static func keepWrapped(_ lines: inout [ClassifiedLine]) {
        guard lines.count > 1 else { return }
        for i in 0..<(lines.count - 1) where lines[i].strippedRule == rule {
            guard case .body = lines[i + 1].kind,
                  lines.withContentBytes(i + 1, { u in
                      let s = LineText.leadingBlankCount(u)
                      return s < u.count && u[s].isASCIILower
                  }) else { continue }
            lines[i] = lines[i].with(kind: .body, detail: "a labelled paragraph the wrap goes on below (\(rule))")
        }
    }
}
