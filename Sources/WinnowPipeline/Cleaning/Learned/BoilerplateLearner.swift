import Foundation
/// CCNet-style learned boilerplate: counts, per normalised line key, how many documents, sources
/// and contexts a line occurs in; lines frequent across documents are page furniture of some
/// outlet ("Sign up for our morning briefing", a site's slogan) that no rule names.
///
/// - A *document* is a JSONL record, or a text block of a plain-text dump (its story boundaries
///   are not known yet); within one a key counts once however often it repeats.
/// - A *source* is the JSONL record's outlet (`source`, `outlet`, `site` or `domain` field) or else
///   the input file: one big file or one outlet alone does not make a line universal.
/// - A *context* is the pair of neighbouring lines. Furniture sits between ever different lines;
///   a sentence or subhead of a syndicated story that appears in many dumps keeps its neighbours,
///   so it fails `min_contexts` and is kept. A line between the same short lines in every document
///   passes on the prose around it instead (`ProseContext`): a record trailer's fields keep each
///   other as neighbours, not the stories they close.
/// - A line counts as *embedded* in a document when both neighbours are prose-length lines (8+
///   words): that is where a story's subheads sit ("Background", "What happens next"); a line
///   embedded in at least half of its documents is read as a subhead and kept. A one-sentence
///   paragraph (six or more words and a full stop, no opening quote) is never embedded: subheads
///   end on no full stop, and such a line between ever different paragraphs is a site's blurb. A short label
///   (three words or fewer, unpunctuated) counts as embedded only under a line that ends a
///   sentence: under a headline it is a kicker of a link list ("National Security"), not a
///   subhead, which follows a paragraph; nor over a list, which it heads ("Key points"). Lines opening with
///   a lower-case letter (continuations of hard-wrapped prose: "said.") or without any letter
///   ("5, 2020"), and short utterances ("Why?", "Thank you."), are not counted at all.
///
/// - A *follower* is a min-hash of the word triples of the prose (lines of 8+ words) that follows
///   within the next few lines: a story's lede under its headline. Taken over words, not lines, it
///   is the same for copies whose lede is hard-wrapped differently or opens with a dateline. A headline of a syndicated story repeated in several dumps sits between
///   different neighbours (so it passes `min_contexts`) but is followed by the same lede each time:
///   a line whose followers repeat that much is a duplicated story, dedup's to handle, and is not
///   learned. Furniture is followed by ever different prose.
///
/// Sources and contexts are counted in 64-bit linear-counting bitmaps (bit = hash mod 64), so
/// counts do not depend on the order documents are seen in and merge by OR across batches.
/// Memory is bounded: at most `config.maxKeys` keys (a 64-byte slot each: key + 56 bytes of counters); when full, keys
/// seen in one document only are evicted first. Text is kept only for the first `sampleLines`
/// keys seen twice (the run's report of stripped lines comes from the clean stage instead).
public final class BoilerplateLearner {
    let config: LearnedConfig
    struct Count: Equatable {
        var documents: Int64
        var sources: UInt64
        var contexts: UInt64
        var embedded: Int64 = 0
        /// Documents in which a follower was found, and the followers' keys (a 64-bit sketch).
        /// Not stored in the index: merged counts raise `documents` only, which makes a line
        /// less likely to read as a duplicated story (so it is learned, as before).
        var followed: Int64 = 0
        var followers: UInt64 = 0
        /// Pairs of the nearest prose on either side (`ProseContext`): a record's header or trailer
        /// keeps its neighbouring lines (the template's other fields) but not the prose around it.
        /// Not stored in the index: merged counts keep this batch's.
        var proseContexts: UInt64 = 0
    }
    /// The counters per key (open addressing: one `KeyProbe` multiply per counted line, where a
    /// `Dictionary` hashed it with SipHash).
    private var table = KeyMap(blank: Count(documents: 0, sources: 0, contexts: 0))
    /// The counters as a dictionary (for tests).
    var counts: [UInt64: Count] { table.dictionary }
    /// The counters in ascending key order (for the index: no Dictionary of millions of keys).
    func sortedCounts() -> [(key: UInt64, count: Count)] {
        var out: [(key: UInt64, count: Count)] = []
        out.reserveCapacity(table.count)
        table.forEach { out.append((key: $0, count: $1)) }
        out.sort { $0.key < $1.key }
        return out
    }
    /// Distinct keys counted.
    var keyCount: Int { table.count }
    private var samples: [UInt64: String] = [:]
    /// Keys evicted by the memory cap (reported in stats).
    public private(set) var evicted = 0

