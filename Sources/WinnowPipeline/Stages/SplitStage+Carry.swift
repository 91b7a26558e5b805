/// The split stage's step for one block, shared by `SplitStage` (a run) and `ExplainSupport`
/// (`winnow explain`), so that what explain shows is the split a run makes, with no second copy
/// of the rule to drift.
///
/// Plain-text dumps arrive in blocks; a story may run across a block's end, so the lines of the
/// last story of a block that is not its file's last are held back and put in front of the next
/// block of the same file (the way a NIO decoder keeps unconsumed bytes until more arrive). A
/// JSONL record is split as a record (`BoundaryRecord.swift`); one whose only content the
/// splitter took for a headline keeps it as its text (`SplitStage.wholeRecord`).
extension SplitStage {
    /// Held lines of a file's unfinished story, and the per-block step that uses them.
    struct Carry {
        /// One block's split.
        struct Step {
            /// The lines split: the held lines of the file's unfinished story, then the block's own.
            var text: ClassifiedText
            /// How many of `text`'s first lines were held from the block before.
            var carried: Int
            /// The stories to write now: the one held back for the next block is not among them.
            var stories: [ExtractedStory]
            /// Every line's fate when asked for (`explain`), but the held-back lines': those take
            /// their fates from the next block's step, the split whose stories the run writes.
            var fates: [LineFate]
            /// The lines the split stripped itself (bylines, teasers, …), by rule: the held-back
            /// lines' are not among them (the next block's step counts them).
            var strips: [(line: Int, rule: String)]
            /// A record kept whole as its text (`SplitStage.wholeRecord`): every line is in it.
            var wholeRecord: Bool
            /// The first line (in `text`) of the story held back for the next block, if one was.
            var held: Int?
        }

        private var lines: [ClassifiedLine] = []
        private var source = -1
        /// Upper bound on held lines, so one endless "story" cannot hold memory forever.
        let maxLines: Int

        init(maxLines: Int) { self.maxLines = maxLines }

        var isEmpty: Bool { lines.isEmpty }

        /// Splits `text`, the classified lines of `block`, behind the lines held from the block
        /// before it when that was of the same file; holds back the last story unless the block
        /// is its file's last. `fates`: also each line's fate, from the same plan (no second split).
        /// `fileStyle`, `prepared`: a JSONL record's file style and its text already scored
        /// (`BoundaryFileStyle.swift`).
        mutating func split(_ text: ClassifiedText, of block: TextBlock, splitter: StorySplitter,
                            fileStyle: StyleTally = StyleTally(), prepared: StorySplitter.Prepared? = nil,
                            fates wantFates: Bool = false) -> Step {
            var text = text, carried = 0, prepared = prepared
            if source == block.sourceIndex && !lines.isEmpty {
                carried = lines.count
                text = ClassifiedText(lines: lines + text.lines)
                prepared = nil   // scored without the held lines
            }
            lines = []
            source = -1
            var unit = SplitStage.stories(of: text, record: block.isRecord, splitter: splitter,
                                          fileStyle: fileStyle, prepared: prepared, fates: wantFates,
                                          final: block.isLastBlock)
            var held: Int?
            if !block.isLastBlock, let last = unit.stories.last, text.lines.count - last.firstLine < maxLines {
                lines = Array(text.lines[last.firstLine...])
                source = block.sourceIndex
                unit.stories.removeLast()
                unit.fates.removeAll { $0.line >= last.firstLine }
                unit.strips.removeAll { $0.line >= last.firstLine }
                held = last.firstLine
            }
            return Step(text: text, carried: carried, stories: unit.stories, fates: unit.fates, strips: unit.strips,
                        wholeRecord: unit.wholeRecord, held: held)
        }
    }

    /// The stories of one unit: a text (a block, maybe behind held lines) or a JSONL record; with
    /// `fates`, each line's fate as well, from the same split. `fileStyle`: a record's file style;
    /// `prepared`: the text already scored for it (`BoundaryFileStyle.swift`), or nil.
    static func stories(of text: ClassifiedText, record: Bool, splitter: StorySplitter,
                        fileStyle: StyleTally = StyleTally(), prepared: StorySplitter.Prepared? = nil,
                        fates wantFates: Bool = false, final: Bool = true)
        -> (stories: [ExtractedStory], fates: [LineFate], strips: [(line: Int, rule: String)], wholeRecord: Bool) {
        let r = splitter.result(text, prepared: prepared, fates: wantFates, record: record,
                                fileStyle: fileStyle, final: final)
        // A record kept whole keeps every line: nothing was stripped from it by the split.
        if record && r.stories.isEmpty, let whole = wholeRecord(text) { return ([whole], r.fates, [], true) }
        return (r.stories, r.fates, r.strips, false)
    }

    /// A JSONL record the splitter found no story in, when its only content reads as a headline
    /// (a one-line record): it keeps that line as its text. A record is a document the user gave
    /// us, and a headline with no body is still its content, not boilerplate.
    static func wholeRecord(_ text: ClassifiedText) -> ExtractedStory? {
        guard let first = text.lines.firstIndex(where: { if case .body = $0.kind { return true }; return false })
        else { return nil }
        let body = text.lines[first...].compactMap { line -> Substring? in
            if case .body = line.kind { return line.content }
            return nil
        }
        return ExtractedStory(title: nil, text: SplitText.joinedLines(body), metadata: [:], firstLine: first)
    }
}
