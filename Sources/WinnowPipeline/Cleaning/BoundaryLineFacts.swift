/// Per-line facts the boundary features ask about many times for the same line: `after` looks at
/// up to `lookahead` lines below each candidate, `before` walks up, teasers and header checks
/// look again. Each is a pure function of the line, computed once per text at the start of
/// `BoundaryPlanner.plan` (body lines only; other lines keep the defaults and are never asked).
struct LineFacts {
    /// Each line's dateline place (nil for none or a non-body line), matched once per text.
    var places: [String?] = []
    /// `BoundaryScorer.isBullet`.
    var bullet: [Bool] = []
    /// `LineText.ending` of the content.
    var ending: [LineText.Ending] = []
    /// `SplitText.endsWithCredit` of the content.
    var credit: [Bool] = []
}

extension BoundaryScorer {
    /// The facts of every body line of `lines`.
    func facts(_ lines: [ClassifiedLine]) -> LineFacts {
        var f = LineFacts()
        f.places = [String?](repeating: nil, count: lines.count)
        f.bullet = [Bool](repeating: false, count: lines.count)
        f.ending = [LineText.Ending](repeating: .open, count: lines.count)
        f.credit = [Bool](repeating: false, count: lines.count)
        for i in lines.indices where lines[i].kind == .body {
            let content = lines[i].content
            f.places[i] = datelines.place(in: content)
            f.bullet[i] = isBullet(lines[i])
            f.ending[i] = LineText.ending(content)
            f.credit[i] = SplitText.endsWithCredit(content)
        }
        return f
    }
}
