/// A set of rule families as bits: bit k is the k-th family of the rule file.
///
/// The classifier's per-line masks (`FamilyGate.always`, `ExactKeyTable`) hold this many
/// families; a family past the last bit is still applied, but tried on every line and looked up
/// in its own `Set`. 64 bits ran short at 53 families (news.yaml after the reader families);
/// `RuleNamesTests` says when this must grow again.
typealias FamilyMask = UInt128

extension FamilyMask {
    /// How many families a mask holds.
    static let families = FamilyMask.bitWidth

    /// Family `k` alone (`k < families`).
    @inline(__always)
    static func family(_ k: Int) -> FamilyMask { 1 << FamilyMask(truncatingIfNeeded: k) }

    /// Whether family `k` is in the set; false past the last bit.
    @inline(__always)
    func contains(family k: Int) -> Bool { k < Self.families && self & .family(k) != 0 }
}
