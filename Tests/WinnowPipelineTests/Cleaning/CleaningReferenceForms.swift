@testable import WinnowPipeline

// Reference forms of the cleaning fast paths, used only by tests to check them against.

extension PairTable {
    /// Marks the pairs of `folded` as a new line's (what `LineText.foldWithPairs` marks while folding).
    func fill(from folded: UnsafeBufferPointer<UInt8>) {
        let s = nextLine()
        var prev = Self.noPrevious
        for b in folded {
            stamps[prev | Int(b & 0x7F)] = s
            prev = Int(b & 0x7F) << 7
        }
    }
    /// The pair slots marked for the current line, ascending (for tests).
    var marked: [Int] { (0..<Self.pairSlots).filter { stamps[$0] == stamp } }
}

extension LineBigrams {
    /// The distinct pair indices of `literal` (empty for literals under 2 bytes: no condition).
    static func indices(_ literal: [UInt8]) -> [UInt16] {
        guard literal.count >= 2 else { return [] }
        return Array(Set((1..<literal.count).map { UInt16(index(literal[$0 - 1], literal[$0])) })).sorted()
    }
}

extension LineText {
    /// Number of Unicode scalars (what `max_chars` counts; equals the character count except for
    /// combining sequences).
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// `wordCount` on UTF-8 bytes.
    static func wordCount(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0, inWord = false
        for b in bytes {
            if b == 0x20 || b == 0x09 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }
}

extension SplitText {
    /// `titleCaseShare` by Unicode scalars (the definition the byte walk is tested against).
    static func titleCaseShareOfScalars(_ s: String) -> Double {
        var long = 0, caps = 0
        var len = 0, first: Bool? = nil
        func flush() {
            if len >= 4 { long += 1; if first == true { caps += 1 } }
            len = 0; first = nil
        }
        for u in s.unicodeScalars {
            if u == " " { flush(); continue }
            len += 1
            guard first == nil else { continue }
            if u.isASCII {
                let v = u.value
                if v >= 0x41 && v <= 0x5A { first = true } else if v >= 0x61 && v <= 0x7A { first = false }
            } else if u.properties.isAlphabetic {
                first = u.properties.isUppercase
            }
        }
        flush()
        return long == 0 ? 0 : Double(caps) / Double(long)
    }
}

extension LineBigrams {
    /// Whether every pair in `needle` (indices from `indices`) may occur in the line.
    func containsAll(_ needle: UnsafeBufferPointer<UInt16>) -> Bool {
        for k in needle where stamps[Int(k)] != stamp { return false }
        return true
    }
}
