/// A line set in capitals never wraps onto a line in mixed case, nor the reverse: a hard-wrapped
/// paragraph keeps its case across the wrap, and a headline set in capitals above its dek or
/// lede (`WITH COMMON CORE TESTS, A LOT AT STAKE FOR FIRST-YEAR PRINCIPAL` / `This story is the
/// third in …`) is as wide as the wrap width as often as not: the classic reflow test would join
/// them, and the headline, glued to a sentence, would never be a candidate. A lede whose opening
/// words are set in capitals across the wrap (`WHAT DEMOLITION DERBY REVEALS ABOUT THE TRUMP` /
/// `APOCALYPSE: There is no single …`) goes on in capitals: the words at the wrap share their case.
/// A last word with no letters (a phone number) takes the case of its line.
extension Reflow {
    /// Body line `i` is set in capitals (`SplitText.isAllCapitals`) and the first word of line
    /// `i + 1` has a lowercase letter, or line `i + 1` is set in capitals and the last word of
    /// line `i` has one.
    static func changesCase(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        if lines.withContentBytes(i, SplitText.isAllCapitals) {
            return lines.withContentBytes(i + 1) { hasLowercase(firstWord($0)) }
        }
        if lines.withContentBytes(i + 1, SplitText.isAllCapitals) {
            // A last word without letters (`(703)-683-5004`, `2016.`) has no case of its own: the
            // line's other words tell it (a contact line over a headline in capitals).
            return lines.withContentBytes(i) { u in
                let last = lastWord(u)
                return hasLowercase(last) || !hasLetter(last) && hasLowercase(u[...])
            }
        }
        return false
    }

    static func hasLowercase(_ u: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        u.contains { $0.isASCIILower }
    }

    static func hasLetter(_ u: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        u.contains { $0.isASCIILetter || $0 >= 0xC0 }
    }

    static func firstWord(_ u: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>.SubSequence {
        let rest = u.drop { $0 == 0x20 || $0 == 0x09 }
        return rest.prefix { $0 != 0x20 && $0 != 0x09 }
    }

    static func lastWord(_ u: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>.SubSequence {
        var e = u.count
        while e > 0 && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
        var s = e
        while s > 0 && u[s - 1] != 0x20 && u[s - 1] != 0x09 { s -= 1 }
        return u[s..<e]
    }

    /// Fewest words of a line in capitals that `runsOnInCapitals` joins to the next.
    static let capitalsRunOnMinWords = 3

    /// Body line `i` is set in capitals, has `capitalsRunOnMinWords` words or more and ends with
    /// a comma, and line `i + 1` is set in capitals too: a headline in capitals that a printed
    /// column broke after its comma (`THEIR BOSS STAYS ON THE SIDELINE,` / `BUT OBAMA AIDES TILT
    /// TO CLINTON`). A headline is set wider than the body's wrap, so its first line is often too
    /// short for the width test; but no headline ends with a comma, and the words after it keep
    /// its case. Read apart, the first line stayed in the story above and the second alone was the
    /// title. (A dateline place alone, `WASHINGTON,`, has too few words.)
    static func runsOnInCapitals(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        guard lines[i].words >= capitalsRunOnMinWords,
              lines.withContentBytes(i, { $0.last == 0x2C && SplitText.isAllCapitals($0) }) else { return false }
        return lines.withContentBytes(i + 1, SplitText.isAllCapitals)
    }
}
