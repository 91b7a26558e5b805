import Foundation

/// Learned boilerplate: line keys counted across a corpus (a later, corpus-wide pass fills it).
///
/// The classifier only needs "in how many documents was this key seen?", so the source can be a
/// plain set, a dictionary or a memory-mapped table behind a closure.
public struct LearnedBoilerplate: Sendable {
    /// The rule a line it strips is stripped by (passes and the splitter read it).
    public static let rule = "learned"
    /// Document count for a `LineKey`, 0 when unknown.
    public var documentCount: @Sendable (UInt64) -> Int

    public init(documentCount: @escaping @Sendable (UInt64) -> Int) {
        self.documentCount = documentCount
    }

    /// Every key in the set counts as seen in `Int.max` documents.
    public init(keys: Set<UInt64>) {
        self.documentCount = { keys.contains($0) ? Int.max : 0 }
    }
}

/// Stage "clean": classifies every line (body, blank, or boilerplate of a named rule family)
/// and extracts the metadata lines carry. Nothing is removed here; see `StorySplitter`.
public final class LineClassifier {
    private let families: [CompiledFamily]
    private let learned: LearnedBoilerplate?
    private let learnedConfig: LearnedConfig
    private let captions: CaptionConfig
    private let lists: ListConfig
    /// Lines longer than every family's `max_chars` skip rule matching entirely.
    private let longestRuleLine: Int
    /// Exact-key literals of the first `FamilyMask.families` families: key → bit k set when family k lists it.
    private let exactKeys: ExactKeyTable
    /// Longest folded suffix literal of any family, in bytes.
    private let longestSuffix: Int
    /// Set when `classifyLine` strips a time stamp: `classify` then asks `WrappedTimestamp`.
    private var strippedTimestamp = false
    /// Set when `classifyLine` strips a comment's header: `classify` then asks `CommentThread`.
    private var strippedCommentHeader = false
    /// Lines this long or shorter meet a family that reads from their first byte (prefixes,
    /// `contains`): `foldStart` is 0 for them.
    private let foldsWhole: Int
    /// Families a line's ends and byte pairs leave in the running (see `FamilyGate`).
    private let gate: FamilyGate
    /// Families in range of a line's length and word count (see `FamilyRanges`).
    private let ranges: FamilyRanges
    /// Tests set this to fold every line whole (the reference for `foldStart`).
    var wholeFold = false

    /// Compiles the rules once; throws a `ConfigError` naming the rule on a bad pattern.
    public convenience init(config: CleanConfig, learned: LearnedBoilerplate? = nil) throws {
        try self.init(config: config, learned: learned, everyFamily: false)
    }

    /// `everyFamily`: a gate that lets every family through (the tests' reference for `gate`).
    convenience init(config: CleanConfig, learned: LearnedBoilerplate? = nil, everyFamily: Bool) throws {
        try self.init(families: config.families.map(CompiledFamily.init), config: config, learned: learned,
                      everyFamily: everyFamily)
    }

    /// A classifier for another worker with `other`'s compiled rules (`other` was made from the
    /// same `config`): its families share all but their regexes' match data, so a run compiles
    /// the rules once, not once per thread.
    public convenience init(sharingRulesOf other: LineClassifier, config: CleanConfig, learned: LearnedBoilerplate? = nil) {
        self.init(families: other.families.map(CompiledFamily.init(sharing:)), config: config, learned: learned,
                  everyFamily: false)
    }

    private init(families: [CompiledFamily], config: CleanConfig, learned: LearnedBoilerplate?, everyFamily: Bool) {
        self.families = families
        self.learned = learned
        learnedConfig = config.learned
        captions = config.captions
        lists = config.lists
        longestRuleLine = families.map(\.maxChars).max() ?? 0
        exactKeys = ExactKeyTable(families.map(\.exactKeys))
        longestSuffix = families.map(\.suffixes.longest).max() ?? 0
        gate = FamilyGate(families, everyFamily: everyFamily)
        ranges = FamilyRanges(families, everyFamily: everyFamily)
        foldsWhole = families.filter { !$0.prefixes.isEmpty || !$0.contains.isEmpty }.map(\.maxChars).max() ?? -1
    }

