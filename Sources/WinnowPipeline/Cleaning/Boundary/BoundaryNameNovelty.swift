/// A headline-less lede under one weak edge (a lone page edge, a lone trailer, a soft block, a share
/// row, a furniture block) or a dateline lede straight under prose, after a paragraph that ended,
/// is held under the threshold by cohesion: two stories of one politics desk share .05–.09 of their
/// content words (`president`, `campaign`, `administration`), so cohesion over all words cannot
/// tell them from two paragraphs of one story. The names can: a story keeps naming its own people
/// and places paragraph after paragraph, where the next story's lede and first paragraphs name
/// others. `name_novelty` fires where at most `sharedShare` of the names below the lede
/// (capitalised words not opening a sentence, in the lede and the paragraphs under it) occur in the
/// text just above, counting only names not spread over most of the dump (`Trump` in every story
/// of a politics dump says nothing).
///
/// OFF in Pipelines/news.yaml (weight 0; session 29, W10): over all paragraph breaks of the wire
/// gold it looked useful (54% of true starts in the cohesion band vs 19% of breaks inside a
/// story), but at the lines this rule is asked of (a lede under one edge, held by cohesion) it does
/// not separate: 19 missed starts against 134 right non-starts across the 51 sets, and the names
/// fired on 37% of the one and 43% of the other. The edges inside a story sit over a feature's own
/// section rules (`***`, `___`), editor's notes, contributor lines and transcript speakers
/// (`INGRAHAM:` reads as a dateline), which name new people as often as a new story does. At 2.0:
/// w1 -.0042, b2 -.0072, b4 -.0048, i3 -.0022, o8923 +.0025 story F1.
///
/// Asked only where it changes the decision, on a line cohesion was measured for, under
/// `same_topic_above`. Not for a headline candidate: its own rules weigh headlines.
extension BoundaryPlanner {
    /// Adds `name_novelty` to lede `i` (scored `s`, cohesion `sim` across it) under a weak edge or
    /// a dateline lede (`dateline`) when its names below are new to the text above (`novelty`).
    func addNameNovelty(at i: Int, isTitle: Bool, dateline: Bool, similarity sim: Double,
                        _ novelty: () -> NameNovelty, _ s: inout ScoredLine) {
        let w = scorer.weights[.nameNovelty]
        guard w != 0, !isTitle, s.score < config.threshold, s.score + w >= config.threshold,
              sim < config.sameTopicAbove, s.fired.contains(.afterSentence),
              dateline || Self.weakEdges.contains(where: { s.fired.contains($0) }) else { return }
        guard novelty().isNovel(at: i) else { return }
        s.add(.nameNovelty, scorer.weights)
    }

    /// The edge features a lede may earn `name_novelty` under.
    static let weakEdges: [SplitFeature] = [.lonePageEdge, .trailerEdge, .softBlock, .shareRowEdge, .furnitureBlock]
}

/// The names of a text's body lines, hashed (no strings kept), and how widely each word is spread
/// over the text. Built once per text, only when a candidate asks (`BoundaryNameNovelty`).
struct NameNovelty {
    /// Words of 3+ ASCII letters of all lines, lower-cased and hashed, in text order: line `i`'s
    /// are `hashes[starts[i]..<starts[i + 1]]`; `name[k]` says the word is a name (capitalised,
    /// not opening its line or a sentence, not a function word).
    private var hashes: [UInt64] = []
    private var name: [Bool] = []
    private var starts: [Int] = []
    /// Per word hash: the number of chunks (`chunkWords` words) of the text it occurs in.
    private var spread: [UInt64: Int32] = [:]
    private var chunks = 0

    /// Words below the lede whose names are read (the lede and the paragraphs under it).
    static let wordsBelow = 60
    /// Words above the lede searched for those names.
    static let wordsAbove = 200
    /// Distinct names below needed to judge (a lede naming fewer says too little).
    static let minNames = 3
    /// The share of those names the text above may hold (a story's next paragraphs name its own
    /// people again; the next story's lede may name the one person every story names).
    static let sharedShare = 0.15
    /// A name in at least this share of the text's chunks (and 4+ chunks) is the dump's topic,
    /// not a story's own.
    static let commonShare = 0.5
    static let chunkWords = 300

