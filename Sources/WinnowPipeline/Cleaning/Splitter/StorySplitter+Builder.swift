/// The story `StorySplitter.Pass` is assembling: its title, body runs and metadata.
extension StorySplitter {
    /// A story being assembled.
    struct Builder {
        var title: String?
        var titleKey: UInt64?
        /// The title's merged line index (its header block is checked against it).
        var titleLine: Int?
        var firstLine: Int
        /// Body text as byte ranges of the block's Strings (one String is made per story, by
        /// `finish`): each a run of lines that follow one another in the block. Ranges, not
        /// Substrings: a slice aligned two String indices and each join an append of a few hundred
        /// instructions, per run (nearly one a line: paragraphs sit a blank line apart), 27 M on
        /// three e2e dumps; `finish` copies the bytes into the story's String in one pass.
        var body: [BodyRun] = []
        /// The run being extended: its lines' storage, its first byte and where its last line ends
        /// (byte offsets: the run's Substring is made once, when it ends, not one per kept line
        /// read through `content`, which aligned two String indices each).
        var run: String?
        var runStart = 0, runEnd = 0
        var metadata: [String: JSONValue] = [:]
        /// Furniture lines stripped so far in the header (at most `BoundaryScorer.maxFurniture`).
        var furniture = 0
        /// Captions and teasers stripped so far in the header (`BoundaryScorer.isTeaser`).
        var teasers = 0

        /// No text yet: only stripped lines (or none) since the story started.
        var isOpening: Bool { run == nil && body.isEmpty }

        mutating func absorb(_ meta: [String: JSONValue]) {
            guard !meta.isEmpty else { return }  // most lines carry none: skip the sort
            for (k, v) in meta.sorted(by: { $0.key < $1.key }) {
                if case .array(let new) = v {
                    if case .array(let old)? = metadata[k] { metadata[k] = .array(old + new) } else { metadata[k] = v }
                } else if metadata[k] == nil {
                    metadata[k] = v
                }
            }
        }

        /// Adds a kept line's content to the body. A line that starts right after the `\n` ending
        /// the run, in the same String, extends the run: the run's bytes are then the lines joined
        /// by `\n`, what `joinedLines` would write.
        /// `dropping`: bytes of the content left out at its start (a box item cut off the lede).
        /// Takes the line's `contentSpan`, not the line: `append(lines[i])` copied the whole line out
        /// of the array (retaining its storage, kind and rule box, then releasing them) for every
        /// kept line; `lines[i].contentSpan` reads the two fields in place.
        /// Kept line `i`: its content and the metadata it bears, read in place (a copy of the line
        /// would retain every field).
        mutating func keep(_ i: Int, of lines: [ClassifiedLine]) {
            append(span: lines[i].contentSpan)
            if lines[i].isMetadataBearing { absorb(lines[i].metadata) }
        }

        mutating func append(span: (storage: String, bytes: Range<Int>), dropping: Int = 0) {
            let from = span.bytes.lowerBound + dropping
            if let r = run {
                if SplitText.follows(from, in: span.storage, r, runEnd) { runEnd = span.bytes.upperBound; return }
                body.append(BodyRun(storage: r, start: runStart, end: runEnd))
            }
            run = span.storage
            runStart = from; runEnd = span.bytes.upperBound
        }

        mutating func finish() -> ExtractedStory? {
            if let r = run {
                body.append(BodyRun(storage: r, start: runStart, end: runEnd))
                run = nil
            }
            guard !body.isEmpty else { return nil }
            return ExtractedStory(title: title.map(QuotedTitle.unquoted), text: BodyRun.joined(body), metadata: metadata,
                                  firstLine: firstLine)
        }
    }
}
