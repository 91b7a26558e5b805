/// The output of the `clean` stage: every input line, classified, nothing removed yet.
///
/// Stripping is deferred to the splitter so that boilerplate can still serve as evidence
/// (a credit block right after a line is what makes it look like a headline).

/// What a line is.
public enum LineKind: Equatable, Sendable {
    /// Content (possibly after a metadata prefix was cut off: see `ClassifiedLine.content`).
    case body
    /// Empty or white space only: paragraph structure.
    case blank
    /// Boilerplate matched by rule family `rule` (or `learned`), with the family's role.
    case stripped(rule: String, role: RuleRole?)
}

/// One classified input line.
///
/// A line is a byte range of its block's text (`storage`), not a String of its own: building and
/// releasing a String per line was ~10% of clean + split. A merged or prefix-cut line keeps a
/// String of its own there. Hot code reads the bytes (`withContentBytes`, `contentByteCount`);
/// `text` and `content` are Substrings of the storage, and `String(line.text)` makes a String of
/// one. What only a few lines carry (rule detail, metadata, link family) is boxed in `extra`,
/// allocated only where a rule matched.
public struct ClassifiedLine: Sendable {
    /// The block's text (or a String of the line's own) holding the line's bytes.
    fileprivate let storage: String
    /// Byte offsets in `storage`: the line as read, and its content.
    fileprivate let textStart: Int, textEnd: Int, contentStart: Int, contentEnd: Int
    public var kind: LineKind
    /// `LineKey.hash(content)`: used to spot repeated headlines.
    public var key: UInt64
    /// Word count of `content`.
    public var words: Int
    /// What a matched rule left on the line; nil for most lines (no rule matched).
    private var extra: Extra?

    /// The rare fields, boxed: most lines carry none, so a line is one reference and a few words.
    private final class Extra: @unchecked Sendable {
        // Never changed while shared: `update` copies a shared box first.
        var detail = ""
        var metadata: [String: JSONValue] = [:]
        var linkRule: String?

        func copy() -> Extra {
            let e = Extra()
            e.detail = detail; e.metadata = metadata; e.linkRule = linkRule
            return e
        }
    }

    /// A line of `storage`: `text` and `content` are byte ranges of it (`content` within a trimmed
    /// `text`, or after it for a line whose content is not a piece of its text).
    init(storage: String, text: Range<Int>, content: Range<Int>, kind: LineKind, key: UInt64, words: Int) {
        // The byte readers slice unchecked buffers: ranges outside the storage must stop here.
        let n = storage.utf8.count
        precondition(text.lowerBound >= 0 && text.upperBound <= n && content.lowerBound >= 0 && content.upperBound <= n,
                     "line ranges outside their storage")
        self.storage = storage
        textStart = text.lowerBound; textEnd = text.upperBound
        contentStart = content.lowerBound; contentEnd = content.upperBound
        self.kind = kind
        self.key = key
        self.words = words
    }

    /// A line from Strings of its own (a prefix-cut line, tests, tools): the content is stored
    /// after the text unless it is the text or its end.
    public init(text: String, content: String, kind: LineKind, detail: String = "",
                metadata: [String: JSONValue] = [:], key: UInt64, words: Int, linkRule: String? = nil) {
        let t = text.utf8.count, c = content.utf8.count
        if c <= t && text.utf8.suffix(c).elementsEqual(content.utf8) {
            self.init(storage: text, text: 0..<t, content: (t - c)..<t, kind: kind, key: key, words: words)
        } else {
            self.init(storage: text + content, text: 0..<t, content: t..<(t + c), kind: kind, key: key, words: words)
        }
        if !detail.isEmpty { self.detail = detail }
        if !metadata.isEmpty { self.metadata = metadata }
        if let linkRule { self.linkRule = linkRule }
    }

    /// This line's kind, key, words and rule fields over other bytes (`Reflow` merging lines).
    func rebased(storage: String, text: Range<Int>, content: Range<Int>) -> ClassifiedLine {
        var line = ClassifiedLine(storage: storage, text: text, content: content, kind: kind, key: key, words: words)
        line.extra = extra
        return line
    }

