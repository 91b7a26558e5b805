import XCTest
@testable import WinnowPipeline

/// The learned pass's followers (`BoilerplateLearner.follower`) read each prose line's word hashes
/// once per block: the result equals hashing the bytes below every counted line anew, as the
/// reference here does.
final class LearnedFollowerTests: XCTestCase {
    /// The follower of line `i` hashed byte by byte from the lines (the definition).
    private func reference(after i: Int, _ buf: UnsafeBufferPointer<UInt8>, _ lines: [(start: Int, end: Int, words: Int)]) -> UInt64 {
        var taken = 0, a: UInt64 = 0, b: UInt64 = 0, best = UInt64.max
        for j in (i + 1)..<min(i + 1 + BoilerplateLearner.followerWindow, lines.count) {
            guard lines[j].words >= BoilerplateLearner.followerLineWords else { if taken > 0 { break }; continue }
            var h: UInt64 = 0xcbf2_9ce4_8422_2325, inWord = false
            for k in lines[j].start...lines[j].end {
                let c = k < lines[j].end ? buf[k] : 0x20
                if c == 0x20 || c == 0x09 {
                    if inWord {
                        if taken >= 2 {
                            let t = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (h &* 0x1656_67B1_9E37_79F9)
                            best = min(best, t ^ (t >> 31))
                        }
                        a = b; b = h; taken += 1
                        if taken >= BoilerplateLearner.followerWords { return best == 0 ? 1 : best }
                    }
                    h = 0xcbf2_9ce4_8422_2325; inWord = false
                } else {
                    let l = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    if (l >= 0x61 && l <= 0x7A) || (l >= 0x30 && l <= 0x39) || l >= 0x80 {
                        h = (h ^ UInt64(l)) &* 0x100_0000_01B3; inWord = true
                    }
                }
            }
        }
        return 0
    }

    func testFollowersEqualHashingTheBytesBelowEachLine() {
        let config = LearnedConfig(minDocuments: 2, minSources: 1, maxLineChars: 60)
        let pieces = ["Sign up for our newsletter", "Getty Images", "Breaking News From The Coast", "", "  ",
                      "The council met on Tuesday and agreed a budget that officials said",
                      "Officials said the plan - a long one | with pipes - would cover the costs of the school",
                      "Residents, who had waited for years, welcomed the news on Wednesday night in town",
                      "Él dijo que la ciudad tendrá un nuevo parque — «pronto» — según el alcalde hoy",
                      "Short Url", "12:30", "lower case start line that goes on for a good many more words",
                      "Weather\tand\ttabs between the eight words of this line here"]
        var rng = SeededGenerator()
        var nonzero = 0
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...18, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: "\n")
            nonzero += checkFollowers(text, config: config)
        }
        XCTAssertGreaterThan(nonzero, 100, "the blocks give lines with followers")
    }

    /// Asserts that the scan's followers of `text` are the reference's; returns how many are nonzero.
    @discardableResult
    private func checkFollowers(_ text: String, config: LearnedConfig, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let got = BoilerplateLearner.scan(bytes: Array(text.utf8), sourceIndex: 0, config: config)
        // The reference: every line with a key, its words, and the followers of the counted ones.
        let bytes = Array(text.utf8)
        let (want, contexts): ([UInt64], [UInt64]) = bytes.withUnsafeBufferPointer { buf in
            var lines: [(start: Int, end: Int, words: Int)] = [], keys: [UInt64] = []
            var start = 0
            while start < buf.count {
                let end = buf[start...].firstIndex(of: 0x0A) ?? buf.count
                let line = UnsafeBufferPointer(rebasing: buf[start..<end])
                if LineScan.hasKey(line) { lines.append((start, end, LineScan.counts(line).words)); keys.append(LineScan.counts(line).key) }
                start = end + 1
            }
            let at = got.starts.map { s in lines.firstIndex { $0.start == s }! }
            // A counted line's context: the keys of the lines on either side (0 at the block's ends).
            return (at.map { reference(after: $0, buf, lines) },
                    at.map { i in ((i > 0 ? keys[i - 1] : 0) &* 0x9E37_79B9_7F4A_7C15) ^ ((i + 1 < keys.count ? keys[i + 1] : 0) &* 0xC2B2_AE3D_27D4_EB4F) })
        }
        XCTAssertEqual(got.followers, want, file: file, line: line)
        XCTAssertEqual(got.contexts, contexts, file: file, line: line)
        return got.followers.filter { $0 != 0 }.count
    }

    /// A long block, whose lines' word hashes take the ring's slots many times over, where
    /// headlines and credits over one lede take the last follower again (`FollowerMemo`):
    /// followers and contexts stay the reference's.
    func testFollowersOfALongBlockEqualTheReference() {
        // A slot is taken again only when no follower can read its line: more slots than a window.
        XCTAssertGreaterThan(FollowerWordHashes.lineSlots, BoilerplateLearner.followerWindow)
        let config = LearnedConfig(minDocuments: 2, minSources: 1, maxLineChars: 60)
        var rng = SeededGenerator()
        var lines: [String] = []
        for k in 0..<300 {
            // Letters, not digits, tell the lines apart: a digit run keys as `0`, and a key counts
            // once per block.
            let tag = String(UnicodeScalar(UInt8(0x61 + k % 26))) + String(UnicodeScalar(UInt8(0x61 + k / 26)))
            lines.append("Headline \(tag) Of The Day")
            if k % 2 == 0 { lines.append("By Jane \(tag)") }
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let words = (0..<Int.random(in: 6...40, using: &rng)).map { _ in ["the", "council", "said", "Tuesday", "budget", "\(k)", "school", "town"].randomElement(using: &rng)! }
                lines.append(words.joined(separator: " "))
            }
            if k % 7 == 0 { lines.append("Getty Images") }
        }
        XCTAssertGreaterThan(checkFollowers(lines.joined(separator: "\n"), config: config), 150)
    }
}
