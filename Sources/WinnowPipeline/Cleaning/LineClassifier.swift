import Foundation

/// Learned boilerplate: line keys counted across a corpus (a later, corpus-wide pass fills it).
///
/// The classifier only needs "in how many documents was this key seen?", so the source can be a
/// plain set, a dictionary or a memory-mapped table behind a closure.
public struct LearnedBoilerplate: Sendable {
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
    /// Lines longer than every family's `max_chars` skip rule matching entirely.
    private let longestRuleLine: Int

    /// Compiles the rules once; throws a `ConfigError` naming the rule on a bad pattern.
    public init(config: CleanConfig, learned: LearnedBoilerplate? = nil) throws {
        families = try config.families.map(CompiledFamily.init)
        self.learned = learned
        learnedConfig = config.learned
        longestRuleLine = families.map(\.maxChars).max() ?? 0
    }

    /// Scratch buffer for the folded line (one classifier per thread), grown as needed.
    private var folded = UnsafeMutablePointer<UInt8>.allocate(capacity: 1024)
    private var foldedCapacity = 1024
    /// Scratch `LineBigrams` bits of the folded line.
    private let pairBits = UnsafeMutablePointer<UInt64>.allocate(capacity: LineBigrams.words)

    deinit { pairBits.deallocate(); folded.deallocate() }

    public func classify(_ text: String) -> ClassifiedText {
        var text = text
        return text.withUTF8 { buf in
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
                lines.append(classifyLine(UnsafeBufferPointer(rebasing: buf[start..<end])))
                if end >= n { break }
                start = end + 1
            }
            return ClassifiedText(lines: lines)
        }
    }

    /// Classifies one line (without its `\n`), given as UTF-8 bytes.
    func classifyLine(_ raw: UnsafeBufferPointer<UInt8>) -> ClassifiedLine {
        let text = String(decoding: raw, as: UTF8.self)
        let range = LineText.trimmedRange(raw)
        if range.isEmpty {
            return ClassifiedLine(text: text, content: "", kind: .blank, detail: "", metadata: [:], key: 0, words: 0)
        }
        let trimmed = UnsafeBufferPointer(rebasing: raw[range])
        // The common case (nothing to trim) shares the line's storage instead of copying it.
        let content = range.count == raw.count ? text : String(decoding: trimmed, as: UTF8.self)
        let scan = LineScan.counts(trimmed)
        let key = scan.key
        let words = scan.words
        // As before: a line over `longestRuleLine` BYTES skips the rules (the byte count stands in
        // for its length), so long prose lines stop here: no fold, no rules.
        let chars = trimmed.count <= longestRuleLine ? scan.scalars : trimmed.count
        var link: (rule: String, detail: String)?
        if chars <= longestRuleLine {
            if trimmed.count > foldedCapacity {
                folded.deallocate()
                foldedCapacity = trimmed.count
                folded = UnsafeMutablePointer<UInt8>.allocate(capacity: foldedCapacity)
            }
            let (count, mask) = LineText.fold(bytes: trimmed, to: folded)
            let f = UnsafeBufferPointer(start: UnsafePointer(folded), count: count)
            LineBigrams.fill(pairBits, from: f)
            let bigrams = LineBigrams(bits: UnsafePointer(pairBits))
            let hit: (CompiledFamily, CompiledFamily.Match)? = {
                for family in families {
                    if let m = family.match(line: trimmed, folded: f, mask: mask, bigrams: bigrams, key: key, chars: chars) { return (family, m) }
                }
                return nil
            }()
            if let (family, m) = hit {
                var metadata: [String: JSONValue] = [:]
                if let k = family.metadataKey, let v = m.value, !v.isEmpty {
                    metadata[k] = family.metadataList ? .array([.string(v)]) : .string(v)
                }
                if family.role == .prefix {
                    let rest = m.rest ?? ""
                    return ClassifiedLine(text: text, content: rest, kind: .body, detail: "\(family.name): \(m.detail)",
                                          metadata: metadata, key: LineKey.hash(rest), words: LineText.wordCount(rest))
                }
                // A link is kept (unless learned boilerplate below strips it), flagged for the splitter.
                if family.role == .link {
                    link = (family.name, m.detail)
                } else {
                    return ClassifiedLine(text: text, content: content, kind: .stripped(rule: family.name, role: family.role),
                                          detail: m.detail, metadata: metadata, key: key, words: words)
                }
            }
        }
        if let learned {
            let documents = learned.documentCount(key)
            if documents >= learnedConfig.minDocuments,
               !(words >= learnedConfig.proseMinWords && LineText.ending(content) != .open) {
                return ClassifiedLine(text: text, content: content, kind: .stripped(rule: "learned", role: nil),
                                      detail: "line key seen in \(documents) documents", metadata: [:], key: key, words: words)
            }
        }
        if let link {
            return ClassifiedLine(text: text, content: content, kind: .body, detail: "\(link.rule): \(link.detail)",
                                  metadata: [:], key: key, words: words, linkRule: link.rule)
        }
        return ClassifiedLine(text: text, content: content, kind: .body, detail: "", metadata: [:], key: key, words: words)
    }
}
