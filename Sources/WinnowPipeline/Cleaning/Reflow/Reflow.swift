import Foundation

/// Re-joins hard-wrapped paragraphs before boundary scoring.
///
/// Some dumps wrap text at a fixed width (~65–80 columns). Every wrapped line then has an open
/// ending and looks like a headline. A text counts as wrapped when almost no content line is
/// longer than a width W ≤ `maxWrapWidth` and many lines come close to W. In such a text, line i
/// continues on line i+1 unless the first word of i+1 would have fitted on line i (the classic
/// reflow test), line i+1 is indented while i is not at the start of the paragraph style, or
/// either line is blank or boilerplate.
enum Reflow {
    static let maxWrapWidth = 100
    /// A newspaper archive's OCR sets its columns at 24–29 characters: at 30 its text was no
    /// wrapped text at all, and a headline in capitals over three lines lost all but its first.
    static let minWrapWidth = 24

    /// Most texts are not wrapped: more than 3% of their lines are wider than any wrap width.
    /// Counting those first (a line of at most `maxWrapWidth` bytes cannot be wider, a longer one
    /// is measured only up to the limit) rejects them without measuring every line.
    ///
    /// The wide lines allowed, `allowedWide(n)`, never decrease as `n` (the body lines) grows, and
    /// `n` is at most `lines.count`: once more lines are wide than `allowedWide(lines.count)`, the
    /// answer is no. `narrowness` walks on only while `belowHeader` may still say yes (a news
    /// text of long paragraphs is rejected by both within its first dozen lines).
    ///
    /// `whole`: the text is mostly narrow; `belowHeader`: it is below a header of unwrapped lines
    /// (`Reflow+WrappedSpan.swift`). Each body line's width is tested once for both; the walk
    /// stops once both answers are no.
    static func narrowness(_ lines: [ClassifiedLine]) -> (whole: Bool, belowHeader: Bool) {
        var n = 0, wide = 0
        // Below the header: counted from the first `wrappedRunLines` consecutive narrow lines on.
        var run = 0, started = false, below = 0, belowWide = 0
        let most = allowedWide(lines.count)
        for i in lines.indices {
            guard case .body = lines[i].kind else { run = 0; continue }
            n += 1
            let isWide = lines[i].textByteCount > maxWrapWidth && lines.withTextBytes(i, { LineScan.widerThan(maxWrapWidth, $0) })
            if isWide { wide += 1 }
            if !started {
                run = isWide ? 0 : run + 1
                if run == wrappedRunLines { started = true; below = run }
            } else {
                below += 1
                if isWide { belowWide += 1 }
            }
            // `wide` counts every line `belowWide` counts: once `belowWide` is past `most`, so is
            // `wide`, and both answers are no.
            if belowWide > most { return (false, false) }
        }
        return (n >= 4 && wide <= allowedWide(n), started && below >= 4 && belowWide <= allowedWide(below))
    }

    /// Wide lines a mostly narrow text of `n` body lines may have (3%, rounded down, less one
    /// line's slack): `n - 1 - ⌊97n/100⌋`, which grows by 0 or 1 with each line.
    @inline(__always)
    static func allowedWide(_ n: Int) -> Int { n - 1 - (n * 97) / 100 }

    /// The widths' histogram that `wrapWidth` and `headlineTolerantWrapWidth` read (built once
    /// per text): all widths above `maxWrapWidth` share its last bucket.
    static func widthHistogram(_ bodyWidths: [Int]) -> [Int] {
        var histogram = [Int](repeating: 0, count: maxWrapWidth + 2)
        for w in bodyWidths { histogram[min(w, maxWrapWidth + 1)] += 1 }
        return histogram
    }

