/// Which inputs the learned-boilerplate pass reads when `clean.learned.sample_bytes` caps it: the
/// issue allows "a first pass over a sample". Inputs within the budget are read whole (so small
/// runs learn exactly what a full pass learns). Over it, with `f` = budget / total input bytes:
///
/// - a file whose share `f × size` is at least `minHead` bytes is read for a head of that many
///   input bytes (one 10 GB file is sampled too, and each big file in proportion to its size);
/// - the other files are read whole, at an even stride over the sorted input list (file `i` when
///   `⌊(i+1)·f⌋ > ⌊i·f⌋`), so the sample spreads over the whole run rather than its first files.
///
/// The plan depends on the sorted list and sizes only, never on the thread count.
struct LearnedSample {
    /// Input index and the input bytes to read of it (nil: the whole file), in input order.
    var reads: [(index: Int, headBytes: Int64?)]

    /// Heads smaller than this are not worth opening a file for: such files are taken whole at a stride.
    static let minHead: Int64 = 8 << 20

    static func plan(sizes: [Int64], budget: Int64, minHead: Int64 = minHead) -> LearnedSample {
        let total = sizes.reduce(0, +)
        if budget <= 0 || total <= budget { return LearnedSample(reads: sizes.indices.map { ($0, nil) }) }
        let f = Double(budget) / Double(total)
        var reads: [(index: Int, headBytes: Int64?)] = []
        var small = 0   // position among the files taken at a stride
        for (i, size) in sizes.enumerated() {
            let share = Int64((Double(size) * f).rounded(.up))
            if share >= minHead {
                reads.append((i, share))
            } else {
                if (Double(small + 1) * f).rounded(.down) > (Double(small) * f).rounded(.down) { reads.append((i, nil)) }
                small += 1
            }
        }
        // A budget too small for any stride step still reads one file: the middle one.
        if reads.isEmpty, !sizes.isEmpty { reads.append((sizes.count / 2, nil)) }
        return LearnedSample(reads: reads)
    }

    /// Input bytes the plan reads at most (heads stop at the first line end past their bytes).
    func bytes(sizes: [Int64]) -> Int64 { reads.reduce(0) { $0 + ($1.headBytes ?? sizes[$1.index]) } }
}