    public init(config: LearnedConfig) {
        self.config = config
    }

    /// Which source a block belongs to: its outlet if the record names one, else its input file.
    static func sourceID(_ block: TextBlock) -> UInt64 {
        for field in ["source", "outlet", "site", "domain"] {
            if case .string(let s)? = block.metadata[field], !s.isEmpty { return LineKey.hash(s) ^ 0x5bd1_e995 }
        }
        return fileSourceID(block.sourceIndex)
    }

    /// The source of a block whose record names no outlet: its input file.
    static func fileSourceID(_ sourceIndex: Int) -> UInt64 { UInt64(sourceIndex) &* 0x9E37_79B9_7F4A_7C15 }

    /// Counts the distinct line keys of one block (one document). Blank lines and lines longer
    /// than `config.maxLineChars` (prose paragraphs are never boilerplate) are not counted.
    public func observe(_ block: TextBlock) {
        apply(Self.scan(block, config: config))
    }

    /// The lines of one block that count, found without touching the counters: `scan` may run on
    /// several blocks at once, `apply` then counts them in input order (so counts, evictions and
    /// samples are those of a serial pass, for any thread count).
    struct BlockScan {
        /// The block's text: a record's String as read, or a text dump's block as bytes (the
        /// learned pass reads those without making a String: `ReadStage.decode(textAsBytes:)`).
        let text: BlockText
        let source: UInt64
        var keys: [UInt64] = []
        var contexts: [UInt64] = []
        var proseContexts: [UInt64] = []
        var embedded: [Bool] = []
        /// Key of the line's follower (0: none).
        var followers: [UInt64] = []
        /// Byte range of each counted line in `text` (for the sample excerpt).
        var starts: [Int] = []
        var ends: [Int] = []
        mutating func add(_ key: UInt64, context: UInt64, prose: UInt64, embedded: Bool, follower: UInt64, _ slot: LineSlot) {
            keys.append(key); contexts.append(context); proseContexts.append(prose)
            self.embedded.append(embedded); followers.append(follower)
            starts.append(slot.start); ends.append(slot.end)
        }
        /// Bytes of text held, for bounding what is scanned ahead.
        var weight: Int { text.count + keys.count * 41 }
    }

    /// A non-blank line of a block: its key and words (`unscanned` until needed, for a line that
    /// is never counted), its byte range, and whether it can be counted.
    struct LineSlot {
        var key: UInt64
        var words: Int
        var start: Int
        var end: Int
        var counted: Bool
        /// A prose line's head hash (`ProseContext.head`; 0: not prose), for `proseContexts`.
        var prose: UInt64 = 0
    }

    /// `words` of a line not scanned yet.
    static let unscanned = -1

    /// The key and words of line `j`, scanned when a counted neighbour first needs them.
    @inline(__always)
    static func scanNeighbour(_ j: Int, _ buf: UnsafeBufferPointer<UInt8>, _ lines: UnsafeMutableBufferPointer<LineSlot>) {
        guard lines[j].words == unscanned else { return }
        let scan = LineScan.counts(UnsafeBufferPointer(rebasing: buf[lines[j].start..<lines[j].end]))
        lines[j].key = scan.key
        lines[j].words = scan.words
    }

    static func scan(_ block: TextBlock, config: LearnedConfig) -> BlockScan {
        scan(.string(block.text), source: sourceID(block), config: config)
    }

    /// `scan` of a text dump's block read as bytes (`ReadStage.decode(textAsBytes:)`): no metadata, so the source is
    /// its input file.
    static func scan(bytes: [UInt8], sourceIndex: Int, config: LearnedConfig) -> BlockScan {
        scan(.bytes(bytes), source: fileSourceID(sourceIndex), config: config)
    }

