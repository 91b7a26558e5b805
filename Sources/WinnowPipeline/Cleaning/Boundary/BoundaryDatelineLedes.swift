/// Which dateline-opened lines are ledes: a dateline (`LONDON —`, `CAIRO, March 10 (Reuters) -`)
/// opens one story, but a colon label of the same shape also opens a transcript's speaker turns
/// and a list's fields. Read once per text, before any line is scored (`BoundaryPlanner.plan`).
extension BoundaryPlanner {
    /// Lines that open with a dateline and can start a story (a flag per line). Speaker labels of a transcript
    /// (`TRUMP: …` / `CLINTON: …`, `Q:` / `A:`) and section labels (`ISSUE: …` repeated per item)
    /// open like a colon dateline, so colon openings are ledes only when they are neither close
    /// to another colon opening (a real dateline opens one lede per story, and stories are several
    /// paragraphs long) nor a label that repeats through the text. A colon opening just above any
    /// dateline is a kicker headline (`OPINION: …`) over that lede. Bracket and dash datelines
    /// (`(LAGOS) —`, `VIENNA (IANS) —`, `CAIRO, March 10 (Reuters) -`) are not speaker labels:
    /// they stay ledes even when two short stories put them close together.
    /// Also returns the lines whose colon label repeats (`LineFacts.label`).
    /// A column's run-in dash heads are section labels too (`BoundaryDashHeads.swift`).
    func datelineLedes(_ lines: [ClassifiedLine], places: LineSlots<String>, shape: [LineFacts.Shape]) -> (ledes: [Bool], labels: [Bool]) {
        var found: [Int] = []
        var colon: [Bool] = []
        var labelCount: [String: Int] = [:]
        var bodyIndex = [Int](repeating: 0, count: lines.count)
        var n = 0
        for i in lines.indices where shape[i] == .body {
            bodyIndex[i] = n
            n += 1
            guard let place = places[i] else { continue }
            // A pointer to a graphic (`GRAPHIC: … - here`) is no lede (`BoundaryLinkPointer.swift`).
            if lines.withContentBytes(i, Self.pointsToLink) { continue }
            // A correction's label (`CORRECTION: This story has been corrected …`) has a colon
            // dateline's shape, but the correction is its story's own last paragraph, never the lede
            // of the next one (as `headline` holds it no headline).
            if lines.withContentBytes(i, EditorsNote.opensCorrection) { continue }
            // Nor is a picture's caption (`FILE PHOTO: U.S. President Donald Trump speaks …
            // REUTERS/Jane Doe`), which a page sets wherever its picture is, mid-article as often as
            // under the headline: it starts no story of its own (allsides-dev: 101 single-article
            // records split there). Its label still reads as a lede's under a headline above it.
            if lines.withContentBytes(i, Self.opensFilePhoto) { continue }
            // Nor is a feed item's title field over its fields (`Title: OPINION: …` over `URL
            // Source:`): the page's headline, whatever label it opens with (`BoundaryFeedTitle.swift`).
            if Self.isFeedItemTitle(i, lines) { continue }
            found.append(i)
            let c = Self.isColonLabel(lines[i].content, place: place)
            colon.append(c)
            if c { labelCount[place, default: 0] += 1 }
        }
        var out = [Bool](repeating: false, count: lines.count)
        var labels = [Bool](repeating: false, count: lines.count)
        let heads = dashHeadRuns(found, colon: colon, lines, places: places, bodyIndex: bodyIndex)
        for (k, i) in found.enumerated() {
            if heads[k] { labels[i] = true; continue }
            if colon[k] {
                if config.labelRepeats > 0 && labelCount[places[i]!, default: 0] >= config.labelRepeats { labels[i] = true; continue }
                let near = { (m: Int) in abs(bodyIndex[found[m]] - bodyIndex[i]) <= config.speakerGapLines }
                // Right after a trailer (`Reporting by …`) the story before has signed off: a colon
                // opening here opens the next story, whatever colon opening came before the trailer
                // (a transcript's turns have no sign-off between them).
                let closed = config.closedColonLedes && Self.closedAbove(i, lines, shape)
                // A mixed-case place with a colon next to another colon opening (`Dallas: The
                // Cowboys …` / `Houston: …`, a roundup's items; `Sydney:` / `Dallas:`, a
                // transcript's speakers) is a list's field, as a repeated label is: it gives no
                // `dateline_after` to the line above. A mixed-case dateline opens one lede per story.
                // Only the very next body line counts: a page of two-paragraph briefs, each opened by a
                // colon dateline under its headline, has them a few lines apart (review 22).
                let adjacent = { (m: Int) in abs(bodyIndex[found[m]] - bodyIndex[i]) == 1 }
                let neighbour = (k > 0 && colon[k - 1] && adjacent(k - 1)) || (k + 1 < found.count && colon[k + 1] && adjacent(k + 1))
                if neighbour && !closed && Self.isMixedCase(places[i]!) { labels[i] = true; continue }
                if k > 0 && colon[k - 1] && near(k - 1) && !closed { continue }
                // Any dateline just below: this line is a kicker headline (`OPINION: …`) over its lede;
                // after a trailer, only if it is short enough for one (a paragraph there is the lede
                // of the next story, and the colon opening below it a speaker in that story).
                if k + 1 < found.count && near(k + 1) && !(closed && lines[i].words > config.maxWords) { continue }
            }
            out[i] = true
        }
        return (out, labels)
    }

