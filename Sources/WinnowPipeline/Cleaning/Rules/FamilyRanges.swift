/// The rule families a line's length and word count leave in range (`max_chars`, `max_words`),
/// as one mask per length and per word count, so the classifier's loop over families visits only
/// those (with `FamilyGate.endCandidates`) instead of loading every family to compare its limits.
///
/// A superset past the tables' last index (a line of 300 scalars reads the 256 row: families
/// with `max_chars` ≥ 256): the loop still tests each visited family's own limits, so the masks
/// only skip families those tests would skip. Families past `FamilyMask.families` are in no mask;
/// the classifier tries them after the masked ones, as before.
struct FamilyRanges {
    /// Rows for 0…256 scalars and 0…64 words; the last row of each stands for every larger count.
    static let charRows = 256, wordRows = 64
    private let byChars: [FamilyMask]
    private let byWords: [FamilyMask]

    /// `everyFamily`: every row holds every family (the tests' reference, as `FamilyGate`'s).
    init(_ families: [CompiledFamily], everyFamily: Bool = false) {
        let masked = families.prefix(FamilyMask.families).enumerated()
        byChars = (0...Self.charRows).map { c in
            masked.reduce(FamilyMask(0)) { m, f in everyFamily || f.element.maxChars >= c ? m | .family(f.offset) : m }
        }
        byWords = (0...Self.wordRows).map { w in
            masked.reduce(FamilyMask(0)) { m, f in everyFamily || f.element.maxWords >= w ? m | .family(f.offset) : m }
        }
    }

    /// Families whose limits a line of `chars` scalars and `words` words may meet (a superset).
    @inline(__always)
    func candidates(chars: Int, words: Int) -> FamilyMask {
        byChars[min(chars, Self.charRows)] & byWords[min(words, Self.wordRows)]
    }
}
