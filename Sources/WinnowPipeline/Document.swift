/// Where in an input something came from: used in ids, rejections and error messages.
public struct InputPosition: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number in the (decompressed) input.
    public var line: Int
    /// 0-based byte offset in the decompressed input.
    public var byteOffset: Int64

    public init(line: Int, byteOffset: Int64) {
        self.line = line
        self.byteOffset = byteOffset
    }

    public var description: String { "line \(line), byte \(byteOffset)" }
}

/// A piece of raw input text as read: a bounded block of a plain-text dump, or one JSONL record's
/// text. Text is already valid UTF-8 with `\n` line ends, no BOM and NBSP folded to a space.
public struct TextBlock: Sendable {
    /// The input path as the user gave it (directories expanded).
    public var source: String
    /// Index of the input file in the run's sorted input list.
    public var sourceIndex: Int
    /// Index of this block within its source, from 0.
    public var blockIndex: Int
    /// True for the last block of its source: a splitter may flush held lines.
    public var isLastBlock: Bool
    /// The JSONL record's id field, if the input is JSONL and has one.
    public var recordID: String?
    /// Position of the block's first line in the input.
    public var position: InputPosition
    public var text: String
    /// JSONL fields other than text and id.
    public var metadata: [String: JSONValue]
    /// For a unit joined from several records (`PageJoiner`): the 0-based line index in `text`
    /// where each record after the first begins. The splitter reads them as weak story-start
    /// evidence (`BoundaryRecordEdge.swift`); empty for everything else.
    public var pageEdges: [Int] = []
    /// True for a JSONL record: a unit of its own, independent of the blocks around it.
    public var isRecord: Bool { recordID != nil || format == .record }
    /// True for a text file read in one block (below `read.block_bytes`): a unit of its own too,
    /// with nothing before or after it to glue or carry.
    public var isWholeFile: Bool { !isRecord && blockIndex == 0 && isLastBlock }
    var format: Kind = .textBlock

    enum Kind: Sendable { case textBlock, record }

    public init(source: String, sourceIndex: Int, blockIndex: Int, isLastBlock: Bool, recordID: String? = nil,
                position: InputPosition, text: String, metadata: [String: JSONValue] = [:]) {
        self.source = source
        self.sourceIndex = sourceIndex
        self.blockIndex = blockIndex
        self.isLastBlock = isLastBlock
        self.recordID = recordID
        self.position = position
        self.text = text
        self.metadata = metadata
    }
}

/// One output record: a single story (or a whole JSONL document when splitting is off).
///
/// Written as `{"id", "text", "title", "source", "metadata"}` (dolma / datatrove style).
public struct Document: Sendable {
    public var id: String
    public var text: String
    public var title: String?
    public var source: String
    public var metadata: [String: JSONValue]
    /// Provenance, for ordering and messages; not written as fields of their own.
    public var sourceIndex: Int
    public var storyIndex: Int
    public var position: InputPosition
    /// The record line exactly as `write` emits it (`encodeRecord`), once made: the checkpoint
    /// encodes each story once, and dedup and write pass these bytes on instead of encoding (and
    /// parsing) the story again. Set after the last change to the fields above.
    var record: [UInt8]?
    /// Where `record` sits in the checkpoint's `events.bin`, once written there: dedup reads a
    /// survivor's record back from it instead of spooling every record a second time.
    var checkpointOffset: Int64?

    public init(id: String, text: String, title: String?, source: String, metadata: [String: JSONValue],
                sourceIndex: Int, storyIndex: Int, position: InputPosition) {
        self.id = id
        self.text = text
        self.title = title
        self.source = source
        self.metadata = metadata
        self.sourceIndex = sourceIndex
        self.storyIndex = storyIndex
        self.position = position
    }

    /// A story known only by its encoded record line: what dedup hands to write for a survivor
    /// (its fields are left empty; write needs the bytes alone).
    init(encodedRecord: [UInt8]) {
        self.init(id: "", text: "", title: nil, source: "", metadata: [:], sourceIndex: 0, storyIndex: 0,
                  position: InputPosition(line: 0, byteOffset: 0))
        record = encodedRecord
    }
}

/// Something that could not be used, with the reason: it goes to `rejected.jsonl.gz`.
public struct Rejection: Sendable {
    public var source: String
    public var position: InputPosition?
    /// A short machine-readable reason, e.g. `invalid_json`, `truncated_gzip`, `too_short`.
    public var reason: String
    /// A human-readable detail.
    public var detail: String
    /// A short raw excerpt (at most a few hundred bytes).
    public var excerpt: String
    /// Whether this rejection stands for a whole input document (counts in `documents_in`).
    public var isDocument: Bool

    public init(source: String, position: InputPosition?, reason: String, detail: String, excerpt: String,
                isDocument: Bool = true) {
        self.source = source
        self.position = position
        self.reason = reason
        self.detail = detail
        self.excerpt = excerpt
        self.isDocument = isDocument
    }
}
