/// CCNet-style learned boilerplate: counts, per normalised line key, how many documents and how
/// many sources (input files) a line occurs in; lines frequent across documents are page furniture
/// of some outlet ("Sign up for our morning briefing", a site's slogan) that no rule names.
///
/// What counts as a document: a JSONL record is one; a plain-text dump is a concatenation of
/// stories whose boundaries are not known in this first pass, so each *text block* counts as one
/// document, and within a block a key counts once however often it repeats (so one dump that
/// repeats a line in every story counts once per block, and the same line across many dumps
/// counts once per dump). `sources` (input files) guards against one huge file alone making a
/// line look universal; it counts changes of source between a key's documents, which equals the
/// number of distinct files when, as in a run, the blocks of one file are observed together.
///
/// Memory is bounded: keys and counters only (16 bytes per distinct key plus a few per source
/// set), with at most `config.maxKeys` keys; when full, keys seen in only one document are
/// evicted. The text of a line is kept only for a capped sample (`config.sampleLines`) of
/// candidate lines, for `topLines` reporting.
public final class BoilerplateLearner {
    let config: LearnedConfig
    private struct Count { var documents: Int32; var sources: Int32; var lastSource: Int32 }
    private var counts: [UInt64: Count] = [:]
    private var samples: [UInt64: String] = [:]
    private var seenInBlock = Set<UInt64>()

    public init(config: LearnedConfig) {
        self.config = config
    }

    /// Counts the distinct line keys of one block (one document). Blank lines and lines longer
    /// than `config.maxLineChars` (prose paragraphs are never boilerplate) are skipped.
    public func observe(_ block: TextBlock) {
        seenInBlock.removeAll(keepingCapacity: true)
        var text = block.text
        text.withUTF8 { buf in
            var start = 0
            let n = buf.count
            while start < n {
                var end = start
                while end < n && buf[end] != 0x0A { end += 1 }
                let len = end - start
                if len > 0 && len <= config.maxLineChars * 4 {
                    let line = UnsafeBufferPointer(rebasing: buf[start..<end])
                    let key = LineKey.hash(bytes: line)
                    if key != LineKey.emptyHash && seenInBlock.insert(key).inserted {
                        count(key, source: Int32(truncatingIfNeeded: block.sourceIndex), line: line)
                    }
                }
                start = end + 1
            }
        }
    }

    private func count(_ key: UInt64, source: Int32, line: UnsafeBufferPointer<UInt8>) {
        if var c = counts[key] {
            c.documents += 1
            if c.lastSource != source { c.sources += 1; c.lastSource = source }
            counts[key] = c
            if c.documents == Int32(config.minDocuments) && samples.count < config.sampleLines {
                samples[key] = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            }
        } else {
            if counts.count >= config.maxKeys { evictSingletons() }
            counts[key] = Count(documents: 1, sources: 1, lastSource: source)
        }
    }

    /// Keeps memory bounded: forget keys seen in one document only (they cannot be boilerplate yet).
    private func evictSingletons() {
        counts = counts.filter { $0.value.documents > 1 }
        if counts.count >= config.maxKeys * 3 / 4 {
            let cut = counts.values.map(\.documents).sorted()[counts.count / 2]
            counts = counts.filter { $0.value.documents > cut }
        }
    }

    /// The learned set: document counts of keys seen in at least `min_documents` documents and
    /// `min_sources` sources. The classifier still keeps a learned line that reads as prose.
    public func finish() -> LearnedBoilerplate {
        let kept = counts.filter { $0.value.documents >= Int32(config.minDocuments) && $0.value.sources >= Int32(config.minSources) }
            .mapValues { Int($0.documents) }
        return LearnedBoilerplate(documentCount: { kept[$0] ?? 0 })
    }

    /// The most frequent sampled lines, for reports (`documents` descending).
    public var topLines: [(text: String, documents: Int, sources: Int)] {
        samples.compactMap { key, text in counts[key].map { (text, Int($0.documents), Int($0.sources)) } }
            .sorted { $0.documents != $1.documents ? $0.documents > $1.documents : $0.text < $1.text }
    }

    /// Helper for the run's first pass: observes every block `blocks` yields, then finishes.
    public static func learn(config: LearnedConfig, blocks: (_ observe: (TextBlock) -> Void) throws -> Void) rethrows -> (LearnedBoilerplate, BoilerplateLearner) {
        let learner = BoilerplateLearner(config: config)
        try blocks { learner.observe($0) }
        return (learner.finish(), learner)
    }
}
