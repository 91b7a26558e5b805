import XCTest
@testable import WinnowCore

final class MinHashTests: XCTestCase {
    let params = SketchParameters(ngram: 5, permutations: 128, bands: 9, rows: 13, seed: 1)

    func testKernelMatchesScalarReference() {
        let hasher = MinHasher(parameters: params)
        let text = "the quick brown fox jumps over the lazy dog and runs far away into the deep dark forest"
        let sig = hasher.signature(text)
        let set = hasher.shingleSet(text)
        XCTAssertEqual(set.count, 14)
        for k in 0..<params.permutations {
            let expected = set.map { permute(shingleKey($0), a: hasher.a[k], b: hasher.b[k]) }.min()!
            XCTAssertEqual(sig[k], expected, "permutation \(k)")
        }
    }

    /// The rolling shingle polynomial equals Σ tok[s + j]·W^(width−1−j) computed from scratch for
    /// every window (full windows, and the single short-document window).
    func testRollingShinglesMatchDirectPolynomial() {
        let hasher = MinHasher(parameters: params)
        for text in ["the quick brown fox jumps over the lazy dog and runs far away into the deep dark forest",
                     "one two three", String(repeating: "alpha beta gamma delta epsilon zeta eta ", count: 30)] {
            var toks: [UInt64] = []
            var copy = text
            copy.withUTF8 { Tokenizer().tokenHashes($0, seed: params.seed, into: &toks) }
            let width = min(params.ngram, toks.count)
            let final = hasher.shingleSeed ^ UInt64(width) ^ secret2
            var expected: [UInt64] = []
            for s in 0...(toks.count - width) {
                var h: UInt64 = 0
                for j in 0..<width { h = h &* hasher.shingleMultiplier &+ toks[s + j] }
                expected.append(mum(h ^ secret0, final))
            }
            XCTAssertEqual(hasher.shingleSet(text), Array(Set(expected)).sorted(), text)
        }
    }

    func testShortDocumentsGetOneShingle() {
        let hasher = MinHasher(parameters: params)
        XCTAssertEqual(hasher.shingleSet("just three words").count, 1)
        XCTAssertEqual(hasher.shingleSet("one").count, 1)
        XCTAssertEqual(hasher.shingleSet("exactly five words in here").count, 1)
        XCTAssertEqual(hasher.shingleSet("exactly six words in here now").count, 2)
        var sig: [UInt32] = []
        let n = "  ,,, ".utf8.withContiguousStorageIfAvailable { hasher.sign($0, into: &sig) }
        XCTAssertEqual(n, 0)
        XCTAssertEqual(sig, [UInt32](repeating: .max, count: 128))
    }

    func testShinglesAreOrderSensitiveAndCaseInsensitive() {
        let hasher = MinHasher(parameters: params)
        XCTAssertEqual(hasher.signature("A B C D E"), hasher.signature("a, b; c: d. e!"))
        XCTAssertNotEqual(hasher.signature("a b c d e"), hasher.signature("e d c b a"))
        XCTAssertEqual(hasher.shingleSet("a b c d e f a b c d e f"), hasher.shingleSet("a b c d e f a b c d e f a"))
    }

    func testScratchReuseGivesSameSignatures() {
        let hasher = MinHasher(parameters: params)
        let short = "a short text with a few words"
        let long = String(repeating: "many different words appear in this long text ", count: 200)
        let s1 = hasher.signature(short)
        _ = hasher.signature(long)
        XCTAssertEqual(hasher.signature(short), s1)
        XCTAssertEqual(MinHasher(parameters: params).signature(long), hasher.signature(long))
    }

    func testNonMultipleOf16Permutations() {
        let p = SketchParameters(ngram: 3, permutations: 20, bands: 4, rows: 5)
        let sig = MinHasher(parameters: p).signature("one two three four five six")
        XCTAssertEqual(sig.count, 20)
        let p128 = SketchParameters(ngram: 3, permutations: 128, bands: 4, rows: 5)
        XCTAssertEqual(Array(MinHasher(parameters: p128).signature("one two three four five six").prefix(20)), sig)
    }

    /// Pins the output: any change here means stored sketches are no longer comparable, and
    /// `SketchParameters.currentHashFunction` must change with it.
    func testFixedVectors() {
        let hasher = MinHasher(parameters: params)
        let vectors: [(String, [UInt32])] = [
            ("The quick brown fox jumps over the lazy dog.", [173015966, 1450014627, 223238425, 565704636, 723966222, 960159630, 1301142412, 373126902]),
            ("Москва — столица России, город федерального значения.", [1860063212, 811295846, 2503281273, 375236295, 1147896400, 1705401106, 2273957649, 2178254008]),
            ("東京は日本の首都です。", [3051008140, 3683100579, 3485004972, 1662249795, 2791748202, 245338064, 2565157804, 2860685524]),
        ]
        for (text, expected) in vectors {
            XCTAssertEqual(Array(hasher.signature(text).prefix(8)), expected, text)
        }
        var h: [UInt64] = []
        var s = "winnow"
        s.withUTF8 { Tokenizer().tokenHashes($0, seed: 1, into: &h) }
        XCTAssertEqual(h, [5990582340770822882])
        XCTAssertEqual(params.bandKeys(hasher.signature("The quick brown fox jumps over the lazy dog.")).first, 15646087736409447394)
    }
}

final class SketchVersionTests: XCTestCase {
    /// Sketches of the previous hash function (64-bit multiply-shift, v1) are refused, never
    /// compared: the message names both ids.
    func testPreviousHashFunctionIsIncompatible() {
        let current = SketchParameters(ngram: 5, permutations: 128, bands: 16, rows: 6)
        var old = current
        old.hashFunction = "winnow-wy64-ms32-v1"
        let message = old.incompatibility(with: current)
        XCTAssertEqual(message, "hash function winnow-wy64-ms32-v1 ≠ \(SketchParameters.currentHashFunction)")
        XCTAssertNotNil(old.validationError())
        XCTAssertNil(current.incompatibility(with: current))
    }
}
