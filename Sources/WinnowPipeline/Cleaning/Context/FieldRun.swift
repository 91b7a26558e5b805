/// An export's record header or trailer learned inside one text: runs of field lines (`Subject:
/// Courts; Taxation`, `SC  FOXO`, or a tag alone over its value: `NS` / `ncat : Content Types`)
/// whose labels come back in the next record's run. The learned pass (`BoilerplateLearner`) needs
/// a label in `min_documents` documents of `min_sources` sources; a dump that is the only one of
/// its export, or a JSONL file whose records are all one source, never gets there, yet its own
/// records repeat the template. A label seen in two or more runs of the same text is the
/// template's, and its lines are stripped as `learned_field`; a run of `minLoneRun`+ fields is a
/// record's header on its own (a dump of one document). Runs of `minRun`+ fields only.
///
/// Kept: a value ending a sentence (a transcript's `Jane Doe: Thank you.`, a `Full text: <lede>`),
/// a line cut to its value by a rule (`HEADLINE:`, `Title:`: the splitter reads those), the value
/// under a headline tag (`HD`), and a tagged line or a tag's value of more than
/// `FieldLabel.maxTaggedWords` words (`LP  <lede>`, `TD` over the text).
enum FieldRun {
    /// Field lines a run needs to be a record's header or trailer with no other run to match: an
    /// article's own list of labelled lines (poll results by outlet, `Variety: Trump 58, Clinton
    /// 42`, b3) runs to a few; an export's template runs to ten and more.
    static let minLoneRun = 8
    /// Field lines a run needs for its labels to count: two labelled lines together (`Reading
    /// time: 4 minutes` over `Opinion: <headline>`, b3) are a page's header, not a record's.
    static let minRun = 3
    /// Tags alone over their values (`NS` / `ncat : Content Types`) a run needs to be a record's
    /// fields on its own: no article sets a bare tag in capitals over a line, run after run.
    static let minTagRun = 3
    /// Words a labelled field has at most: a record's values are a name, a date, a few terms; a
    /// longer labelled line is the article's (`Considered for power outage: <places>`, b3).
    static let maxLabelledWords = 10
    /// Blank lines between two fields of one run at most (exports set fields one or two apart).
    static let maxGap = FieldLabel.maxFieldGap

    /// The key of a tag set one blank from its value (2 to 4 capitals, one blank, a value of at most
    /// `FieldLabel.maxTaggedWords` words); nil for anything else.
    static func narrowTagKey(_ u: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let s = LineText.leadingBlankCount(u)
        var e = s
        while e < u.count, u[e].isASCIIUpper { e += 1 }
        guard (2...4).contains(e - s), e + 1 < u.count, u[e] == 0x20, u[e + 1] != 0x20 else { return nil }
        var words = 1
        for k in (e + 1)..<u.count where u[k] == 0x20 { words += 1 }
        guard words <= FieldLabel.maxTaggedWords else { return nil }
        return LineKey.hash(bytes: UnsafeBufferPointer(rebasing: u[..<e])) ^ FieldLabel.salt
    }

    /// The next non-blank line below `i` (within `maxGap` blanks) is a field or a narrow tag.
    private static func fieldFollows(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        var j = i + 1, blanks = 0
        while j < lines.count, case .blank = lines[j].kind {
            blanks += 1
            guard blanks <= maxGap else { return false }
            j += 1
        }
        return j < lines.count && lines.withTextBytes(j) { FieldLabel.labelEnd($0) > 0 || narrowTagKey($0) != nil }
    }

