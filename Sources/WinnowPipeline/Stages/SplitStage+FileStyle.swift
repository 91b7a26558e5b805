/// The style tally of the JSONL file being split, carried from record to record and from batch to
/// batch (`BoundaryFileStyle.swift`). One rule for the split stage and `winnow explain`: which
/// records are tallied together and what each is handed.
extension SplitStage {
    struct FileStyleCarry {
        private var source = -1
        private var carried = StyleTally()

        /// Each block's file style: for each run of consecutive records of one file in `blocks`
        /// (at most `runLimit` of them), `tally` gives each record's own tally and what the caller
        /// keeps of the work (the split stage: the scored record). A record is handed the file's
        /// tally so far, its run's included, less its own. Text blocks get zero, and a file's lone
        /// record with nothing carried is not tallied (the others' sum is zero).
        mutating func styles<Kept>(_ blocks: [TextBlock], runLimit: Int = .max,
                                   tally: (Range<Int>) -> [(own: StyleTally, kept: Kept)]) -> (styles: [StyleTally], kept: [Kept?]) {
            var styles = [StyleTally](repeating: StyleTally(), count: blocks.count)
            var kept = [Kept?](repeating: nil, count: blocks.count)
            var i = 0
            while i < blocks.count {
                guard blocks[i].isRecord else { i += 1; continue }
                let file = blocks[i].sourceIndex
                var j = i + 1
                while j < blocks.count && j - i < runLimit && blocks[j].isRecord && blocks[j].sourceIndex == file { j += 1 }
                if source != file { source = file; carried = StyleTally() }
                if j - i > 1 || carried != StyleTally() {
                    let run = tally(i..<j)
                    styles.replaceSubrange(i..<j, with: StorySplitter.fileStyles(run.map(\.own), carried: &carried))
                    kept.replaceSubrange(i..<j, with: run.map { Optional($0.kept) })
                }
                i = j
            }
            return (styles, kept)
        }
    }
}