    init(_ lines: [ClassifiedLine]) {
        starts.reserveCapacity(lines.count + 1)
        var lastChunk: [UInt64: Int32] = [:]
        for i in lines.indices {
            starts.append(hashes.count)
            guard case .body = lines[i].kind, lines[i].linkRule == nil else { continue }
            lines.withContentBytes(i) { u in Self.scan(u) { h, isName in hashes.append(h); name.append(isName) } }
        }
        starts.append(hashes.count)
        for (k, h) in hashes.enumerated() {
            let c = Int32(k / Self.chunkWords)
            if lastChunk[h] != c { lastChunk[h] = c; spread[h, default: 0] += 1 }
        }
        chunks = (hashes.count + Self.chunkWords - 1) / Self.chunkWords
    }

    private func isCommon(_ h: UInt64) -> Bool {
        chunks >= 4 && Double(spread[h] ?? 0) >= Self.commonShare * Double(chunks)
    }

    /// At most `sharedShare` of the (not common) names in the `wordsBelow` words from line `i` down occurs in the
    /// `wordsAbove` words over it, and there are `minNames`+ distinct ones.
    func isNovel(at i: Int) -> Bool {
        var below = Set<UInt64>(), n = 0, j = i
        while j < starts.count - 1 && n < Self.wordsBelow {
            for k in starts[j]..<starts[j + 1] where name[k] && !isCommon(hashes[k]) { below.insert(hashes[k]) }
            n += starts[j + 1] - starts[j]
            j += 1
        }
        guard below.count >= Self.minNames else { return false }
        var seen = Set<UInt64>()
        n = 0; j = i - 1
        while j >= 0 && n < Self.wordsAbove {
            for k in starts[j]..<starts[j + 1] where below.contains(hashes[k]) { seen.insert(hashes[k]) }
            n += starts[j + 1] - starts[j]
            j -= 1
        }
        return Double(seen.count) <= Self.sharedShare * Double(below.count)
    }

    /// Calls `body` with each word of 3+ ASCII letters of `u` (lower-cased FNV-1a hash) and whether
    /// it reads as a name: capitalised, not the line's first word, not after a sentence's end or an
    /// opening quote, not a capitalised function word.
    static func scan(_ u: UnsafeBufferPointer<UInt8>, _ body: (UInt64, Bool) -> Void) {
        var k = 0, first = true
        var prev: UInt8 = 0  // the last non-space byte before the current word
        while k < u.count {
            let b = u[k]
            guard isLetter(b) else {
                if b != 0x20 { prev = b }
                k += 1
                continue
            }
            let start = k
            var h: UInt64 = 0xcbf29ce484222325
            while k < u.count && isLetter(u[k]) { h = (h ^ UInt64(u[k] | 0x20)) &* 0x100000001b3; k += 1 }
            let len = k - start
            let capital = u[start] < 0x61
            let opensSentence = first || prev == 0x2E || prev == 0x3F || prev == 0x21 || prev == 0x22
                || prev == 0x9C || prev == 0x98  // the last bytes of “ and ‘
            if len >= 3 { body(h, capital && !opensSentence && !stopNames.contains(h)) }
            first = false
            prev = u[k - 1]
        }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    private static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b | 0x20)) &* 0x100000001b3 }
        return h
    }

    /// Capitalised words that are no name (set mid-sentence after a colon or a dash, or in a title).
    private static let stopNames: Set<UInt64> = Set(["the", "and", "but", "for", "this", "that", "these", "those", "his", "her",
        "their", "its", "our", "after", "before", "while", "when", "what", "who", "why", "how", "mrs", "sen", "rep", "gov"].map(hash))
}
