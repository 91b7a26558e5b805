/// Used when the pipeline cleans but does not split: each record (or text file block) becomes one
/// document made of its kept lines; stripped lines' metadata (credits, dates) is gathered.
public final class KeptLinesStage: PipelineStage {
    public typealias Input = CleanedBlock
    public typealias Output = Document

    public let name = "documents"
    public let stats = StageStats(name: "documents")
    let context: RunContext

    public init(context: RunContext) { self.context = context }

    public func process(_ batch: [CleanedBlock], emit: ([Document]) throws -> Void) throws {
        stats.seen += batch.count
        var docs: [Document] = []
        for item in batch {
            var kept: [Substring] = []
            var metadata = item.block.metadata
            for line in item.classified.lines {
                for (k, v) in line.metadata {
                    if case .array(let add) = v, case .array(let have)? = metadata[k] { metadata[k] = .array(have + add) }
                    else { metadata[k] = v }
                }
                switch line.kind {
                case .body: kept.append(line.content)
                case .blank: if let last = kept.last, !last.isEmpty { kept.append("") }
                case .stripped(let rule, _): stats.count("lines_stripped.\(rule)")
                }
            }
            while kept.last == "" { kept.removeLast() }
            let text = SplitText.joinedLines(kept)
            guard !text.isEmpty else {
                stats.drop("no_text")
                try context.reject(Rejection(source: item.block.source, position: item.block.position, reason: "no_text",
                                             detail: "nothing but boilerplate or blank lines", excerpt: excerpt(item.block.text)))
                continue
            }
            let id = DocumentID.derive(recordID: item.block.recordID, storyIndex: item.block.blockIndex, storyCount: 1,
                                       source: item.block.source, text: text)
            docs.append(Document(id: id, text: text, title: nil, source: item.block.source, metadata: metadata,
                                 sourceIndex: item.block.sourceIndex, storyIndex: item.block.blockIndex,
                                 position: item.block.position))
        }
        stats.passed += docs.count
        try emit(docs)
    }
}