    /// This line with another kind and detail (and no metadata or link): the same bytes.
    func with(kind: LineKind, detail: String) -> ClassifiedLine {
        var line = self
        line.kind = kind
        line.extra = nil
        if !detail.isEmpty { line.detail = detail }
        return line
    }

    /// The line exactly as read (`String(line.text)` for a String of its own).
    public var text: Substring { slice(textStart, textEnd) }
    /// The trimmed text that counts as content: for a `prefix` rule match, the rest of the line.
    public var content: Substring { slice(contentStart, contentEnd) }

    private func slice(_ from: Int, _ to: Int) -> Substring { Self.slice(storage, from, to) }

    /// Bytes `from..<to` of `storage` as a Substring. Through the UTF-8 view's slice: the String
    /// subscript validated the range on top of the scalar alignment both do (a micro-benchmark
    /// of 10,000 slices of 74-byte lines: 291 -> 260 instructions a slice). The offsets are line
    /// bounds, always on scalar boundaries, so the alignment never moves them.
    static func slice(_ storage: String, _ from: Int, _ to: Int) -> Substring {
        let u = storage.utf8
        return Substring(u[u.index(u.startIndex, offsetBy: from)..<u.index(u.startIndex, offsetBy: to)])
    }

    /// The String holding the content and the content's byte range in it: a story's body joins
    /// runs of lines that follow one another in one String (`StorySplitter.Builder`), sliced once.
    var contentSpan: (storage: String, bytes: Range<Int>) { (storage, contentStart..<contentEnd) }

    /// UTF-8 bytes of `text` and `content`: what hot loops read (no Substring, no copy).
    @inline(__always)
    public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { Self.bytes(storage, textStart, textEnd, body) }
    @inline(__always)
    public func withContentBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Self.bytes(storage, contentStart, contentEnd, body)
    }
    /// Byte lengths of `text` and `content`.
    public var textByteCount: Int { textEnd - textStart }
    public var contentByteCount: Int { contentEnd - contentStart }

    @inline(__always)
    fileprivate static func bytes<R>(_ storage: String, _ from: Int, _ to: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        // Text read from files and Strings built here are native, so contiguous: the fallback
        // (a copy) is for bridged Strings only.
        if let r = storage.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[from..<to])) }) {
            return r
        }
        var copy = storage
        return copy.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[from..<to])) }
    }

    /// Bytes `from..<to` of the storage of the line at `line`, which an array holds for the whole
    /// call (`Array.withContentBytes`). Passed to `bytes`, the storage was retained and released
    /// around `body` on every call (callgrind on cge: ~200 k pairs): the optimizer cannot tell
    /// that `body` (a C scan, a closure it did not inline) leaves the array alone. A String of 16
    /// bytes or more is never a small string (whose bytes live in the String value itself, read
    /// from a copy): its UTF-8 bytes live in its storage object, at an address fixed while the
    /// array holds the line (`storage` is a `let`). So the address is taken first and `body` runs
    /// after that access ends, with nothing to retain; a small or non-contiguous String reads
    /// through `bytes`.
    ///
    /// The pointer outlives `withContiguousStorageIfAvailable`'s closure, which the standard
    /// library does not promise to be valid. It relies on: the String's storage being native
    /// (a heap object of its own, not bridged or foreign: for those the call answers nil, or may
    /// hand out a temporary copy, and `bytes` is used instead; text read from files and Strings
    /// built here are native), and that object being kept alive and unchanged by the line the
    /// caller's array holds (the lines of a `ClassifiedText`) for the whole of `body`: `storage`
    /// is a `let`, and `body` must not replace the array's lines. Checked under ASan
    /// (`swift test -c debug --sanitize=address --filter ClassifiedLine`).
    @inline(__always)
    fileprivate static func heldBytes<R>(_ line: UnsafePointer<ClassifiedLine>, _ from: Int, _ to: Int,
                                         _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        // One call for both tests (the count's own call was ~13 instructions a read): the buffer
        // of a small String points into a temporary and is never read; its count is all we use.
        if case let buffer? = line.pointee.storage.utf8.withContiguousStorageIfAvailable({ $0 }),
           buffer.count > 15, let base = buffer.baseAddress {
            return body(UnsafeBufferPointer(start: base + from, count: to - from))
        }
        return bytes(line.pointee.storage, from, to, body)
    }

    /// Copy-on-write access to the box: a setter never changes a box another line shares.
    private mutating func update(_ body: (Extra) -> Void) {
        if extra == nil { extra = Extra() } else if !isKnownUniquelyReferenced(&extra!) { extra = extra!.copy() }
        body(extra!)
    }

    /// Why the line was classified so (rule detail), for `explain`.
    public var detail: String {
        get { extra?.detail ?? "" }
        set { update { $0.detail = newValue } }
    }
    /// Metadata the line carries: `date`, `updated`, `credits`, `contributors`, ...
    /// List-valued keys hold a one-element array here; the splitter concatenates them per story.
    public var metadata: [String: JSONValue] {
        get { extra?.metadata ?? [:] }
        set { update { $0.metadata = newValue } }
    }
    /// The family that matched a line kept as content (role `link`), nil otherwise.
    public var linkRule: String? {
        get { extra?.linkRule }
        set { update { $0.linkRule = newValue } }
    }

    /// True for lines that carry metadata (stripped or not).
    public var isMetadataBearing: Bool { !(extra?.metadata.isEmpty ?? true) }

    /// The rule family name if stripped.
    public var strippedRule: String? {
        if case .stripped(let rule, _) = kind { return rule }
        return nil
    }

    /// The line is kept, or stripped by `rule` (a pass that also reads what one family took).
    func isKept(orStrippedBy rule: String) -> Bool {
        switch kind {
        case .body: return true
        case .stripped(let r, _): return r == rule
        case .blank: return false
        }
    }

    /// The role of the stripping family, if any.
    public var strippedRole: RuleRole? {
        if case .stripped(_, let role) = kind { return role }
        return nil
    }
}

