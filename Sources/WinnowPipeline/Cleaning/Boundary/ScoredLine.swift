/// A line's boundary score as the splitter builds it: the features that fired, in order, and the
/// weighted sum they add up to (`BoundaryScorer` scores, `BoundaryPlanner` adds text-level
/// features and notes, `explain` prints them).

/// Feature weights indexed by the feature's case number.
struct FeatureWeights {
    private let table: [Double]

    init(_ weights: [SplitFeature: Double]) {
        // `FiredFeatures` keeps one bit per feature in four UInt64 words, and an ordinal in a byte.
        precondition(SplitFeature.allCases.count <= 256, "FiredFeatures.mask holds at most 256 features")
        table = SplitFeature.allCases.map { weights[$0] ?? 0 }
    }

    /// Inlined: the planner reads weights ~8 times a scored line, and the call cost more than the load.
    @inline(__always)
    subscript(f: SplitFeature) -> Double { table[f.ordinal] }
}

extension SplitFeature {
    /// The case's position in `allCases`: a payload-free enum is stored as its case number.
    @inline(__always) var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}

/// The features fired on one line, in firing order (a feature may fire twice), with no heap
/// allocation: ordinals packed inline (an array per scored line was several allocations as it
/// grew), and a four-word bit mask (256 features) so `contains` is one AND.
struct FiredFeatures: Sequence {
    private var mask: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The first `inline` ordinals, one byte each, written and read through their bytes: a
    /// `SIMD32` element set at a run-time index went through the stack as a whole vector.
    private var order: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private static let inline = 32
    /// Features past the 32 inline ones (never seen on real lines; kept for correctness). nil, not
    /// an empty array: a copy of a score has no array to retain.
    private var overflow: [SplitFeature]?
    private(set) var count = 0

    @inline(__always)
    mutating func append(_ f: SplitFeature) {
        let o = f.ordinal, bit = UInt64(1) << UInt64(o & 63)
        switch o >> 6 {
        case 0: mask.0 |= bit
        case 1: mask.1 |= bit
        case 2: mask.2 |= bit
        default: mask.3 |= bit
        }
        let k = count, ordinal = UInt8(f.ordinal)
        if k < Self.inline { withUnsafeMutableBytes(of: &order) { $0[k] = ordinal } } else { appendOverflow(f) }
        count = k + 1
    }

    /// Out of line: inlined, the array append made every `ScoredLine.add` save and restore five
    /// registers (16 of its ~38 instructions) for a path real lines never take.
    @inline(never)
    private mutating func appendOverflow(_ f: SplitFeature) { overflow = (overflow ?? []) + [f] }

    /// The ordinal of the `k`-th feature (k < `inline`).
    fileprivate func ordinal(at k: Int) -> UInt8 { withUnsafeBytes(of: order) { $0[k] } }

    @inline(__always) func contains(_ f: SplitFeature) -> Bool {
        let o = f.ordinal, bit = UInt64(1) << UInt64(o & 63)
        switch o >> 6 {
        case 0: return mask.0 & bit != 0
        case 1: return mask.1 & bit != 0
        case 2: return mask.2 & bit != 0
        default: return mask.3 & bit != 0
        }
    }

    struct Iterator: IteratorProtocol {
        fileprivate let fired: FiredFeatures
        fileprivate var k = 0
        mutating func next() -> SplitFeature? {
            guard k < fired.count else { return nil }
            defer { k += 1 }
            if k < FiredFeatures.inline { return unsafeBitCast(fired.ordinal(at: k), to: SplitFeature.self) }
            return fired.overflow![k - FiredFeatures.inline]
        }
    }

    func makeIterator() -> Iterator { Iterator(fired: self) }
}

/// The features that fire on one line, with the score they add up to.
///
/// The planner passes scores around by value (candidates, rejected lines, style passes), so a copy
/// must be cheap: the rarely set parts (values, notes) live in one box that is nil on most lines.
/// A copy then retains nothing but that box, where two arrays were two retains and two releases.
struct ScoredLine {
    var score: Double = 0
    var fired = FiredFeatures()
    /// Shaped as a two-sentence headline with a prose lede: `two_sentence_headline` is pending
    /// until the planner measures headline affinity (`BoundaryPlanner.plan`).
    var twoSentences = false
    /// Values and notes; nil until the first one (copy on write: `extrasForWriting`).
    private var extras: Extras?

    /// The parts of a score few lines have.
    private final class Extras {
        var notes: [String] = []
        var values: [(feature: SplitFeature, value: Double)] = []

        func copy() -> Extras {
            let e = Extras()
            e.notes = notes
            e.values = values
            return e
        }
    }

    /// Planner decisions, for `explain`.
    var notes: [String] {
        get { extras?.notes ?? [] }
        set { extrasForWriting().notes = newValue }
    }
    /// Values behind the features (cohesion similarity), formatted only by `describe`.
    var values: [(feature: SplitFeature, value: Double)] {
        get { extras?.values ?? [] }
        set { extrasForWriting().values = newValue }
    }

    /// The box, made or copied so this score alone holds it.
    private mutating func extrasForWriting() -> Extras {
        if extras == nil { extras = Extras() } else if !isKnownUniquelyReferenced(&extras) { extras = extras!.copy() }
        return extras!
    }

    mutating func note(_ s: String) { extrasForWriting().notes.append(s) }

    /// The value feature `f` was scored with (cohesion, headline affinity), if it was.
    func value(of f: SplitFeature) -> Double? { extras?.values.first { $0.feature == f }?.value }

    /// A feature with a value: adds weight × value (the cohesion similarity).
    mutating func add(_ f: SplitFeature, value: Double, _ weights: FeatureWeights) {
        score += weights[f] * value
        fired.append(f)
        extrasForWriting().values.append((f, value))
    }

    mutating func add(_ f: SplitFeature, _ weights: FeatureWeights) {
        score += weights[f]
        fired.append(f)
    }

    /// `name=weight` strings for `explain`.
    func describe(_ weights: FeatureWeights) -> [String] {
        fired.map { "\($0.rawValue)=\(weights[$0])" }
            + values.map { String(format: "%@=%.3f", $0.feature.rawValue, $0.value) } + notes
    }
}
