import ArgumentParser
import WinnowCore

/// `winnow params`: shows which LSH bands × rows a Jaccard threshold gives, and how likely pairs
/// of each similarity are to become candidates, before running a dedup with those settings.
struct ParamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "params",
        abstract: "Show LSH bands/rows for a Jaccard threshold and the candidate probability curve."
    )

    @Option(help: "Jaccard similarity above which documents count as near duplicates (0 < t < 1).")
    var threshold: Double = 0.8

    @Option(help: "MinHash permutations K (signature length).")
    var perms: Int = 128

    @Option(name: .customLong("fp-weight"), help: "Weight of the false-positive area (≥ 0).")
    var fpWeight: Double = 0.5

    @Option(name: .customLong("fn-weight"), help: "Weight of the false-negative area (≥ 0).")
    var fnWeight: Double = 0.5

    @Option(help: "Instead of the weighted areas: the least false-positive banding whose P(candidate) at the threshold reaches this (the pipelines' `lsh_recall`, default there 0.99). 0 = weighted rule.")
    var recall: Double = 0

    func validate() throws {
        guard threshold > 0 && threshold < 1 else {
            throw ValidationError("--threshold must be strictly between 0 and 1 (e.g. 0.8); got \(threshold).")
        }
        guard perms >= 1 && perms <= 4096 else {
            throw ValidationError("--perms must be between 1 and 4096 (128 is typical); got \(perms).")
        }
        guard recall >= 0 && recall < 1 else {
            throw ValidationError("--recall must be in [0, 1), e.g. 0.99 (0 = the weighted rule); got \(recall).")
        }
        guard fpWeight >= 0, fnWeight >= 0, fpWeight + fnWeight > 0 else {
            throw ValidationError("--fp-weight and --fn-weight must be ≥ 0 and not both 0 (default 0.5 each).")
        }
    }

    func run() throws {
        var (b, r) = LSHParameters.optimal(
            threshold: threshold, permutations: perms,
            falsePositiveWeight: fpWeight, falseNegativeWeight: fnWeight)
        if recall > 0 {
            guard let br = LSHParameters.forRecall(threshold: threshold, permutations: perms, recall: recall) else {
                throw ValidationError("No banding of \(perms) permutations reaches P(candidate) ≥ \(recall) at J = \(threshold).")
            }
            (b, r) = br
        }
        print("threshold \(threshold), permutations \(perms): bands b = \(b), rows r = \(r) (b·r = \(b * r))")
        print("J      P(candidate)")
        for j in [0.5, 0.6, 0.7, 0.8, 0.9, 1.0] {
            let p = LSHParameters.candidateProbability(jaccard: j, bands: b, rows: r)
            let label = String(j)
            print(label + String(repeating: " ", count: max(1, 7 - label.count)) + format(p))
        }
        // The pipelines choose by recall (candidates are confirmed by exact Jaccard, so a false
        // positive costs only time): say what they would use, so the two are not confused.
        if recall == 0, let (pb, pr) = LSHParameters.forRecall(threshold: threshold, permutations: perms, recall: 0.99) {
            let p = LSHParameters.candidateProbability(jaccard: threshold, bands: pb, rows: pr)
            print("note: Pipelines/*.yaml default to lsh_recall: 0.99 → b = \(pb), r = \(pr), P(candidate | J = \(threshold)) = \(format(p)) (see --recall)")
        }
    }

    private func format(_ p: Double) -> String {
        let scaled = (p * 10_000).rounded() / 10_000
        return String(scaled)
    }
}
