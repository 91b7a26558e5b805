/// A photo caption set among an article's paragraphs, its credit after the caption's full stop:
/// `At a bus station in Durham, North Carolina, 1940. LIBRARY OF CONGRESS`, `… Venezuela, July
/// 2015. JORGE LOPEZ / REUTERS`, `Wreckage at the crash site on March 11. Photographer: Jane Doe`.
/// Short, open-ended and Title Case, such a line passed for a headline and cut its article in two
/// (b3/b4: 7 of ~60 false starts). A headline never closes a sentence and then names a source in
/// capitals or under a credit label; a caption's credit sits right there.
///
/// In hard-wrapped copy the caption's last line (`2015. JORGE LOPEZ / REUTERS`, `Tewelde/AFP via
/// Getty Images`) is stripped as a credit on its own, and the line above it is all that is left:
/// it is read together with that line (`BoundaryScorer.facts`).
extension SplitText {
    /// Bytes of a credit tail at most: a source's name, a photographer's with an agency.
    static let captionTailBytes = 64

    /// Credit labels that open a caption's tail after its full stop (`… March 11. Photographer: …`).
    private static let creditLabels: [[UInt8]] = ["Photo:", "Photos:", "Photograph:", "Photographer:",
                                                  "Credit:", "Image:", "Picture:"].map { Array($0.utf8) }

    /// `u` is a caption sentence (3+ words, lower-case letters in it) closed by `.` after a word or
    /// number of 2+ characters (not an initial, `John F.`), then a credit tail to the end: a run in
    /// capitals (`LIBRARY OF CONGRESS`, `JORGE LOPEZ / REUTERS`) or a credit label and a name.
    static func endsWithCaptionTail(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = u.count
        while end > 0 && (u[end - 1] == 0x20 || u[end - 1] == 0x09) { end -= 1 }
        // A credit ends on a letter (capitals, a name) or a non-ASCII letter's byte: most lines end on `.`.
        guard end >= 12, u[end - 1].isASCIILetter || u[end - 1] >= 0x80 else { return false }
        var p = end - 2
        let floor = max(2, end - captionTailBytes)
        let base = u.baseAddress!
        while p >= floor {
            // Eight bytes without a `.` (`zeroBytes` is exact for none) are passed at once: the
            // facts ask this of every body line that ends on a letter, most with no `.` near its end.
            if p - 7 >= floor && ByteScan.zeroBytes(ByteScan.load(base, p - 7) ^ 0x2E2E_2E2E_2E2E_2E2E) == 0 { p -= 8; continue }
            if u[p] == 0x2E && u[p + 1] == 0x20 && sentenceBefore(u, p) {
                let tail = UnsafeBufferPointer(rebasing: u[(p + 2)..<end])
                return isCapitalsCredit(tail) || opensWithCreditLabel(tail)
            }
            p -= 1
        }
        return false
    }

    @inline(__always)

    /// The `.` at `p` closes a sentence of 3+ words with a lower-case letter: the word before it
    /// has 2+ letters or digits (`1940.`, `11.`, `JT610.`; not `F.`).
    private static func sentenceBefore(_ u: UnsafeBufferPointer<UInt8>, _ p: Int) -> Bool {
        var k = p - 1, len = 0
        while k >= 0 && (u[k].isASCIILetter || u[k].isASCIIDigit) { len += 1; k -= 1 }
        guard len >= 2 else { return false }
        var lower = false, blanks = 0
        for j in 0..<p {
            let b = u[j]
            if b.isASCIILower { lower = true } else if b == 0x20 { blanks += 1 }
        }
        return lower && blanks >= 2
    }

    /// At most six words in capitals (ASCII capitals or other scripts' bytes, `/ & . ' , -`), with
    /// 4+ capitals: a source or a photographer and agency set in capitals.
    private static func isCapitalsCredit(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var capitals = 0, words = 1
        for b in t {
            switch b {
            case 0x41...0x5A: capitals += 1
            case 0x20: words += 1
            case 0x2F, 0x26, 0x2E, 0x27, 0x2C, 0x2D: break
            case 0x80...: break
            default: return false
            }
        }
        return capitals >= 4 && words <= 6
    }

    /// The tail opens with a credit label (`Photographer: `) and a capitalised name.
    private static func opensWithCreditLabel(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        for l in creditLabels where t.count > l.count + 1 && t.starts(with: l) {
            let n = t[l.count + 1]
            return t[l.count] == 0x20 && (n.isASCIIUpper || n >= 0xC3)
        }
        return false
    }
}

extension BoundaryScorer {
    /// Body line `i` ends open right above a stripped line (no blank between) and the two read as
    /// one caption with its credit tail (`SplitText.endsWithCaptionTail`): the last line of a
    /// hard-wrapped caption was stripped as a credit, its first line was left as a short line.
    func wrapsIntoCaptionCredit(_ i: Int, in lines: [ClassifiedLine], shape: [LineFacts.Shape], ending: LineText.Ending) -> Bool {
        guard ending == .open, i + 1 < lines.count, shape[i + 1] == .credit || shape[i + 1] == .widget else { return false }
        var joined: [UInt8] = []
        lines.withContentBytes(i) { joined.append(contentsOf: $0) }
        joined.append(0x20)
        lines.withTextBytes(i + 1) { joined.append(contentsOf: UnsafeBufferPointer(rebasing: $0[SplitText.trimmedBlankBytes($0)])) }
        return joined.withUnsafeBufferPointer(SplitText.endsWithCaptionTail)
    }
}
