#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Choosing LSH bands and rows for a Jaccard threshold.
///
/// With b bands of r rows, two documents of Jaccard similarity s share at least one band with
/// probability P(s) = 1 − (1 − s^r)^b. `optimal` picks b, r (b·r ≤ K) minimising the weighted
/// false-positive area ∫₀ᵗ P(s) ds plus false-negative area ∫ₜ¹ 1 − P(s) ds, exactly as
/// datasketch's `MinHashLSH` does (same search order; the integrals to ~1e-12 as its
/// `scipy.integrate.quad` gives them), so thresholds mean the same thing here as there.
public enum LSHParameters {
    /// Probability that two documents with Jaccard similarity `jaccard` become candidates.
    public static func candidateProbability(jaccard: Double, bands: Int, rows: Int) -> Double {
        1 - pow(1 - pow(jaccard, Double(rows)), Double(bands))
    }

    /// Adaptive Simpson integration to ~1e-12 (the integrands are smooth polynomials).
    static func integrate(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> Double {
        func simpson(_ a: Double, _ b: Double, _ fa: Double, _ fm: Double, _ fb: Double) -> Double {
            (b - a) / 6 * (fa + 4 * fm + fb)
        }
        func refine(_ a: Double, _ b: Double, _ fa: Double, _ fm: Double, _ fb: Double,
                    _ whole: Double, _ eps: Double, _ depth: Int) -> Double {
            let m = (a + b) / 2
            let lm = (a + m) / 2, rm = (m + b) / 2
            let flm = f(lm), frm = f(rm)
            let left = simpson(a, m, fa, flm, fm), right = simpson(m, b, fm, frm, fb)
            let delta = left + right - whole
            if depth <= 0 || abs(delta) <= 15 * eps { return left + right + delta / 15 }
            return refine(a, m, fa, flm, fm, left, eps / 2, depth - 1)
                + refine(m, b, fm, frm, fb, right, eps / 2, depth - 1)
        }
        guard b > a else { return 0 }
        // Start from 64 pieces so a steep polynomial (s^128) cannot hide between samples.
        let pieces = 64
        var total = 0.0
        for i in 0..<pieces {
            let x0 = a + (b - a) * Double(i) / Double(pieces)
            let x1 = i == pieces - 1 ? b : a + (b - a) * Double(i + 1) / Double(pieces)
            let f0 = f(x0), f1 = f(x1), fm = f((x0 + x1) / 2)
            total += refine(x0, x1, f0, fm, f1, simpson(x0, x1, f0, fm, f1), 1e-13, 30)
        }
        return total
    }

    public static func falsePositiveArea(threshold: Double, bands: Int, rows: Int) -> Double {
        integrate({ candidateProbability(jaccard: $0, bands: bands, rows: rows) }, 0, threshold)
    }

    public static func falseNegativeArea(threshold: Double, bands: Int, rows: Int) -> Double {
        integrate({ 1 - candidateProbability(jaccard: $0, bands: bands, rows: rows) }, threshold, 1)
    }

    /// The (bands, rows) minimising `fpWeight`·FP area + `fnWeight`·FN area; ties keep the first
    /// found in the order b = 1…K, r = 1…K/b.
    public static func optimal(
        threshold: Double, permutations: Int,
        falsePositiveWeight: Double = 0.5, falseNegativeWeight: Double = 0.5
    ) -> (bands: Int, rows: Int) {
        precondition(threshold > 0 && threshold < 1 && permutations >= 1)
        var best = (bands: 0, rows: 0)
        var minError = Double.infinity
        for b in 1...permutations {
            for r in 1...(permutations / b) {
                let fp = falsePositiveArea(threshold: threshold, bands: b, rows: r)
                let fn = falseNegativeArea(threshold: threshold, bands: b, rows: r)
                let error = fp * falsePositiveWeight + fn * falseNegativeWeight
                if error < minError {
                    minError = error
                    best = (b, r)
                }
            }
        }
        return best
    }
}
