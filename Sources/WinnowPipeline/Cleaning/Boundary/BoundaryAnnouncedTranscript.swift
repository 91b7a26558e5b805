/// A transcript the article announces opens no story. Press critics quote a broadcast whole
/// under a paragraph that ends on a colon (`First, here's the relevant transcript from Monday's
/// program:`), often under the clip's own header (`MSNBC` / `Hardball` / `June 22, 2015`), and the
/// transcript goes on in speaker turns set in capitals (`CHRIS MATTHEWS: Well, don't you love
/// it? …`, `DAVID CORN: …`). The clip's header read as a headline over a header block, or the first
/// turn as a colon dateline lede, and cut the article in two (blind set x9104).
///
/// A colon alone is no sign (stories end on `Here is the video:` when the embed was dropped, see
/// `BoundaryAfterColon.swift`), nor is a capitals colon label alone (`BRUSSELS: …` is a dateline).
/// Together, with the dialogue going on (another capitals label opening a paragraph a few
/// paragraphs below the first), the start is the announced transcript's (`announced_transcript`,
/// a veto's weight).
extension BoundaryPlanner {
    /// Body lines below the first turn in which another turn must open.
    static let transcriptTurnLookahead = 12
    /// Body lines of the clip's header between the start and the first turn, at most.
    static let transcriptHeaderLines = 3
    /// Words of a speaker label at most (`SEN. ELIZABETH WARREN`).
    static let speakerLabelMaxWords = 4

    func dropAnnouncedTranscripts(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard scorer.weights[.announcedTranscript] != 0 else { return }
        let facts = plan.facts
        let starts = candidates.map(\.line).sorted()
        candidates = candidates.compactMap { c in
            // The paragraph above closes on a colon: right above (blank lines alone between), or
            // over the clip's first header lines (`MSNBC` over `Hardball`, read as its kicker).
            guard var p = facts.nonBlank(before: c.line), facts.shape[p] == .body else { return c }
            var hops = 0
            while hops < Self.transcriptHeaderLines, lines[p].words <= Self.speakerLabelMaxWords,
                  lines.withContentBytes(p, LineText.ending(bytes:)) == .open,
                  let q = facts.nonBlank(before: p), facts.shape[q] == .body { p = q; hops += 1 }
            guard scorer.endsParagraphOnColon(p, in: lines, facts: facts) else { return c }
            // A speaker's turn opens the story (the candidate itself if it is a lede) or follows
            // right under the clip's header (`Hardball`, its date, a teaser), a few lines at most.
            var j = c.start.isTitle ? c.line + 1 : c.line, body = 0
            while j < lines.count {
                if facts.shape[j] == .body {
                    if lines.withContentBytes(j, Self.opensSpeakerTurn) { break }
                    body += 1
                    if body > Self.transcriptHeaderLines { return c }
                }
                j += 1
            }
            guard j < lines.count else { return c }
            // And another turn follows before the next start: the dialogue goes on.
            let end = starts.first { $0 > j } ?? lines.count
            var seen = 0, k = j + 1, next: Int? = nil
            while k < end && seen < Self.transcriptTurnLookahead {
                if facts.shape[k] == .body {
                    seen += 1
                    if lines.withContentBytes(k, Self.opensSpeakerTurn) { next = k; break }
                }
                k += 1
            }
            guard let next else { return c }
            return demoted(c, .announcedTranscript, note: "the transcript announced at line \(p + 1) (turns at lines \(j + 1), \(next + 1))", &plan)
        }
    }

    /// The line opens with a speaker's label in capitals and a colon, then the turn's words:
    /// `CHRIS MATTHEWS: Well, …`, `SEN. JOHN DOE: …`, `O’REILLY: …`. Capital ASCII letters, spaces,
    /// periods, hyphens and apostrophes (straight or curly), at most `speakerLabelMaxWords` words,
    /// two letters or more.
    static func opensSpeakerTurn(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0, letters = 0, words = 1
        while k < u.count {
            let b = u[k]
            switch b {
            case 0x41...0x5A: letters += 1
            case 0x20:
                guard k > 0, u[k - 1] != 0x20 else { return false }
                words += 1
                if words > speakerLabelMaxWords { return false }
            case 0x2E, 0x2D, 0x27: break
            case 0xE2 where k + 2 < u.count && u[k + 1] == 0x80 && u[k + 2] == 0x99: k += 2  // `’`
            case 0x3A:
                return letters >= 2 && k > 0 && u[k - 1] != 0x20 && k + 1 < u.count && u[k + 1] == 0x20
            default: return false
            }
            k += 1
        }
        return false
    }
}