    /// The wrap width of `count` body widths counted in `histogram` (`widthHistogram`): the width
    /// at the 97th percentile, if at most `maxWrapWidth` and at least `minWrapWidth`, when 40% of
    /// the lines come within 15 of it. Counted in a histogram instead of sorting the widths: all
    /// widths above `maxWrapWidth` share its last bucket (a percentile there means no wrap width).
    static func wrapWidth(histogram: [Int], count: Int) -> Int? {
        guard count >= 4 else { return nil }
        // The width at index `rank` of the sorted widths.
        let rank = (count * 97) / 100
        var below = 0, width = 0
        while below + histogram[width] <= rank { below += histogram[width]; width += 1 }
        guard width <= maxWrapWidth, width >= minWrapWidth else { return nil }
        var near = 0
        for w in (width - 15)...(maxWrapWidth + 1) { near += histogram[w] }
        return near * 10 >= count * 4 ? width : nil
    }

    /// For each line, whether it continues on the next line.
    ///
    /// Stories glued into one dump may be wrapped at different widths, so the width used for the
    /// reflow test is local: the longest content line within `window` lines. In indent-style text
    /// (paragraphs open with an indented line) every non-indented line continues the previous one.
    /// `datelines`: the splitter's matcher, so a dateline lede breaks where the splitter sees one.
    static func continuations(_ lines: [ClassifiedLine], datelines: DatelineMatcher, window: Int = 10) -> [Bool] {
        var joins = [Bool](repeating: false, count: lines.count)
        let narrow = narrowness(lines)
        // Not wrapped as a whole: only its wrapped runs, if any (`Reflow+WrappedRuns.swift`).
        var runs: [Bool]? = nil
        if !(narrow.whole || narrow.belowHeader) {
            guard let r = wrappedRuns(lines) else { return joins }
            runs = r
        }
        // Each body line measured once: the widths serve the wrap test and the reflow test.
        var lengths = [Int](repeating: 0, count: lines.count)
        var indents = [Int](repeating: 0, count: lines.count)
        var indented = [Bool](repeating: false, count: lines.count)
        var bodyWidths: [Int] = []
        var indentedCount = 0
        for i in lines.indices {
            guard case .body = lines[i].kind, runs?[i] ?? true else { continue }
            let (w, lead, starts) = lines.withTextBytes(i) { u -> (Int, Int, Bool) in
                let lead = LineText.leadingBlankCount(u)
                return (SplitText.scalarCount(u), lead, lead > 0 && SplitText.startsIndented(u))
            }
            lengths[i] = w
            bodyWidths.append(w)
            if starts {
                indents[i] = lead
                indented[i] = true
                indentedCount += 1
            }
        }
        let indentStyle = indentedCount >= 3
        // The widths the wrapping tool saw: without the indents where they were added after
        // wrapping (`indentAddedAfterWrap`, the wrap width then).
        let histogram = widthHistogram(bodyWidths)
        let takenOff = indentStyle ? indentAddedAfterWrap(lengths, indents, histogram: histogram, count: bodyWidths.count) : nil
        if takenOff != nil {
            for i in lengths.indices where indents[i] > 0 { lengths[i] -= indents[i] }
        }
        guard let wrap = takenOff ?? wrapWidth(histogram: histogram, count: bodyWidths.count)
                ?? headlineTolerantWrapWidth(histogram: histogram, count: bodyWidths.count) else { return joins }
        // Unwrapped lines (an unwrapped headline) neither continue nor set their neighbours' width.
        let unwrapped = unwrappedLines(lengths, wrap: wrap, window: window)
        for i in lengths.indices where unwrapped[i] { lengths[i] = 0; indents[i] = 0 }
        // The widths as laid out, indents included (see `blockFirst` below).
        let raw = takenOff == nil ? lengths : zip(lengths, indents).map(+)
        // Only a line that runs on into a body line below shows the wrap width: a lone line between
        // blanks (a related link, a promo set unwrapped a little wider than the wrap) or a
        // paragraph's last line is no evidence of it, and a wide one there made the next word
        // seem to fit on a wrapped line near it, breaking its paragraph (`wrapEvidence`).
        let evidence = wrapEvidence(lines, lengths)
        // A block's flush-left first line in indent style (no paragraph opens flush left there:
        // a headline, a dek, a kicker, or a lede set flush) is tested against the widths as laid
        // out, indents included: it must come nearer the widest line to read as wrapped. Against
        // the narrower widths without indents, headlines near the wrap width passed the test and
        // took their dek or lede as a tail (b1, b2, o3917, w2: 1–2 titles each).
        let rawEvidence = takenOff == nil ? evidence : wrapEvidence(lines, raw)
        for i in 0..<max(0, lines.count - 1) {
            if let r = runs, !(r[i] && r[i + 1]) { continue }
            if case .stripped = lines[i].kind, case .body = lines[i + 1].kind {
                // A stripped line's width keeps its indent: so do the widths it is compared with.
                // An unwrapped line is no wrapped tail (a rail's last item over the next headline
                // set unwrapped: `4. Journalism Isn't Dying …` / `Trump's Mar-a-Lago Buddy …`).
                joins[i] = !unwrapped[i + 1] && boilerplateWraps(lines, i, raw, indented, window: window)
                continue
            }
            // An unwrapped line is no wrapped paragraph's line, first or tail.
            guard case .body = lines[i].kind, !unwrapped[i], !unwrapped[i + 1], !endsRun(lines, i) else { continue }
            // Line i continues nothing above: a paragraph's (or a header's) first line.
            let first = i == 0 || !joins[i - 1]
            let blockFirst = indentStyle && !indented[i] && first
            if case .stripped = lines[i + 1].kind {
                // A wrapped paragraph's tail can look like boilerplate on its own (`24.` read as a
                // wire sign-off). It is the tail when the paragraph stops mid-sentence and the
                // tail's first word would not have fitted on the line above; under a line of its
                // own (not itself a wrapped line's continuation) not a few words that end nothing:
                // that is a headline over a social counter (`… Cyber Problem` / `3.4K shares`).
                let local = localWidth(blockFirst ? raw : lengths, i, window)
                let counter = first && lines[i + 1].words <= Self.counterMaxWords
                    && lines.withTextBytes(i + 1, { LineText.ending(bytes: $0) == .open })
                // Nor does a headline in Title Case wrap onto a stripped line (`… Don't Trust News
                // Media` / `toggle caption Jane Doe/EPA`), unless the line goes on from it with a
                // function word (`… in the Diplomatic Room` / `of the White House (Jane Doe/Reuters)`).
                let header = first && !indented[i]
                    && (opensHeader(lines, i + 1) || opensLowercaseByline(lines, i)
                        || isTitleCaseLine(lines, i) && !lines.withTextBytes(i + 1, { isTitleFunctionWord(Reflow.firstWord($0)) })
                        || repeatsLineAbove(lines, i, window: Self.repeatOverStrippedWindow))  // Reflow+RepeatedLine.swift
                // Every line of a wrapped paragraph fits the width: a stripped line wider than the
                // text's wrap width and the local one (a caption set unwrapped under a headline as
                // wide as the wrap) is no tail.
                let fits = lines.withTextBytes(i + 1, SplitText.scalarCount) <= max(local, wrap) + unwrappedSlack
                if fits && lines.withContentBytes(i, endsMidSentence) && !changesCase(lines, i) && !counter && !header
                    && raw[i] + 1 + lines.withTextBytes(i + 1, SplitText.firstWordWidth) > local - 1 { joins[i] = true }
                continue
            }
            guard case .body = lines[i + 1].kind else { continue }
            if indented[i + 1] || lines[i + 1].isMetadataBearing { continue }
            // A bare `Editor's Note:` is a line of its own, flush under an indented paragraph too
            // (`BoundaryEditorsNote.swift` reads it over the promo it announces).
            if lines.withContentBytes(i + 1, EditorsNote.isBareNote) { continue }
            if breaksParagraph(lines, i) || changesCase(lines, i) || (first && repeatsLineAbove(lines, i)) || repeatsLineAbove(lines, i + 1)
                || breaksBeforeDatelineLede(lines, i, first: first, datelines: datelines) || (first && !indented[i]
                && (leavesTitleCase(lines, i) || endsHeadlineOverSentence(lines, i) || opensLowercaseByline(lines, i)
                    || endsQuestionOverSentence(lines, i, evidence: evidence, window: window)  // Reflow+QuestionHeadline.swift
                    || endsLabelledHeadline(lines, i) || headlineUnderKicker(lines, i))) { continue }  // Reflow+LabelledHeadline.swift, Reflow+Kicker.swift
            // A headline in capitals broken after a comma goes on in capitals, however short the
            // line (`Reflow+Capitals.swift`).
            if runsOnInCapitals(lines, i) { joins[i] = true; continue }
            // In indent style a paragraph opens indented: a flush-left line that continues nothing
            // (a headline over its dek) is no paragraph's first line, and the classic test decides.
            if indentStyle && (indented[i] || (i > 0 && joins[i - 1])) && continuesInIndentStyle(lines, i) { joins[i] = true; continue }
            if indentStyle && standsAloneInIndentStyle(lines, i, indented) { continue }
            // Line i + 1 is a body line, so `evidence[i]` is line i's width: the window's widest
            // is never narrower than line i.
            let local = localWidth(blockFirst ? rawEvidence : evidence, i, window)
            let firstWord = lines.withContentBytes(i + 1, SplitText.firstWordWidth)
            // Line i's own width keeps its indent: an indented line ending a sentence is a full
            // line when its indent and words reach the width (a flush line below it goes on with
            // its paragraph in indent style).
            let width = raw[i]
            if width + 1 + firstWord > local - 1
                || (width * 10 >= local * 6 && lines.withContentBytes(i + 1, SplitText.startsLowercase)) { joins[i] = true }
        }
        cutFurnitureTails(lines, &joins)
        return joins
    }

