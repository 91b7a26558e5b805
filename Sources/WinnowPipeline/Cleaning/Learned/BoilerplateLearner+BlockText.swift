import Foundation

extension BoilerplateLearner {
    /// Valid UTF-8 text, as a String or as bytes.
    enum BlockText {
        case string(String)
        case bytes([UInt8])

        var count: Int {
            switch self {
            case .string(let s): return s.utf8.count
            case .bytes(let b): return b.count
            }
        }

        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            switch self {
            case .string(let s): return SplitText.withBytes(s, body)
            case .bytes(let b): return b.withUnsafeBufferPointer(body)
            }
        }
    }
}
