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
            let expected = set.map { permute($0, a: hasher.a[k], b: hasher.b[k]) }.min()!
            XCTAssertEqual(sig[k], expected, "permutation \(k)")
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
            ("The quick brown fox jumps over the lazy dog.", [45017097, 845307329, 476222769, 984838606, 854757000, 7769679, 728312385, 837821266]),
            ("Москва — столица России, город федерального значения.", [232921479, 1616799476, 898011800, 925225301, 1929361340, 831547032, 2433295491, 1659222482]),
            ("東京は日本の首都です。", [4227392404, 1965879223, 4071946478, 283129204, 3909674749, 1177575541, 2814439262, 3616408240]),
        ]
        for (text, expected) in vectors {
            XCTAssertEqual(Array(hasher.signature(text).prefix(8)), expected, text)
        }
        var h: [UInt64] = []
        var s = "winnow"
        s.withUTF8 { Tokenizer().tokenHashes($0, seed: 1, into: &h) }
        XCTAssertEqual(h, [5990582340770822882])
        XCTAssertEqual(params.bandKeys(hasher.signature("The quick brown fox jumps over the lazy dog.")).first, 12904321631028481052)
    }
}