    /// A link's title or a credit, which its family takes as one item to metadata (`links`,
    /// `credits`), is set on a line of its own; wrapped, its tail is one line that ends it
    /// (`TRENDING: … Refusing To` / `Leave Her During Her Cancer Battle`). A tail that opens with
    /// a capital, has lower-case words and itself runs on is the first line of the next paragraph
    /// (`READ MORE: Why House Democrats think … big gains` / `Planned Parenthood's top talking
    /// point was …` / `edited." …`): joined, the whole paragraph was stripped with the link (blind
    /// and outsider sets lost 1-3 such paragraphs each). A tail in lower case goes on with the
    /// item's sentence, one in capitals with its list (`SEE ALSO: WAR ON HONESTY I, …, WAR` / `ON
    /// HONESTY IV, …`); promos and other widgets (no item: a blurb of several wrapped sentences),
    /// trailers (a contributor list over three lines) and captions keep their tails.
    static func cutFurnitureTails(_ lines: [ClassifiedLine], _ joins: inout [Bool]) {
        guard lines.count > 2 else { return }
        for i in 0..<(lines.count - 2) where joins[i] && joins[i + 1] {
            guard case .stripped(_, let role?) = lines[i].kind, role == .widget || role == .credit,
                  lines[i].isMetadataBearing, case .body = lines[i + 1].kind,
                  lines.withContentBytes(i + 1, { !SplitText.startsLowercase($0) && !SplitText.hasNoLowercase($0) }) else { continue }
            joins[i] = false
        }
    }