extension Array where Element == ClassifiedLine {
    /// Line `i` is a separator (`***`, `———`, `* * *`): the planner reads it as a blank.
    func isSeparatorLine(_ i: Int) -> Bool {
        self[i].textByteCount >= 3 && withTextBytes(i, Separator.isSeparator)
    }

    /// Line `i`'s content bytes, read in place: `lines[i].withContentBytes` copied the whole line
    /// out of the array first (retaining its storage, kind and rule fields) on every call.
    @inline(__always)
    func withContentBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeBufferPointer { lines in
            precondition(i >= 0 && i < lines.count, "line index out of range")
            // Field by field through the pointer: no copy of the line, and no retain (`heldBytes`).
            let line = lines.baseAddress! + i
            return ClassifiedLine.heldBytes(line, line.pointee.contentStart, line.pointee.contentEnd, body)
        }
    }

    /// Line `i`'s link family (`ClassifiedLine.linkRule`), read in place: `lines[i].linkRule` in a
    /// large function called the array's getter, a copy of the whole line (retains and releases)
    /// to read one field.
    @inline(__always)
    func linkRule(_ i: Int) -> String? {
        withUnsafeBufferPointer { lines in
            precondition(i >= 0 && i < lines.count, "line index out of range")
            return lines[i].linkRule
        }
    }

    /// Whether line `i` carries metadata, read in place (as `linkRule(_:)`).
    @inline(__always)
    func isMetadataBearing(_ i: Int) -> Bool {
        withUnsafeBufferPointer { lines in
            precondition(i >= 0 && i < lines.count, "line index out of range")
            return lines[i].isMetadataBearing
        }
    }

    /// Line `i`'s text bytes, read in place (see `withContentBytes`).
    @inline(__always)
    func withTextBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeBufferPointer { lines in
            precondition(i >= 0 && i < lines.count, "line index out of range")
            let line = lines.baseAddress! + i
            return ClassifiedLine.heldBytes(line, line.pointee.textStart, line.pointee.textEnd, body)
        }
    }
}

/// A classified block of text: one `ClassifiedLine` per `\n`-separated input line, in order.
public struct ClassifiedText: Sendable {
    public var lines: [ClassifiedLine]
    /// Line indexes where a joined record begins (`TextBlock.pageEdges`, `BoundaryRecordEdge.swift`).
    public var recordEdges: [Int] = []
    /// The text is a JSONL record that names its own title in a field (`BoundaryTitledRecord.swift`).
    public var titledRecord = false
    public init(lines: [ClassifiedLine]) { self.lines = lines }
}