    /// Where folding `line` may start: the families this long a line meets see only the folded
    /// bytes from there on. Each family names the first byte it reads (`CompiledFamily.readsFrom`:
    /// 0 for prefixes, `contains` or whole-line patterns; a tail pattern's subject start); the
    /// fold starts at the last non-blank scalar before the earliest of them, so a blank that opens
    /// the subject stays in the folded bytes (and in the mask and pairs the prefilters test) as it
    /// is in the whole line's fold. From a non-blank scalar on, the fold of the rest is exactly the
    /// end of the whole line's fold, so suffix tests see the same bytes (the caller folds the
    /// whole line when the end is shorter than the longest suffix literal).
    func foldStart(_ line: UnsafeBufferPointer<UInt8>, chars: Int) -> Int {
        tailCount = -1
        var from = line.count
        for family in families where chars <= family.maxChars {
            from = min(from, family.readsFrom(line, chars: chars, tail: tail(family, line, chars: chars)))
            if from == 0 { return 0 }
        }
        // Back to the start of the last scalar before `from` that folding does not treat as blank
        // (space, tab, NBSP); the line is trimmed, so one exists when from > 0.
        var i = from
        while i > 0 {
            i -= 1
            let b = line[i]
            if b == 0x20 || b == 0x09 { continue }
            if b == 0xA0, i > 0, line[i - 1] == 0xC2 { i -= 1; continue }
            while i > 0 && line[i] & 0xC0 == 0x80 { i -= 1 }
            return i
        }
        return 0
    }

    /// Whether a line longer than `foldsWhole` (it meets only families that read its end) can
    /// meet some family in range on its first and last bytes and exact key (`FamilyGate`): when
    /// none, it is not folded at all.
    private func mayMatchOnEnds(_ line: UnsafeBufferPointer<UInt8>, chars: Int, exact: FamilyMask) -> Bool {
        let met = gate.rawEndsMet(line)
        let open = gate.always | exact
        for (k, family) in families.enumerated() where chars <= family.maxChars {
            if k >= FamilyMask.families || open.contains(family: k) || gate.mayPass(k, rawMet: met) { return true }
        }
        return false
    }

    /// Scratch buffer for the folded line (one classifier per thread), grown as needed.
    private var folded = UnsafeMutablePointer<UInt8>.allocate(capacity: 1024)
    private var foldedCapacity = 1024
    /// Scratch `LineBigrams` slots of the folded line.
    private let pairs = PairTable()

