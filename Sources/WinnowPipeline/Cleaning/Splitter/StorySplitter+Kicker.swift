/// Title choice over a kicker. Sites set a section label on a line of its own over the headline
/// (`POLITICS`, `U.S.`, `WHITE HOUSE`, `National`); scored as a bare line, the label reads as a
/// headline (open ending, capitalised, short) and the planner may start the story there, leaving
/// the real headline as the first line of its header. A section label is one word, or up to
/// `maxLabelWords` words set in capitals, or two words in Title Case (`National Security`); a
/// headline is longer and no real one is a lone word.
/// So when the title is such a label and the header's first kept line reads as a headline, that
/// line is the title and the label goes to `metadata.kicker`.
///
/// And a story the planner opened at a bare line (a prose line under a furniture block) whose
/// line reads as a headline, not as a lede (no sentence ending, headline length, no dateline
/// unless set in capitals), takes that line as its title: a lede ends its sentence.
extension StorySplitter {
    /// A section label has at most this many words ...
    static let maxLabelWords = 3
    /// ... and this many bytes.
    static let maxLabelBytes = 30
    /// Stripped lines (a page number, a share row) that may part a label from the title below it.
    static let maxStrippedUnderKicker = 2
    /// A headline under a label (or opening a story) has at least this many words: two-word lines
    /// are labels, names and subheads as often.
    static let minKickedHeadlineWords = 3
    /// ... two of them of 4+ letters: `2 pages, 94 KB` under `PDF` is a file's size, not a headline.
    static let minLongWords = 2

    /// File formats: set in capitals on a line of their own they label a download link (`PDF`
    /// over `2 pages, 94 KB`), not a section. Formats are a closed class of words, the same in
    /// every outlet's pages.
    private static let fileFormats: Set<[UInt8]> = Set([
        "PDF", "DOC", "DOCX", "XLS", "XLSX", "PPT", "PPTX", "CSV", "TXT", "RTF", "ODT", "EPUB",
        "ZIP", "MP3", "MP4", "JPG", "JPEG", "PNG", "GIF",
    ].map { Array($0.utf8) })

    /// The title line `h` reads as a section label: one word (`Politics`, `U.S.`; no file format,
    /// `fileFormats`), two Title Case words (`isTitleCaseLabel`), or up to `maxLabelWords` words
    /// with no lower-case ASCII letter (`WHITE HOUSE`), no `?`/`!`, and a label of several words
    /// has no sentence ending.
    static func isSectionLabel(_ h: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        isSectionLabel(h, in: lines, ending: facts.ending[h], byline: facts.byline[h])
    }

    /// `isSectionLabel` given the line's ending and byline fact: a stripped line has no facts
    /// (`StorySplitter+LearnedKicker.swift` asks it of a learned line).
    static func isSectionLabel(_ h: Int, in lines: [ClassifiedLine], ending: LineText.Ending, byline: Bool) -> Bool {
        let words = lines[h].words
        // A byline in capitals (`BY PETER NAKAMURA`) is no label.
        guard words >= 1, words <= maxLabelWords, lines[h].contentByteCount <= maxLabelBytes, !byline,
              ending != .question, words == 1 || ending == .open else { return false }
        // One word: a letter in it, and a stop only in an abbreviation (`U.S.`; `Amen.` ends a sentence).
        if words == 1 {
            return lines.withContentBytes(h) { u in
                guard u.contains(where: { $0.isASCIILetter }) else { return false }
                if u.count <= 4 && fileFormats.contains(Array(u)) { return false }
                return ending == .open || u.dropLast().contains(0x2E)
            }
        }
        return lines.withContentBytes(h) { u in
            if words == 2 && isTitleCaseLabel(u) { return true }
            var upper = 0
            for b in u {
                if b.isASCIILower { return false }
                if b.isASCIIUpper { upper += 1 }
            }
            return upper >= 2
        }
    }

    /// Two words of letters only, the first capitalised, the second in lower case (`Fact check`,
    /// `Breaking news`): a desk's label set in sentence case. Not a title on its own (`Gun
    /// control` could head a story), so it is read as a label only standing alone over a title
    /// (`kickersAboveTitles`).
    static func isSentenceCaseLabel(_ k: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard lines[k].words == 2, lines[k].contentByteCount <= maxLabelBytes, !facts.byline[k] else { return false }
        return lines.withContentBytes(k) { u in
            guard let c = u.first, c.isASCIIUpper else { return false }
            var spaces = 0
            for b in u.dropFirst() {
                if b == 0x20 { spaces += 1; continue }
                guard b.isASCIILower else { return false }
            }
            return spaces == 1
        }
    }

