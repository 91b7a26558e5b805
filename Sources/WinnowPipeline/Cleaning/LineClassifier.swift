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

    public func classify(_ text: String) -> ClassifiedText {
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [ClassifiedLine] = []
        lines.reserveCapacity(raw.count)
        for line in raw { lines.append(classifyLine(line)) }
        return ClassifiedText(lines: lines)
    }

    /// Classifies one line (without its `\n`).
    func classifyLine(_ rawLine: Substring) -> ClassifiedLine {
        var line = rawLine
        if line.last == "\r" { line = line.dropLast() }
        let trimmed = LineText.trimmed(line)
        let text = String(rawLine)
        if trimmed.isEmpty {
            return ClassifiedLine(text: text, content: "", kind: .blank, detail: "", metadata: [:], key: 0, words: 0)
        }
        let key = LineKey.hash(trimmed)
        let words = LineText.wordCount(trimmed)
        // Byte length bounds character length from above: long lines skip the rules for free.
        let chars = trimmed.utf8.count <= longestRuleLine ? trimmed.count : trimmed.utf8.count
        if chars <= longestRuleLine {
            let folded = LineText.fold(trimmed)
            for family in families {
                guard let m = family.match(line: trimmed, folded: folded, key: key, chars: chars) else { continue }
                var metadata: [String: JSONValue] = [:]
                if let k = family.metadataKey, let v = m.value, !v.isEmpty {
                    metadata[k] = family.metadataList ? .array([.string(v)]) : .string(v)
                }
                if family.role == .prefix {
                    let rest = m.rest ?? ""
                    return ClassifiedLine(text: text, content: rest, kind: .body, detail: "\(family.name): \(m.detail)",
                                          metadata: metadata, key: LineKey.hash(rest), words: LineText.wordCount(rest))
                }
                return ClassifiedLine(text: text, content: String(trimmed), kind: .stripped(rule: family.name, role: family.role),
                                      detail: m.detail, metadata: metadata, key: key, words: words)
            }
        }
        if let learned, learned.documentCount(key) >= learnedConfig.minDocuments,
           !(words >= learnedConfig.proseMinWords && LineText.ending(trimmed) != .open) {
            return ClassifiedLine(text: text, content: String(trimmed), kind: .stripped(rule: "learned", role: nil),
                                  detail: "line key seen in \(learned.documentCount(key)) documents", metadata: [:], key: key, words: words)
        }
        return ClassifiedLine(text: text, content: String(trimmed), kind: .body, detail: "", metadata: [:], key: key, words: words)
    }
}