    static func apply(_ lines: inout [ClassifiedLine]) {
        guard lines.count > 2 else { return }
        // Each line's field key (0: none) and the run it sits in.
        var keys = [UInt64](repeating: 0, count: lines.count)
        var runOf = [Int](repeating: -1, count: lines.count)
        var run = -1, inRun = false, gap = 0, fields = 0
        // Per run: fields, tags over values, and labelled lines ending a sentence (a dialogue's turns).
        var runSizes: [Int] = [], runTags: [Int] = [], runSentences: [Int] = []
        var i = 0
        while i < lines.count {
            if case .blank = lines[i].kind {
                gap += 1
                if gap > maxGap { inRun = false }
                i += 1
                continue
            }
            var key: UInt64 = 0, value = -1, headline = false
            lines.withTextBytes(i) { u in
                guard FieldLabel.labelEnd(u) > 0 else {
                    // A tag set one blank from its value (`PUB Vox Company`, `IPD News`: a
                    // three-letter tag in a four-column tag field) is a field only beside another.
                    if let t = Self.narrowTagKey(u), inRun || Self.fieldFollows(i, lines) { key = t }
                    return
                }
                if FieldLabel.isBareTag(u) {
                    // A tag alone: its value is the next line (blank lines between).
                    headline = StorySplitter.isLoneHeadlineLabel(u)
                    key = FieldLabel.key(u)
                    value = -2
                } else {
                    key = FieldLabel.key(u)
                }
            }
            if key == 0 { inRun = false; i += 1; continue }
            if value == -2 {
                var j = i + 1, blanks = 0
                while j < lines.count, case .blank = lines[j].kind, blanks < maxGap { j += 1; blanks += 1 }
                // A headline tag's value is the headline, whatever label it opens with (`HD` /
                // `Stocker: How students …`): no field, and it ends the run.
                if headline { inRun = false; i = j + 1; continue }
                value = j < lines.count && lines[j].kind != .blank
                    && lines.withTextBytes(j, { FieldLabel.labelEnd($0) == 0 }) ? j : -1
            }
            if !inRun { run += 1; runSizes.append(0); runTags.append(0); runSentences.append(0); inRun = true }
            gap = 0
            fields += 1
            keys[i] = key; runOf[i] = run; runSizes[run] += 1
            if value == -1, lines.withTextBytes(i, { LineText.ending(bytes: $0) }) != .open { runSentences[run] += 1 }
            if value >= 0 {
                keys[value] = key; runOf[value] = run; runTags[run] += 1
                i = value + 1
            } else {
                i += 1
            }
        }
        guard fields >= 2 else { return }
        // Runs each label is seen in (a run of one field is no run).
        var seen: [UInt64: (last: Int, runs: Int)] = [:]
        for k in lines.indices where keys[k] != 0 && runSizes[runOf[k]] >= minRun {
            let r = runOf[k]
            if let s = seen[keys[k]] {
                if s.last != r { seen[keys[k]] = (r, s.runs + 1) }
            } else {
                seen[keys[k]] = (r, 1)
            }
        }
        for k in lines.indices where keys[k] != 0 {
            guard case .body = lines[k].kind, lines[k].contentByteCount == lines[k].textByteCount else { continue }
            let size = runSizes[runOf[k]]
            // A run whose labelled lines end sentences half the time or more is a transcript's
            // turns (`Hewitt: … kill me.` / `Trump: …`, i3), not a record's fields.
            guard size >= minRun, runSentences[runOf[k]] * 2 < size, let s = seen[keys[k]],
                  s.runs >= 2 || size >= minLoneRun || runTags[runOf[k]] >= minTagRun else { continue }
            let strip = lines.withTextBytes(k) { u -> Bool in
                let words = lines[k].words
                let isValue = FieldLabel.labelEnd(u) == 0
                let tagged = isValue || FieldLabel.isTagged(u)
                if words > (tagged ? FieldLabel.maxTaggedWords : maxLabelledWords) { return false }
                // A tag's value of a few words may end on an abbreviation's stop (`U.S.`).
                return isValue && words <= 3 || LineText.ending(bytes: u) == .open
            }
            guard strip else { continue }
            lines[k] = lines[k].with(kind: .stripped(rule: FieldLabel.rule, role: nil),
                                     detail: s.runs >= 2 ? "field label repeated in \(s.runs) runs of fields of this text"
                                                         : "field in a record's run of \(size) fields")
        }
    }
}