    private static func scan(_ text: BlockText, source: UInt64, config: LearnedConfig) -> BlockScan {
        var out = BlockScan(text: text, source: source)
        // One array of line slots (four parallel arrays cost a uniqueness check per append each).
        var lines: [LineSlot] = []
        var countable = 0
        text.withBytes { buf in
            // Keys of every non-blank line (long ones too: they are context).
            var start = 0
            let n = buf.count
            // Room for a typical block's lines up front (growing it line by line copied it).
            lines.reserveCapacity(n / 64 + 16)
            while start < n {
                // memchr for the line end, then key and word count in one pass (`LineScan`).
                var end = n
                if let p = memchr(buf.baseAddress! + start, 0x0A, n - start) {
                    end = buf.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                }
                let line = UnsafeBufferPointer(rebasing: buf[start..<end])
                let wide = LineScan.widerThan(config.maxLineChars, line)
                if wide || !Self.countable(line) {
                    // Never counted: too long (a prose paragraph, mostly between other paragraphs)
                    // or not `countable` (a hard-wrapped line going on in lower case: two in five
                    // short lines of dev A). Such a line matters only as a counted line's
                    // neighbour, so its key and words wait until one needs them (`unscanned`);
                    // whether it has a key at all (it is a neighbour only then) is settled now,
                    // on its first bytes.
                    if LineScan.hasKey(line) {
                        lines.append(LineSlot(key: 0, words: unscanned, start: start, end: end, counted: false,
                                              prose: ProseContext.uncountedHead(line, wide: wide)))
                    }
                } else {
                    let scan = LineScan.counts(line)
                    if scan.key != LineKey.emptyHash {
                        lines.append(LineSlot(key: scan.key, words: scan.words, start: start, end: end, counted: true,
                                              prose: scan.words >= ProseContext.minWords ? ProseContext.head(line) : 0))
                        countable += 1
                    }
                }
                start = end + 1
            }
            // At most one entry per countable line: reserved once (appends grew five arrays).
            out.keys.reserveCapacity(countable); out.contexts.reserveCapacity(countable)
            out.embedded.reserveCapacity(countable); out.starts.reserveCapacity(countable)
            out.proseContexts.reserveCapacity(countable)
            out.followers.reserveCapacity(countable)
            out.ends.reserveCapacity(countable)
            // Line keys, field labels' keys (`FieldLabel`) and address-folded keys (`UrlFold`).
            var seenInBlock = BlockKeySet(capacity: lines.count * 3)
            // Word hashes of the prose lines followers read, each line's made once; the last follower found.
            var hashes = FollowerWordHashes(), memo = FollowerMemo()
            // Head hash of the nearest prose line below each line (0: none), filled bottom up.
            let proseBelow = ProseContext.below(lines)
            var proseAbove: UInt64 = 0
            lines.withUnsafeMutableBufferPointer { lines in
                let last = lines.count - 1
                for i in 0..<lines.count {
                    var slot = lines[i]
                    defer { if slot.prose != 0 { proseAbove = slot.prose } }
                    // A line in lower case is counted only as a field (`software: …`), by its label.
                    let lowerField = !slot.counted && slot.end - slot.start <= config.maxLineChars
                        && FieldLabel.opensLowerLabel(UnsafeBufferPointer(rebasing: buf[slot.start..<slot.end]))
                    if lowerField { scanNeighbour(i, buf, lines); slot = lines[i] }
                    guard slot.counted || lowerField,
                          !isShortUtterance(UnsafeBufferPointer(rebasing: buf[slot.start..<slot.end]), words: slot.words)
                    else { continue }
                    let lineIsNew = slot.counted && seenInBlock.insert(slot.key)
                    let label = slot.words <= FieldLabel.maxFieldWords ? FieldLabel.runKey(i, buf, UnsafeBufferPointer(lines)) : 0
                    let labelIsNew = label != 0 && seenInBlock.insert(label)
                    let folded = UrlFold.key(UnsafeBufferPointer(rebasing: buf[slot.start..<slot.end]))
                    let foldedIsNew = folded != 0 && seenInBlock.insert(folded)
                    guard lineIsNew || labelIsNew || foldedIsNew else { continue }
                    if i > 0 { scanNeighbour(i - 1, buf, lines) }
                    if i < last { scanNeighbour(i + 1, buf, lines) }
                    // A short label under a line that ends no sentence (a headline) is a kicker or
                    // section name between link-list headlines, not a subhead between paragraphs;
                    // over a list it heads a story's box ("Key points" under the headline).
                    // A one-sentence paragraph is no subhead, embedded or not (`isSentenceParagraph`).
                    // Fields on both sides (`Publication info: …` over `Abstract: …`) are a record's
                    // header, not paragraphs: a line between them is not embedded in prose.
                    let embedded = i > 0 && i < last && lines[i - 1].words >= 8 && lines[i + 1].words >= 8
                        && !FieldLabel.isBareTag(UnsafeBufferPointer(rebasing: buf[slot.start..<slot.end]))
                        && !(FieldLabel.isField(i - 1, buf, UnsafeBufferPointer(lines))
                             && FieldLabel.isField(i + 1, buf, UnsafeBufferPointer(lines)))
                        && !Self.isSentenceParagraph(UnsafeBufferPointer(rebasing: buf[slot.start..<slot.end]), words: slot.words)
                        && (!Self.isLabel(UnsafeBufferPointer(rebasing: buf[slot.start..<slot.end]), words: slot.words)
                            || Self.endsSentence(UnsafeBufferPointer(rebasing: buf[lines[i - 1].start..<lines[i - 1].end]))
                            || Self.opensList(UnsafeBufferPointer(rebasing: buf[lines[i + 1].start..<lines[i + 1].end])))
                    let before = i > 0 ? lines[i - 1].key : 0, after = i < last ? lines[i + 1].key : 0
                    let context = (before &* 0x9E37_79B9_7F4A_7C15) ^ (after &* 0xC2B2_AE3D_27D4_EB4F)
                    let prose = ProseContext.pair(above: proseAbove, below: i < last ? proseBelow[i + 1] : 0)
                    let follows = follower(after: i, buf, lines, &hashes, &memo)
                    // The line's own key, its field label's and its address-folded one (same
                    // neighbours and follower).
                    if lineIsNew {
                        out.add(slot.key, context: context, prose: prose, embedded: embedded, follower: follows, slot)
                    }
                    if labelIsNew {
                        out.add(label, context: context, prose: prose, embedded: embedded, follower: follows, slot)
                    }
                    if foldedIsNew {
                        out.add(folded, context: context, prose: prose, embedded: embedded, follower: follows, slot)
                    }
                }
            }
        }
        return out
    }

