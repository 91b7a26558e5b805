/// A short name line (`Arizona Daily Star`) whose words the paragraphs right above already print
/// as a name, in an intro announcing what follows (`The op-ed, published in today's Arizona Daily
/// Star, is printed below.`): the source label of a piece quoted whole, not a new story's
/// headline. A section label (`National`, `White House`) over a new story still titles it: the
/// story above may name it, but does not close on a note pointing below (`below`, a closing colon).
extension BoundaryPlanner {
    /// Words of a label at most, and body words looked at above (the intro's paragraph or two).
    static let sourceLabelMaxWords = 4
    static let sourceLabelLookbackWords = 60
    static let sourceLabelLookbackLines = 16

    static func isSourceLabel(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard lines[i].words >= 1 && lines[i].words <= sourceLabelMaxWords else { return false }
        guard lines.withContentBytes(i, { isCapitalisedName($0) }) else { return false }
        var words = 0, named = false, pointsBelow = false
        var j = i - 1
        while j >= 0 && j >= i - sourceLabelLookbackLines && words < sourceLabelLookbackWords {
            // Kept lines only: the intro is body text of the story the quote belongs to.
            if case .body = lines[j].kind {
                if !named && lines.withContentBytes(i, { name in
                    lines.withContentBytes(j) { containsPhrase($0, name) } }) { named = true }
                if !pointsBelow && lines.withContentBytes(j, { pointsBelowIt($0) }) { pointsBelow = true }
                if named && pointsBelow { return true }
                words += lines[j].words
            }
            j -= 1
        }
        return false
    }

    /// An intro's announcing cue: the word `below`, or a closing colon (`… from Monday's program:`).
    static func pointsBelowIt(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        s.last == UInt8(ascii: ":") || ByteSearch.containsWordFoldingASCII(s, below)
    }
    private static let below = Array("below".utf8)

    /// Every word starts with an ASCII capital or digit and no sentence punctuation closes it.
    static func isCapitalisedName(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = s.last, last != UInt8(ascii: "."), last != UInt8(ascii: ":"),
              last != UInt8(ascii: "?"), last != UInt8(ascii: "!") else { return false }
        var atWordStart = true
        for b in s {
            if b == 0x20 { atWordStart = true; continue }
            if atWordStart {
                guard b.isASCIIUpper || b.isASCIIDigit else { return false }
                atWordStart = false
            }
        }
        return true
    }

    /// `text` holds `name` case-sensitively between word edges (letters and digits).
    static func containsPhrase(_ text: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = name.count, m = text.count
        guard n > 0, m >= n else { return false }
        func isWordByte(_ b: UInt8) -> Bool { b.isASCIILetter || b.isASCIIDigit || b >= 0x80 }
        var from = 0
        while let k = ByteSearch.offset(of: name, in: text, from: from) {
            let before = k == 0 || !isWordByte(text[k - 1])
            let after = k + n == m || !isWordByte(text[k + n])
            if before && after { return true }
            from = k + 1
        }
        return false
    }
}
