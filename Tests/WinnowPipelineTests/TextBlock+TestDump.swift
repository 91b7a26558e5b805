@testable import WinnowPipeline

extension TextBlock {
    /// A whole text dump `f<source>.txt` read as one block: the unit the learner's tests count
    /// documents and sources in.
    static func dump(_ text: String, source: Int) -> TextBlock {
        TextBlock(source: "f\(source).txt", sourceIndex: source, blockIndex: 0, isLastBlock: true,
                  position: InputPosition(line: 1, byteOffset: 0), text: text)
    }
}
