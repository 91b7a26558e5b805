/// `explain` hands each JSONL record the file style the split stage hands it
/// (`SplitStage.recordStyles`, `BoundaryFileStyle.swift`): records tallied in the read's batches
/// of `ReadStage.recordsPerBatch` per file, summed in file order.
extension ExplainSupport {
    static func recordStyles(_ blocks: [TextBlock], classifier: LineClassifier, splitter: StorySplitter) -> [StyleTally] {
        var styles = [StyleTally](repeating: StyleTally(), count: blocks.count)
        var carried = StyleTally(), source = -1
        var i = 0
        while i < blocks.count {
            guard blocks[i].isRecord else { i += 1; continue }
            if blocks[i].sourceIndex != source { source = blocks[i].sourceIndex; carried = StyleTally() }
            var j = i + 1
            while j < blocks.count && j - i < ReadStage.recordsPerBatch && blocks[j].isRecord && blocks[j].sourceIndex == source { j += 1 }
            if j - i > 1 || carried != StyleTally() {
                let own = blocks[i..<j].map { splitter.styleTally(classifier.classify($0.text)) }
                styles.replaceSubrange(i..<j, with: StorySplitter.fileStyles(own, carried: &carried))
            }
            i = j
        }
        return styles
    }
}