    /// Counts a scanned block (in input order: see `scan`).
    func apply(_ scan: BlockScan) {
        scan.text.withBytes { buf in
            // The slot of the key a few lines ahead is fetched while this one is counted: on a
            // big corpus the table outgrows the caches and nearly every key's slot is a miss.
            let ahead = 4, keys = scan.keys
            for i in 0..<min(ahead, keys.count) { table.prefetch(keys[i]) }
            for i in keys.indices {
                count(keys[i], source: scan.source, context: scan.contexts[i], proseContext: scan.proseContexts[i],
                      embedded: scan.embedded[i],
                      follower: scan.followers[i], prefetching: i + ahead < keys.count ? keys[i + ahead] : nil,
                      line: { UnsafeBufferPointer(rebasing: buf[scan.starts[i]..<scan.ends[i]]) })
            }
        }
    }

    @inline(__always)
    static func bit(_ h: UInt64) -> UInt64 { 1 << ((h ^ (h >> 29) ^ (h >> 47)) & 63) }

    /// Whether a line can be furniture at all: it has a letter and does not open with a
    /// lower-case one (after leading space, quotes and punctuation).
    static func countable(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawFirst = false
        for b in line {
            let isLetter = b.isASCIILetter || b >= 0xC3
            if isLetter {
                if !sawFirst && b.isASCIILower { return false }
                return true
            }
            if b.isASCIIDigit { sawFirst = true }
        }
        return false
    }

    private func count(_ key: UInt64, source: UInt64, context: UInt64, proseContext: UInt64, embedded: Bool, follower: UInt64,
                       prefetching next: UInt64?, line: () -> UnsafeBufferPointer<UInt8>) {
        // One call on the table per line (`KeyMap.updateOrInsert`): one hash of the key, the counters
        // updated in place through its slot.
        let update = { (c: inout Count) in
            c.documents += 1
            if embedded { c.embedded += 1 }
            c.sources |= Self.bit(source)
            c.contexts |= Self.bit(context)
            c.proseContexts |= Self.bit(proseContext)
            if follower != 0 { c.followed += 1; c.followers |= Self.bit(follower) }
        }
        let make = {
            Count(documents: 1, sources: Self.bit(source), contexts: Self.bit(context),
                  embedded: embedded ? 1 : 0, followed: follower != 0 ? 1 : 0,
                  followers: follower != 0 ? Self.bit(follower) : 0, proseContexts: Self.bit(proseContext))
        }
        switch table.updateOrInsert(key, below: config.maxKeys, prefetching: next, update: update, make: make) {
        case .updated(let c):
            if c.documents == 2 && samples.count < config.sampleLines {
                samples[key] = Self.excerpt(line())
            }
        case .inserted:
            break
        case .full:
            evictSingletons()
            _ = table.updateOrInsert(key, below: .max, prefetching: nil, update: update, make: make)
        }
    }