    /// `FILE PHOTO:` / `FILE PHOTOS:` (any case) and more after it: a wire picture's caption. The
    /// label set off by a dash (`FILE PHOTO - U.S. Ambassador … arrives …`, the older wire form) is
    /// one too: read as a capitals dateline (`FILE PHOTO` the place) it opened a story mid-article.
    static func opensFilePhoto(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.openingLabel(u, filePhotoLabels) != nil
    }
    private static let filePhotoLabels = OpeningLabels(["file photo:", "file photos:"].map { Array($0.utf8) }
        + ["file photo", "file photos"].flatMap { label in [" - ", " – ", " — "].map { Array((label + $0).utf8) } })

    /// A place written in mixed case (`Dallas`, `New York`, `Zürich`): a capital, then a lower-case
    /// letter (a non-ASCII lead byte counts as one, as the matcher's gate has it).
    /// A Latin-1 capital second (`DÜSSELDORF`) is a place in capitals (`DatelineCapitals.swift`).
    static func isMixedCase(_ place: String) -> Bool {
        var place = place
        return place.withUTF8 { u in
            guard u.count >= 2 else { return false }
            let a = u[0], b = u[1]
            return a.isASCIIUpper && (b.isASCIILower || b >= 0xC0 && DatelineCapitals.length(u, at: 1) == 0)
        }
    }

    /// A stripped trailer with words (a credit: `Reporting by …`, `-- END --`) above `i`, only blank
    /// and stripped lines between: the story above has ended. A bare mark (`###`, `...`, `___`) is
    /// a trailer too, but it also separates sections inside one story (a transcript's parts).
    static func closedAbove(_ i: Int, _ lines: [ClassifiedLine], _ shape: [LineFacts.Shape]) -> Bool {
        bodyLinesUnderWordedTrailer(i, lines, shape, atMost: 0) != nil
    }

    /// How many body lines (at most `atMost`, none of them a dateline lede in `ledes`) lie between
    /// line `i` and a worded trailer above it, blank and stripped lines aside; nil when there are
    /// more, when one is a lede, or when no worded trailer is above. The one backward walk of
    /// `closed_colon_ledes` (`closedAbove`) and `closed_lead_ins` (`closedLeadIn`).
    static func bodyLinesUnderWordedTrailer(_ i: Int, _ lines: [ClassifiedLine], _ shape: [LineFacts.Shape],
                                            atMost: Int, ledes: [Bool]? = nil) -> Int? {
        var p = i - 1, body = 0
        while p >= 0 {
            switch shape[p] {
            case .body:
                body += 1
                if body > atMost || ledes?[p] == true { return nil }
            case .trailer:
                // Shape `.trailer` is a stripped line of role trailer: only its letters are asked.
                if lines.withTextBytes(p, hasLetter) { return body }
            default: break
            }
            p -= 1
        }
        return nil
    }

    /// A trailer with a letter in it (a credit, `-- END --`), not a bare mark (`###`).
    static func hasLetter(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        u.contains { $0.isASCIILetter }
    }

    /// The line opens with a bare label and a colon (`HOST: `, `LONDON: `): no bracket, agency,
    /// date or dash after the place.
    static func isColonLabel(_ content: some StringProtocol, place: String) -> Bool {
        let u = content.utf8
        guard u.first != 0x28 else { return false }
        let rest = u.dropFirst(place.utf8.count).drop { $0 == 0x20 }
        return rest.first == 0x3A
    }
}
