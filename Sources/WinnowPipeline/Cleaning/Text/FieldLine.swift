/// The one reader of a field line, `Label: value`, for every rule that looks for one: the
/// learner's record fields (`FieldLabel`), its test for a field that is no utterance
/// (`BoilerplateLearner.isShortUtterance`), and the planner's record header (`BoundaryFieldRun.swift`).
///
/// A label: a first byte its caller has tested (a capital, mostly: one look rejects most lines),
/// then bytes of a word or a few (`Source type`, `WARC-Date`), closed by a colon. What each rule
/// takes for a label differs where its output needs it (`Shape`); the walk over a run of fields,
/// the lines next to a field, is `hasFieldNeighbour`.
enum FieldLine {
    /// What may follow a label's colon.
    enum After {
        /// A blank, then a value (`Subject: Courts`): a field holds something.
        case value
        /// A blank (`Abstract: None.`).
        case blank
        /// A blank or the line's end: a record header prints a label over an empty value too.
        case blankOrEnd
    }

    /// The bytes a label's words hold, after its first.
    enum Bytes {
        /// Letters, and a hyphen after a letter (`WARC-Record-ID`, `LOAD-DATE`).
        case lettersAndHyphens
        /// Letters only (`isPartOf`).
        case letters
        /// Any byte but a space (`Covid-19:`): a first word closed by a colon.
        case anyButSpace
    }

    /// What a rule takes for a label.
    struct Shape {
        /// Words in the label (a space between two, a letter after it).
        var maxWords = 1
        var bytes = Bytes.lettersAndHyphens
        /// Some lower case in the label: a transcript's turn (`OBAMA:`) is set in capitals.
        var mixedCase = true
        /// The label's length in bytes (`Q:` is a turn, not a field).
        var minBytes = 3
        var maxBytes = Int.max
        var after = After.value

        /// A record's field (`FieldLabel`): up to four words (`Language of publication`), mixed
        /// case, over a value.
        @inline(__always) static var recordField: Shape { Shape(maxWords: 4) }
        /// A field in lower case (`software: …`, WARC's `warcinfo`): one word of four or more letters.
        @inline(__always) static var lowerField: Shape { Shape(bytes: .letters, mixedCase: false, minBytes: 4) }
        /// A short line's first word closed on a colon (`Abstract: None available.`): any bytes,
        /// since the learner asks only whether the line is a field rather than a short reply.
        @inline(__always) static var firstWord: Shape { Shape(bytes: .anyButSpace, after: .blank) }
        /// A record header's label (`Section:`, `LOAD-DATE:`): one word in any case, up to 20
        /// bytes, its value maybe empty. Exports print header labels in capitals, and the planner
        /// asks it only of learned lines next to other such lines.
        @inline(__always) static var headerField: Shape {
            Shape(mixedCase: false, minBytes: 1, maxBytes: 20, after: .blankOrEnd)
        }
    }

    /// The colon closing a label of `shape` that opens on a capital at `s`, or 0: none. The first
    /// byte's look rejects most lines before any scan.
    @inline(__always)
    static func capitalLabelColon(_ line: UnsafeBufferPointer<UInt8>, from s: Int, _ shape: Shape) -> Int {
        guard s < line.count, line[s].isASCIIUpper else { return 0 }
        return labelColon(line, from: s, shape)
    }

    /// The index of the colon closing the label that opens at `s` (its first byte tested by the
    /// caller), or 0: none.
    @inline(__always)
    static func labelColon(_ line: UnsafeBufferPointer<UInt8>, from s: Int, _ shape: Shape) -> Int {
        let n = line.count
        var i = s + 1, words = 1, lower = false
        while i < n {
            let b = line[i]
            // Most bytes are lower case: that test first (the classes are disjoint; order is cost only).
            if b.isASCIILower {
                lower = true
            } else if b == 0x20 {
                words += 1
                guard words <= shape.maxWords, i + 1 < n, line[i + 1].isASCIILetter else { return 0 }
            } else if b == 0x3A {
                guard i - s >= shape.minBytes, lower || !shape.mixedCase else { return 0 }
                switch shape.after {
                case .value: return i + 2 < n && line[i + 1] == 0x20 && line[i + 2] != 0x20 ? i : 0
                case .blank: return i + 1 < n && line[i + 1] == 0x20 ? i : 0
                case .blankOrEnd: return i + 1 == n || line[i + 1] == 0x20 ? i : 0
                }
            } else {
                switch shape.bytes {
                case .anyButSpace: break
                case .letters: guard b.isASCIIUpper else { return 0 }
                case .lettersAndHyphens: guard b.isASCIIUpper || (b == 0x2D && line[i - 1].isASCIILetter) else { return 0 }
                }
            }
            i += 1
            // A label no longer than `maxBytes`: its colon stands within them.
            if i - s > shape.maxBytes { return 0 }
        }
        return 0
    }
}

extension FieldLine {
    /// Whether the nearest non-blank line above or below line `i`, with at most `maxBlanks` blank
    /// lines between, is a field by `isField`: line `i` stands in a run of fields, as an export
    /// prints a record's fields one under another.
    @inline(__always)
    static func hasFieldNeighbour(_ i: Int, _ lines: [ClassifiedLine], maxBlanks: Int,
                                  _ isField: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let above = neighbour(of: i, by: -1, lines, maxBlanks: maxBlanks)
        if above >= 0 && lines.withTextBytes(above, isField) { return true }
        let below = neighbour(of: i, by: 1, lines, maxBlanks: maxBlanks)
        return below >= 0 && lines.withTextBytes(below, isField)
    }

    /// The nearest non-blank line from `i` by `step`, past at most `maxBlanks` blank lines; -1: none.
    @inline(__always)
    private static func neighbour(of i: Int, by step: Int, _ lines: [ClassifiedLine], maxBlanks: Int) -> Int {
        var j = i + step, blanks = 0
        while j >= 0 && j < lines.count {
            guard case .blank = lines[j].kind else { return j }
            guard blanks < maxBlanks else { return -1 }
            blanks += 1
            j += step
        }
        return -1
    }
}