    /// Two words in Title Case made of letters only (`National Security`, `Breaking News`,
    /// `U.S. News`): a desk's name, set over the headline as a capitalised label is. Each word
    /// opens with a capital and holds letters (and an abbreviation's stops) only, no digit,
    /// quote or punctuation a headline of two words would carry (`Obama's Legacy`, `Gun Control?`).
    static func isTitleCaseLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var atWordStart = true, lower = 0
        for b in u {
            if b == 0x20 { atWordStart = true; continue }
            let isUpper = b.isASCIIUpper, isLower = b.isASCIILower
            if atWordStart {
                guard isUpper else { return false }
                atWordStart = false
                continue
            }
            guard isUpper || isLower || b == 0x2E else { return false }
            if isLower { lower += 1 }
        }
        return lower > 0
    }

    /// Line `i` reads as a headline: `minKickedHeadlineWords` to `maxWords` words (`minLongWords`
    /// long) in at most `maxChars` characters, no sentence
    /// ending, opens with a capital, a digit, a quote or a non-ASCII letter, and is no bullet or
    /// link, nor a dateline lede unless `labelled` (under a section label, or set in capitals, a
    /// dateline-shaped opening with no sentence ending is a kicker headline: `OPINION: Neither
    /// Candidate Is …`, `OPINION: TRUMP'S EXECUTIVE ORDERS ARE …`; prose is never all capitals).
    static func readsAsHeadline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, config: SplitConfig,
                                labelled: Bool = false) -> Bool {
        let words = lines[i].words
        // A headline trailing off (`… Walk Into a Bar...`) ends like a sentence only by its
        // ellipsis (`SplitTextEllipsis.swift`).
        // The cheap facts first: `trailsOff` reads the line's bytes.
        guard words >= minKickedHeadlineWords, words <= config.maxWords,
              labelled || facts.places[i] == nil, !facts.bullet[i], lines[i].linkRule == nil,
              facts.ending[i] != .sentence || trailsOff(i, in: lines, config: config) else { return false }
        return lines.withContentBytes(i) { u in
            guard let c = u.first, hasHeadlineWords(u, words: words) else { return false }
            // Nor longer than any headline in characters (`max_chars`, as `too_long` reads it): a
            // lede of long words ending on `!` or `?` (`… a narrative was born: insurgency!`).
            if u.count > config.maxChars && SplitText.scalarCount(u) > config.maxChars { return false }
            return c.isASCIIUpper || c.isASCIIDigit || c == 0x22 || c == 0x27 || c >= 0xC0
        }
    }

    /// The words of a headline: `minLongWords` of 4+ letters, or every word a word of 3+ letters
    /// (`The Charlottesville Lie`; not `2 pages, 94 KB`, a file's size under `PDF`).
    static func hasHeadlineWords(_ u: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        SplitText.longWordCount(u) >= minLongWords || SplitText.letterWordCount(u, minLetters: 3) >= words
    }

    /// A planned start that is no title reads as a headline (`readsAsHeadline`): set in capitals,
    /// or over a header block (`BoundaryPlanner.headerFollows`), a dateline-shaped opening with no
    /// sentence ending is a label over a headline (`OPINION: Is It Time to Ban …?` over its dek,
    /// a photo credit and a byline), not a lede.
    /// A Title Case sentence over a header block is a headline too (`StorySplitter+TitleCaseSentence.swift`).
    static func readsAsStartHeadline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, config: SplitConfig) -> Bool {
        if facts.ending[i] == .sentence {
            return readsAsTitleCaseSentenceHeadline(i, in: lines, facts: facts, config: config)
                || readsAsLabelledSentenceHeadline(i, in: lines, facts: facts, config: config)
                || readsAsSentenceHeadlineOverPageHead(i, in: lines, facts: facts, config: config)  // StorySplitter+PageHeadSentence.swift
        }
        guard readsAsHeadline(i, in: lines, facts: facts, config: config, labelled: true) else { return false }
        guard let place = facts.places[i], !lines.withContentBytes(i, SplitText.isAllCapitals) else { return true }
        // A question is as often a lede's (`BEIJING — Would …?`), unless a byline or time stamp is under it.
        if facts.ending[i] == .question { return readsAsSentenceHeadlineOverPageHead(i, in: lines, facts: facts, config: config) }
        return facts.ending[i] == .open && opensWithBareLabel(i, place: place, in: lines)
            && !labelNamesKnownPlace(place, config: config) && BoundaryPlanner.headerFollows(i, lines, facts, config)
    }

    /// Line `i` ends like a sentence only by trailing off (`Four Quitters Walk Into a Bar...`):
    /// a headline's ellipsis (`SplitTextEllipsis.swift`), not a sentence's end.
    static func trailsOff(_ i: Int, in lines: [ClassifiedLine], config: SplitConfig) -> Bool {
        lines.withContentBytes(i) { SplitText.isEllipsisHeadline($0, titleCaseShare: config.titleCaseShare) }
    }

    /// Line `i` opens with its dateline place and then right away its separator (`OPINION: …`,
    /// `ANALYSIS — …`): a bare label, no date, agency or bracket (`LOS ANGELES, Sept. 14 (IANS) -`
    /// opens a wire lede, whatever follows it).
    static func opensWithBareLabel(_ i: Int, place: String, in lines: [ClassifiedLine]) -> Bool {
        lines.withContentBytes(i) { u in
            var k = place.utf8.count
            guard u.first != 0x28, k < u.count else { return false }
            while k < u.count && u[k] == 0x20 { k += 1 }
            return k < u.count && (u[k] == 0x3A || u[k] == 0x2D || u[k] == 0xE2)
        }
    }

    /// In the header of a story titled by line `h`, with nothing stripped or kept since: line `i`
    /// is the headline under a section label, in capitals or in sentence case (`Fact check` right
    /// over `What Trump and Clinton are looking for in a VP`: a headline under it makes the
    /// two-word line the label that `isSentenceCaseLabel` waits for).
    static func isHeadlineUnderKicker(_ i: Int, title h: Int, in lines: [ClassifiedLine], facts: LineFacts,
                                      config: SplitConfig) -> Bool {
        if isSectionLabel(h, in: lines, facts: facts) {
            return readsAsHeadline(i, in: lines, facts: facts, config: config, labelled: true)
                || readsAsKickedSentenceHeadline(i, in: lines, facts: facts, config: config)  // `StorySplitter+KickedSentence.swift`
        }
        return isSentenceCaseLabel(h, in: lines, facts: facts) && readsAsHeadline(i, in: lines, facts: facts, config: config, labelled: true)
    }

    /// Section labels left over the headline that starts the next story: body line `k` reads as a
    /// label (`isSectionLabel`), only blank lines part it from a planned title below, it starts
    /// nothing itself, and above it (blank lines skipped) is a stripped line, a sentence's end or
    /// the start of the text: the label stands alone between two stories. It leaves the text (it
    /// was the last line of the story above) for the next story's `metadata.kicker`.
    static func kickersAboveTitles(_ lines: [ClassifiedLine], plan: BoundaryPlanner.Plan, config: SplitConfig) -> Set<Int> {
        var out = Set<Int>()
        for i in lines.indices {
            guard let start = plan.starts[i], start.isTitle else { continue }
            // A print page's label sits over its page number (`Tribune` over `Page C12`, then the
            // headline): a few stripped lines may part the label from the title too.
            var k = i - 1, stripped = 0
            while k >= 0 {
                if lines[k].kind == .blank { k -= 1; continue }
                guard case .stripped = lines[k].kind, stripped < maxStrippedUnderKicker else { break }
                stripped += 1; k -= 1
            }
            guard k >= 0, case .body = lines[k].kind, plan.starts[k] == nil, !plan.facts.bullet[k],
                  lines[k].linkRule == nil,
                  isSectionLabel(k, in: lines, facts: plan.facts) || isSentenceCaseLabel(k, in: lines, facts: plan.facts)
            else { continue }
            var a = k - 1
            while a >= 0 && lines[a].kind == .blank { a -= 1 }
            if a < 0 { out.insert(k); continue }
            if case .stripped = lines[a].kind { out.insert(k); continue }
            if plan.facts.ending[a] == .sentence { out.insert(k) }
        }
        return out
    }
}