    /// A stripped line of at most this many words with an open ending is no paragraph's tail
    /// (`3.4K shares`, `View comments (12)`, `Share 6.3K`): a page widget under a headline.
    static let counterMaxWords = 3

    /// Whether boilerplate line `i` (stripped) wraps onto body line `i + 1`: rules match physical
    /// lines, so in hard-wrapped copy a two-line trailer (`… contributed to this report` /
    /// `from Washington.`) loses only its first line and its tail is left as a lone body line
    /// (which then opens the next story). It is the tail when the boilerplate stops mid-sentence,
    /// the tail is not indented (a new paragraph in indent style) and, as in the reflow test, its
    /// first word would not have fitted on the boilerplate line. The merged line is boilerplate.
    static func boilerplateWraps(_ lines: [ClassifiedLine], _ i: Int, _ lengths: [Int], _ indented: [Bool], window: Int) -> Bool {
        guard !indented[i + 1], lines.withTextBytes(i, endsMidSentence) else { return false }
        // A link line in Title Case (`» Ted Cruz Tests Waters, Meets With Iowa Leaders`) does not
        // wrap onto a sentence in sentence case below it (`In his message, the president …`), as a
        // body line does not (`leavesTitleCase`); its own Title Case tail (`TRENDING: Husband
        // Refuses to` / `Leave Her During Her Cancer Battle`) still joins it.
        if leavesTitleCase(lines, i) { return false }
        let width = lines.withTextBytes(i, SplitText.scalarCount)
        let local = localWidth(lengths, i, window)
        // Wider than the body's wrap width: the line was not wrapped at it (a URL, a promo
        // line set unwrapped), so the line below is not its tail.
        guard width <= local else { return false }
        return width + 1 + lines.withContentBytes(i + 1, SplitText.firstWordWidth) > local - 1
    }