    /// Scratch: the gate's conditions of each family it let through on the current line
    /// (`FamilyGate.admitAll`), indexed by family.
    private let gateConditions: UnsafeMutablePointer<UInt64> = {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: FamilyMask.families)
        p.initialize(repeating: 0, count: FamilyMask.families)
        return p
    }()

    deinit { folded.deallocate(); gateConditions.deallocate() }

    /// The current line's tail subject for `tail_chars` = `tailCount` (-1: none yet): `foldStart`
    /// and `match` of every family with that tail share one backward scan. Reset for each line
    /// (by `foldStart` and `classifyLine`).
    private var tailCount = -1
    private var tailBytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// `family.tailSubject(line, chars:)`, computed once per line and tail length.
    @inline(__always)
    private func tail(_ family: CompiledFamily, _ line: UnsafeBufferPointer<UInt8>, chars: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let t = family.tailChars, chars > t else { return nil }
        if t != tailCount {
            guard let subject = family.tailSubject(line, chars: chars) else { return nil }
            tailCount = t; tailBytes = subject
        }
        return tailBytes
    }

    public func classify(_ text: String) -> ClassifiedText {
        var text = text
        text.makeContiguousUTF8()  // a no-op for native strings (all text read from files is)
        var classified = text.utf8.withContiguousStorageIfAvailable { buf in
            var lines: [ClassifiedLine] = []
            lines.reserveCapacity(buf.count / 48 + 1)
            var start = 0
            let n = buf.count
            while true {
                // memchr: most lines are long prose, so finding the newline should cost ~nothing per byte.
                var end = n
                if start < n, let p = memchr(buf.baseAddress! + start, 0x0A, n - start) {
                    end = buf.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                }
                lines.append(classifyLine(UnsafeBufferPointer(rebasing: buf[start..<end]), in: text, at: start))
                if end >= n { break }
                start = end + 1
            }
            return ClassifiedText(lines: lines)
        }!
        // A stripped stamp may finish the line above: a pass only when one was stripped (out of the
        // closure, which touching `self` there kept from being inlined: a retain per line).
        if strippedTimestamp {
            strippedTimestamp = false
            // A commenter's name over a stripped age heads a comment (before an age is read as
            // the end of the line above it).
            if CommentByline.apply(&classified.lines) { strippedCommentHeader = true }
            WrappedTimestamp.keepContinuations(&classified.lines)
        }
        // A contributor line's head wrapped above the tail the family stripped.
        WrappedContributor.apply(&classified.lines)
        // A sign-off's wording the wrap put at a line's start inside a paragraph.
        WrappedSignOff.apply(&classified.lines)
        // A record's fields whose labels recur run after run in this text (no other dump needed).
        FieldRun.apply(&classified.lines)
        // A labelled paragraph the wrap goes on below is no record's field.
        FieldLabel.keepWrapped(&classified.lines)
        // A labelled line standing alone among paragraphs is the article's, not a record's field.
        FieldLabel.keepLone(&classified.lines)
        // A record's `Title:` field repeating its headline above.
        TitleFieldRepeat.apply(&classified.lines)
        // A chart's data source between its title and the next paragraph.
        ChartSource.apply(&classified.lines)
        // A live blog's entry author under its stamp.
        LiveEntryAuthor.apply(&classified.lines)
        // Captions told by their neighbours: a context pass over the block's classified lines.
        CaptionContext.apply(&classified.lines, config: captions)
        // An abstract or excerpt cut short by an ellipsis over the paragraph it copies.
        EllipsisCopy.apply(&classified.lines)
        // An author box's name and bio (after the captions, before the lists: a bio is no list item).
        AuthorBox.apply(&classified.lines)
        // A press release's closing: the issuer's `About …` box and a contact block.
        AboutBox.apply(&classified.lines)
        ContactBlock.apply(&classified.lines)
        // A shared e-mail's header blocks (after the contact block, which takes some of their fields).
        EmailHeader.apply(&classified.lines)
        // A board post's header (number, poster, poster's fields) and a reply's text under it.
        ForumPostHeader.apply(&classified.lines)
        // A message's signature under its `--` delimiter.
        EmailSignature.apply(&classified.lines)
        // Link lists told by their heading (after the captions: an item is never a caption).
        ListContext.apply(&classified.lines, config: lists)
        // Navigation menus told by their run of short lines.
        NavMenu.apply(&classified.lines)
        // A site's name over that navigation.
        Masthead.apply(&classified.lines)
        // An embedded post's signature alone under the post.
        EmbedSignature.apply(&classified.lines)
        // A paginated article's headline repeated on its next page (after the pager's widgets).
        PageRepeat.apply(&classified.lines)
        // An advertiser's name between a recommendation widget's teasers.
        SponsorName.apply(&classified.lines)
        // A newsletter issue's note above its editor's sign-off, at the text's top.
        NewsletterIntro.apply(&classified.lines)
        // Comments told by their header (a pass only when one was stripped).
        if strippedCommentHeader {
            strippedCommentHeader = false
            CommentThread.apply(&classified.lines)
        }
        return classified
    }

    /// Classifies one line (without its `\n`), given as UTF-8 bytes at byte offset `offset` of `whole`.
    func classifyLine(_ raw: UnsafeBufferPointer<UInt8>, in whole: String, at offset: Int) -> ClassifiedLine {
        // A line is a byte range of the block's text (no String per line, see `ClassifiedLine`).
        let lineRange = offset..<(offset + raw.count)
        let range = LineText.trimmedRange(raw)
        // A zero-width filler line is blank too; its first byte is checked here (E2 or EF) so
        // other lines pay no call.
        if range.isEmpty || ((raw[range.lowerBound] == 0xE2 || raw[range.lowerBound] == 0xEF)
                             && InvisibleLine.isInvisible(UnsafeBufferPointer(rebasing: raw[range]))) {
            return ClassifiedLine(storage: whole, text: lineRange, content: lineRange.upperBound..<lineRange.upperBound,
                                  kind: .blank, key: 0, words: 0)
        }
        let trimmed = UnsafeBufferPointer(rebasing: raw[range])
        let contentRange = (offset + range.lowerBound)..<(offset + range.upperBound)
        /// The line as classified (its own text and content).
        func line(_ kind: LineKind, key: UInt64, words: Int) -> ClassifiedLine {
            ClassifiedLine(storage: whole, text: lineRange, content: contentRange, kind: kind, key: key, words: words)
        }
        let scan = LineScan.counts(trimmed)
        let key = scan.key
        let words = scan.words
        // As before: a line over `longestRuleLine` BYTES skips the rules (the byte count stands in
        // for its length), so long prose lines stop here: no fold, no rules.
        let chars = trimmed.count <= longestRuleLine ? scan.scalars : trimmed.count
        var link: (rule: String, detail: String)?
        // One lookup finds every family with this exact key (a Set per family hashed the key
        // with SipHash once per family per line).
        let exact = chars <= longestRuleLine ? exactKeys.families(of: key) : 0
        if chars <= longestRuleLine
            && (chars <= foldsWhole || wholeFold || mayMatchOnEnds(trimmed, chars: chars, exact: exact)) {
            tailCount = -1  // a new line: no tail subject yet
            if trimmed.count > foldedCapacity {
                folded.deallocate()
                foldedCapacity = trimmed.count
                folded = UnsafeMutablePointer<UInt8>.allocate(capacity: foldedCapacity)
            }
            // Long lines meet only families that read the line's end (suffixes, tail patterns):
            // fold just that end (see `foldStart`); others fold the whole line.
            var from = wholeFold || chars <= foldsWhole ? 0 : foldStart(trimmed, chars: chars)
            var count = LineText.foldWithPairs(bytes: UnsafeBufferPointer(rebasing: trimmed[from...]), to: folded,
                                               pairs: pairs.stamps, stamp: pairs.nextLine())
            if from > 0 && count < longestSuffix {
                from = 0
                count = LineText.foldWithPairs(bytes: trimmed, to: folded, pairs: pairs.stamps, stamp: pairs.nextLine())
            }
            let f = UnsafeBufferPointer(start: UnsafePointer(folded), count: count)
            let bigrams = pairs.bigrams
            // Families the line's ends and byte pairs leave in the running (most are skipped
            // here, without a call), and those with an exact hit.
            let open = gate.always | exact
            let anyOpen = open != 0
            let met = gate.endsMet(trimmed, folded: f, whole: from == 0)
            var hit: (CompiledFamily, CompiledFamily.Match)? = nil
            // The line's byte mask, read off the pair table when the first family is tried.
            var lineMask: ByteMask? = nil
            // Only families the line's length, word count and end bytes leave in range are
            // visited, in order (`FamilyRanges`, `FamilyGate.endCandidates`: supersets, so the tests
            // below still decide); families past the mask are tried after them, on every line.
            // Loading every family to compare its limits and `endsOnly` was ~1/3 of this loop.
            // The gate tests the candidates not open all at once (`FamilyGate.admitAll`, one call
            // a line) and keeps those that pass with their conditions.
            let candidates = ranges.candidates(chars: chars, words: words) & (open | gate.endCandidates(trimmed))
            var next = (candidates & open)
                | gate.admitAll(candidates & ~open, met: met, bigrams: bigrams, conditions: gateConditions)
            var beyond = FamilyMask.families
            while true {
                let k: Int
                if next != 0 {
                    k = next.trailingZeroBitCount
                    next &= next &- 1
                } else if beyond < families.count {
                    k = beyond
                    beyond += 1
                } else {
                    break
                }
                let family = families[k]
                if chars > family.maxChars { continue }
                // The gate's conditions the line meets: `match` tries only their ways to match.
                var conditions: UInt64 = ~0
                // Families past the mask are always tried. Most lines have no open family (no
                // exact key, and news.yaml gates every family): one test, not a 128-bit bit per family.
                if k < FamilyMask.families && (!anyOpen || open & .family(k) == 0) {
                    conditions = gateConditions[k]
                }
                if words > family.maxWords { continue }
                let isExact = k < FamilyMask.families ? exact.contains(family: k) : family.exactKeys.contains(key)
                if lineMask == nil { lineMask = pairs.mask() }
                if let m = family.match(line: trimmed, folded: f, mask: lineMask!, bigrams: bigrams, key: key, exactHit: isExact,
                                        chars: chars, tail: tail(family, trimmed, chars: chars), conditions: conditions) {
                    hit = (family, m)
                    break
                }
            }
            if let (family, m) = hit {
                var metadata: [String: JSONValue] = [:]
                if let k = family.metadataKey, let v = m.value, !v.isEmpty {
                    metadata[k] = family.metadataList ? .array([.string(v)]) : .string(v)
                }
                if family.role == .prefix {
                    let rest = m.rest ?? ""
                    return ClassifiedLine(text: String(decoding: raw, as: UTF8.self), content: rest, kind: .body,
                                          detail: "\(family.name): \(m.detail)", metadata: metadata,
                                          key: LineKey.hash(rest), words: LineText.wordCount(rest))
                }
                // A link is kept (unless learned boilerplate below strips it), flagged for the splitter.
                if family.role == .link {
                    link = (family.name, m.detail)
                } else {
                    if family.role == .timestamp { strippedTimestamp = true }
                    else if family.name == CommentThread.headerRule || family.name == CommentThread.replyRule { strippedCommentHeader = true }
                    var stripped = line(.stripped(rule: family.name, role: family.role), key: key, words: words)
                    stripped.detail = m.detail
                    if !metadata.isEmpty { stripped.metadata = metadata }
                    return stripped
                }
            }
        }
        if let learned, !(words >= learnedConfig.proseMinWords && LineText.ending(bytes: trimmed) != .open),
           !EditorsNote.opens(trimmed) {
            let documents = learned.documentCount(key)
            if documents >= learnedConfig.minDocuments {
                var stripped = line(.stripped(rule: LearnedBoilerplate.rule, role: nil), key: key, words: words)
                stripped.detail = "line key seen in \(documents) documents"
                return stripped
            }
            // A record's field whose label the learner saw in a run of fields (`FieldLabel`).
            let label = FieldLabel.key(trimmed)
            let labelled = label != 0 && words <= FieldLabel.maxFieldWords
                && (words <= FieldLabel.maxTaggedWords || !FieldLabel.isTagged(trimmed))
                ? learned.documentCount(label) : 0
            if labelled >= learnedConfig.minDocuments {
                var stripped = line(.stripped(rule: FieldLabel.rule, role: nil), key: key, words: words)
                stripped.detail = "field label seen in \(labelled) documents"
                return stripped
            }
            // A line learned with its web address folded out (`UrlFold`).
            let folded = UrlFold.key(trimmed)
            let foldedCount = folded != 0 ? learned.documentCount(folded) : 0
            if foldedCount >= learnedConfig.minDocuments {
                var stripped = line(.stripped(rule: LearnedBoilerplate.rule, role: nil), key: key, words: words)
                stripped.detail = "line seen with other web addresses in \(foldedCount) documents"
                return stripped
            }
        }
        if let link {
            var kept = line(.body, key: key, words: words)
            kept.detail = "\(link.rule): \(link.detail)"
            kept.linkRule = link.rule
            return kept
        }
        return line(.body, key: key, words: words)
    }
}
