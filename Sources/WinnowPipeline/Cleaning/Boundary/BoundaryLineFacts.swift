/// Per-line facts the boundary features ask about many times for the same line: `after` looks at
/// up to `lookahead` lines below each candidate, `before` walks up, teasers and header checks
/// look again. Each is a pure function of the line, computed once per text at the start of
/// `BoundaryPlanner.plan` (body lines only; other lines keep the defaults and are never asked).
struct LineFacts {
    /// A line's kind as the boundary checks read it: reading `ClassifiedLine.kind` copies its
    /// rule name (a retain and a release per look).
    enum Shape: UInt8 {
        case body, blank
        /// Stripped as a credit or caption.
        case credit
        /// Stripped as a widget, a time stamp, or with no role.
        case widget
        /// Stripped as a trailer: the story above ended.
        case trailer
        /// Stripped as a trailer but standing in a headline's header over its time stamp
        /// (`Written by Jane Doe`): the page's byline (`BoundaryHeaderByline.swift`).
        case headerByline
        /// Stripped as a metadata prefix or a link.
        case prefixOrLink
    }
    var shape: [Shape] = []
    /// Each line's dateline place (nil for none or a non-body line), matched once per text. Few
    /// lines hold one: an index per line into the places found, not an optional String per line
    /// (whose array took ~4 M instructions on e2esub just to free, a release check per line).
    var places = LineSlots<String>()
    /// `BoundaryScorer.isBullet`.
    var bullet: [Bool] = []
    /// A summary box's item or label (`StoryFurniture.keyPoints`); empty when the text has no bullet.
    var keyPoint: [Bool] = []
    /// `LineText.ending` of the content.
    var ending: [LineText.Ending] = []
    /// `SplitText.endsWithCredit` of the content.
    var credit: [Bool] = []
    /// `Byline.matches` (asked by `before`, `isFurniture` and `headline` for the same lines).
    var byline: [Bool] = []
    /// Opens with a colon label that repeats through the text (`ISSUE: `, `WHAT THEY PLAN: `,
    /// `label_repeats`): a list item's field, not a dateline; all false here, set by the planner.
    var label: [Bool] = []
    /// A speaker's name over its turn in a dialogue (`BoundaryTurnLabels.swift`); empty when
    /// not computed.
    var turnLabel: [Bool] = []
    /// Lines a long sentence may stand again in (`isTeaser`), indexed on first use.
    let repeats = RepeatIndex(minBytes: StoryFurniture.keyPointMinBytes)

    /// Line `i` is a summary box's item or label.
    @inline(__always)
    func isKeyPoint(_ i: Int) -> Bool { !keyPoint.isEmpty && keyPoint[i] }

    /// Line `i` is a speaker's name over its turn.
    @inline(__always)
    func isTurnLabel(_ i: Int) -> Bool { !turnLabel.isEmpty && turnLabel[i] }

    /// The nearest body line above line `i`, past every other line (blank, stripped: credits,
    /// widgets, trailers, links); nil at the start of the text. The walk most boundary checks
    /// start with; a check that must stop at some stripped line, or pass over some body lines,
    /// writes its own loop.
    func previousBody(before i: Int) -> Int? {
        var p = i - 1
        while p >= 0 && shape[p] != .body { p -= 1 }
        return p >= 0 ? p : nil
    }

    /// The nearest body line below line `i`, past every other line; nil at the end of the text.
    func nextBody(after i: Int) -> Int? {
        var n = i + 1
        while n < shape.count && shape[n] != .body { n += 1 }
        return n < shape.count ? n : nil
    }

    /// The nearest line above line `i` that is not blank (body or stripped); nil at the start of
    /// the text.
    func nonBlank(before i: Int) -> Int? {
        var p = i - 1
        while p >= 0 && shape[p] == .blank { p -= 1 }
        return p >= 0 ? p : nil
    }

    /// The nearest line below line `i` that is not blank; nil at the end of the text.
    func nonBlank(after i: Int) -> Int? {
        var n = i + 1
        while n < shape.count && shape[n] == .blank { n += 1 }
        return n < shape.count ? n : nil
    }
}

extension BoundaryScorer {
    /// The facts of every body line of `lines`.
    func facts(_ lines: [ClassifiedLine]) -> LineFacts {
        var f = LineFacts()
        f.label = [Bool](repeating: false, count: lines.count)
        f.shape = lines.map { l -> LineFacts.Shape in
            switch l.kind {
            case .body: return .body
            case .blank: return .blank
            case .stripped(_, let role):
                switch role {
                case .credit?, .caption?: return .credit
                case .widget?, .timestamp?, nil: return .widget
                case .trailer?: return .trailer
                case .prefix?, .link?: return .prefixOrLink
                }
            }
        }
        // Filled in locals, the line's facts returned from its bytes' closure: written through
        // `f` captured by the closure, every store checked the array's uniqueness and retained
        // and released it (~100 instructions a body line).
        var places = LineSlots<String>(count: lines.count)
        var bullet = [Bool](repeating: false, count: lines.count)
        var ending = [LineText.Ending](repeating: .open, count: lines.count)
        var credit = [Bool](repeating: false, count: lines.count)
        var byline = [Bool](repeating: false, count: lines.count)
        let shape = f.shape
        for i in lines.indices where shape[i] == .body {
            let words = lines[i].words
            let (place, isBullet, end, isCredit, isByline) = lines.withContentBytes(i) { content in
                let end = LineText.ending(bytes: content)
                return (datelines.place(bytes: content), self.isBullet(content), end,
                        SplitText.endsWithCredit(content) || SplitText.endsWithCaptionTail(content),
                        Byline.matches(content, words: words, ending: end))
            }
            if let place { places[i] = place }
            bullet[i] = isBullet
            ending[i] = end
            // A hard-wrapped caption whose credit line a rule stripped (`BoundaryCaptionTail.swift`).
            credit[i] = isCredit || wrapsIntoCaptionCredit(i, in: lines, shape: shape, ending: end)
            byline[i] = isByline
        }
        // A Title Case headline with a comma over a `By …` byline is no byline (`BoundaryNameAgencyHeadline.swift`).
        unmarkHeadlinesOverBylines(lines, shape: shape, &byline)
        f.places = places
        f.bullet = bullet
        f.ending = ending
        f.credit = credit
        f.byline = byline
        f.keyPoint = StoryFurniture.keyPoints(lines, bullet: f.bullet, ending: f.ending)
        f.turnLabel = turnLabels(lines, shape: shape, ending: ending)
        markHeaderBylines(lines, &f)
        return f
    }
}

/// Values for some lines of a text, by line index: an index per line into a compact store. An
/// array of optionals of a large value initialises its whole size per line; a dictionary hashes
/// the index per lookup.
struct LineSlots<Value> {
    private var index: [Int32] = []
    private var store: [Value] = []

    init() {}

    init(count: Int) { index = [Int32](repeating: -1, count: count) }

    /// `reserving`: about how many values the text will hold, stored without the store's
    /// doublings (each copied every value so far: ~3.9 M instructions on cge's two dumps).
    init(count: Int, reserving: Int) {
        self.init(count: count)
        store.reserveCapacity(reserving)
    }

    subscript(i: Int) -> Value? {
        get {
            let k = index[i]
            return k < 0 ? nil : store[Int(k)]
        }
        set {
            guard let v = newValue else { index[i] = -1; return }
            let k = index[i]
            if k >= 0 { store[Int(k)] = v } else { index[i] = Int32(store.count); store.append(v) }
        }
    }
}