    static func excerpt(_ line: UnsafeBufferPointer<UInt8>) -> String {
        // Foundation's trimming costs ~25k instructions a line; a line opening and closing on an
        // ASCII byte other than space and tab (the only ASCII in `.whitespaces`) has nothing to trim.
        let plainEnds = line.first.map { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 } == true
            && line.last.map { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 } == true
        let s = plainEnds ? String(decoding: line, as: UTF8.self)
            : String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return s.count <= 80 ? s : String(s.prefix(77)) + "..."
    }

    /// Keeps memory bounded: forget keys seen in one document only (they cannot be boilerplate
    /// yet); if that frees too little, the less frequent half.
    private func evictSingletons() {
        let before = table.count
        table.filter { $0.documents > 1 }
        if table.count >= config.maxKeys * 3 / 4 {
            var documents: [Int64] = []
            documents.reserveCapacity(table.count)
            table.forEach { documents.append($1.documents) }
            let cut = documents.sorted()[table.count / 2]
            table.filter { $0.documents > cut }
        }
        samples = samples.filter { table[$0.key] != nil }
        evicted += before - table.count
    }

    /// Adds counts from elsewhere (earlier batches in the index) to the keys seen here.
    func merge(_ key: UInt64, _ other: Count) {
        let at = table.probe(key)
        guard at.found else { return }
        var c = table[slot: at.slot]
        c.documents += other.documents
        c.sources |= other.sources
        c.contexts |= other.contexts
        c.embedded += other.embedded
        table[slot: at.slot] = c
    }

    /// Whether counts make a key learned boilerplate (the classifier still keeps prose).
    func isLearned(_ c: Count) -> Bool {
        c.documents >= Int64(config.minDocuments) && c.sources.nonzeroBitCount >= config.minSources
            && (c.contexts.nonzeroBitCount >= config.minContexts || c.proseContexts.nonzeroBitCount >= config.minContexts)
            && c.embedded * 2 < c.documents
            && !Self.isDuplicatedStory(c)
    }

    /// Scales the document counts of a sampled pass up to the whole input (`scale` = input bytes
    /// per byte read): a sampled pass sees a line in about 1/scale of its documents. Done once,
    /// to this batch's own counts, before they are stored in the index or merged with earlier
    /// batches' (which are counts of whole inputs already).
    func scaleDocuments(by scale: Double) {
        guard scale != 1 else { return }
        table.updateValues { c in
            c.documents = Int64((Double(c.documents) * scale).rounded())
            c.embedded = Int64((Double(c.embedded) * scale).rounded())
            c.followed = Int64((Double(c.followed) * scale).rounded())
        }
    }

    /// The learned set: document counts of keys passing `isLearned`.
    public func finish() -> LearnedBoilerplate {
        var learned: [UInt64: Int] = [:]
        table.forEach { key, c in if isLearned(c) { learned[key] = Int(c.documents) } }
        let table = LearnedKeyTable(learned)
        let filter = LearnedKeyFilter(keys: learned.keys, count: learned.count)
        return LearnedBoilerplate(documentCount: { filter.mayContain($0) ? table.count(of: $0) : 0 })
    }

    /// Drops the counters of keys that are not learned (after `finish`), so the run does not keep
    /// one counter per distinct line of the corpus.
    public func keepOnlyLearned() {
        table.filter { isLearned($0) }
        samples = samples.filter { table[$0.key] != nil }
    }

    /// The most frequent learned lines with known text, for reports (`documents` descending).
    public var topLines: [(text: String, documents: Int, sources: Int)] {
        samples.compactMap { key, text -> (String, Int, Int)? in
            guard let c = table[key], isLearned(c) else { return nil }
            return (text, Int(c.documents), c.sources.nonzeroBitCount)
        }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        .map { (text: $0.0, documents: $0.1, sources: $0.2) }
    }

}