    /// `lengths` kept only for body lines with a body line right below them (a wrapped paragraph's
    /// lines but its last): the lines whose widths show where the text was wrapped.
    static func wrapEvidence(_ lines: [ClassifiedLine], _ lengths: [Int]) -> [Int] {
        var out = [Int](repeating: 0, count: lengths.count)
        for i in 0..<max(0, lines.count - 1) {
            guard case .body = lines[i + 1].kind else { continue }
            out[i] = lengths[i]
        }
        return out
    }

    /// The widest body line within `window` lines of `i`: the wrap width of the story around it.
    static func localWidth(_ lengths: [Int], _ i: Int, _ window: Int) -> Int {
        lengths[max(0, i - window)...min(lengths.count - 1, i + window)].max() ?? 0
    }

    /// The line stops inside a sentence: its last character is a letter, digit, comma, semicolon
    /// or hyphen (not `.`, `?`, `!`, a closing quote or bracket).
    static func endsMidSentence(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = u.last(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        switch last {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2C, 0x3B, 0x2D: return true
        default: return false
        }
    }

    /// Merges continuation lines into their paragraph's first line. Returns the merged lines and,
    /// for each merged line, the range of input lines it covers.
    static func merge(_ lines: [ClassifiedLine], datelines: DatelineMatcher) -> (lines: [ClassifiedLine], spans: [Range<Int>]) {
        let joins = continuations(lines, datelines: datelines)
        guard joins.contains(true) else { return (lines, lines.indices.map { $0..<($0 + 1) }) }
        var out: [ClassifiedLine] = []
        var spans: [Range<Int>] = []
        out.reserveCapacity(lines.count)
        spans.reserveCapacity(lines.count)
        // Each tail's trimmed text as a byte range of its line (no Substring per tail), in one
        // buffer reused by every paragraph.
        var tails: [Range<Int>] = []
        // Body tails that join whole, their label cut undone (`hasLabelCut`): rare, a short list.
        var cutTails: [Int] = []
        var i = 0
        while i < lines.count {
            var j = i
            while j < lines.count - 1 && joins[j] { j += 1 }
            guard j > i else {
                out.append(lines[i])
                spans.append(i..<(i + 1))
                i += 1
                continue
            }
            var merged = lines[i]
            tails.removeAll(keepingCapacity: true)
            var contentBytes = lines[i].contentByteCount, textBytes = lines[i].textByteCount
            // Every tail's piece of the text equals its piece of the content (a body tail's
            // trimmed text is its content; a stripped tail is one piece of both).
            var tailsSame = true
            cutTails.removeAll(keepingCapacity: true)
            for k in (i + 1)...j {
                let tail = lines.withTextBytes(k, SplitText.trimmedBlankBytes)
                tails.append(tail)
                if lines[k].kind == .body && hasLabelCut(lines, k, tail: tail) { cutTails.append(k) }
                if lines[k].kind == .body && cutTails.last != k {
                    contentBytes += 1 + lines[k].contentByteCount
                    if tailsSame && !lines.withTextBytes(k, { t in lines.withContentBytes(k) { c in
                        SplitText.sameBytes(UnsafeBufferPointer(rebasing: t[tail]), c) } }) { tailsSame = false }
                } else {
                    contentBytes += 1 + tail.count
                }
                textBytes += 1 + tail.count
            }
            // The merged line's String is written as bytes into a buffer of its final size (no
            // temporary `" " + tail` strings, no regrowth, no validation: `TextBlockString.build`):
            // the text alone where the content is a suffix of it, else the text followed by the content.
            let first = lines[i].textByteCount, indent = textBytes - contentBytes
            if tailsSame && indent >= 0 && lines.withTextBytes(i, { t in lines.withContentBytes(i) { c in
                SplitText.sameBytes(UnsafeBufferPointer(rebasing: t[indent..<first]), c) } }) {
                // Plain wrapped prose, or a paragraph whose first line is indented: the text is
                // the first line's indent followed by the content.
                let text = TextBlockString.build(capacity: textBytes) { joinText(lines, i, j, tails, into: $0) }
                merged = merged.rebased(storage: text, text: 0..<textBytes, content: indent..<textBytes)
            } else {
                // One String holds the text, then the content (see `ClassifiedLine`).
                let both = TextBlockString.build(capacity: textBytes + contentBytes) { buf in
                    var n = joinText(lines, i, j, tails, into: buf)
                    n = copy(lines[i], content: true, into: buf, at: n)
                    for (k, tail) in zip((i + 1)...j, tails) {
                        // A stripped tail (see `continuations`) or a label-cut one (`hasLabelCut`) joins whole.
                        buf[n] = 0x20
                        n = lines[k].kind == .body && !cutTails.contains(k) ? copy(lines[k], content: true, into: buf, at: n + 1)
                                                                            : copy(text: lines[k], tail, into: buf, at: n + 1)
                    }
                    return n
                }
                merged = merged.rebased(storage: both, text: 0..<textBytes, content: textBytes..<(textBytes + contentBytes))
            }
            for (k, tail) in zip((i + 1)...j, tails) {
                // What the rule read from a stripped tail (metadata) is dropped.
                if lines[k].kind == .body && !cutTails.contains(k) {
                    merged.words += lines[k].words
                    if lines.isMetadataBearing(k) {
                        for (key, v) in lines[k].metadata where merged.metadata[key] == nil { merged.metadata[key] = v }
                    }
                } else {
                    merged.words += lines.withTextBytes(k) { LineText.wordCount(UnsafeBufferPointer(rebasing: $0[tail])) }
                }
            }
            // The merged content is the first line's content, a space, then the rest: the key goes
            // on from the first line's (`key` is `LineKey.hash(content)`).
            merged.key = merged.withContentBytes { u in
                let head = lines[i].contentByteCount
                let emitted = lines.withContentBytes(i, LineScan.hasKey)
                return LineScan.key(of: UnsafeBufferPointer(rebasing: u[(head + 1)...]), after: lines[i].key, emitted: emitted)
            }
            out.append(merged)
            spans.append(i..<(j + 1))
            i = j + 1
        }
        return (out, spans)
    }

    /// Writes the first line's text and each tail (a byte range of its line's text), joined by
    /// spaces, at the start of `buf`; returns the bytes written.
    private static func joinText(_ lines: [ClassifiedLine], _ i: Int, _ j: Int, _ tails: [Range<Int>],
                                 into buf: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = copy(lines[i], content: false, into: buf, at: 0)
        for (k, tail) in zip((i + 1)...j, tails) {
            buf[n] = 0x20
            n = copy(text: lines[k], tail, into: buf, at: n + 1)
        }
        return n
    }

    /// Copies the bytes `range` of `s` into `out` at `at`; returns the index after them.
    @inline(__always)
    private static func copy(text line: ClassifiedLine, _ range: Range<Int>, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        guard !range.isEmpty else { return at }
        line.withTextBytes { u in (out.baseAddress! + at).update(from: u.baseAddress! + range.lowerBound, count: range.count) }
        return at + range.count
    }

    /// Copies all of `line`'s content (`content: true`) or text into `out` at `at`; returns the index after it.
    @inline(__always)
    private static func copy(_ line: ClassifiedLine, content: Bool, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        let write = { (u: UnsafeBufferPointer<UInt8>) -> Int in
            if let src = u.baseAddress, u.count > 0 { (out.baseAddress! + at).update(from: src, count: u.count) }
            return at + u.count
        }
        return content ? line.withContentBytes(write) : line.withTextBytes(write)
    }
}
