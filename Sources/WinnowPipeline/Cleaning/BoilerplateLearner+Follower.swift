import CWinnowScan
import Foundation

/// A line's *follower*: what the learned pass uses to tell a duplicated story from furniture (see
/// `BoilerplateLearner`). A syndicated story repeated in several dumps keeps its headline above the
/// same lede; furniture sits above ever different prose.
extension BoilerplateLearner {
    /// How many lines below a counted line its follower's prose is looked for, the words a line
    /// needs to be prose, and the words the min-hash takes.
    static let followerWindow = 6
    static let followerLineWords = 8
    static let followerWords = 30

    /// The min-hash of the word triples of the prose below line `i` (0: none within the window).
    /// Words are runs between spaces, hashed on their ASCII letters and digits folded to lower
    /// case and their non-ASCII bytes (a word of ASCII punctuation only, `-` or `|`, is skipped).
    /// A line's word hashes are made once per block, in C (`wordHashes`): the counted lines above
    /// a lede (a headline, its credit, its byline; each line of hard-wrapped copy) look down on
    /// the same prose. Hashing it byte by byte here for each of them was 46 M instructions of a
    /// 1.9 G run over two 2.4 MB dumps (/tmp/cge); now 29 M.
    static func follower(after i: Int, _ buf: UnsafeBufferPointer<UInt8>,
                         _ lines: UnsafeMutableBufferPointer<LineSlot>, _ hashes: inout [UInt64]) -> UInt64 {
        var taken = 0, a: UInt64 = 0, b: UInt64 = 0, best = UInt64.max
        for j in (i + 1)..<min(i + 1 + followerWindow, lines.count) {
            scanNeighbour(j, buf, lines)
            guard lines[j].words >= followerLineWords else { if taken > 0 { break }; continue }
            let words = wordHashes(j, buf, lines, &hashes)
            for k in words {
                let h = hashes[k]
                if taken >= 2 {
                    let t = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (h &* 0x1656_67B1_9E37_79F9)
                    best = min(best, t ^ (t >> 31))
                }
                a = b; b = h; taken += 1
                if taken >= followerWords { return best == 0 ? 1 : best }
            }
        }
        return 0   // under `followerWords` words of prose: too little to tell a lede from a promo's blurb
    }

    /// Where line `j`'s word hashes sit in `hashes` (appended there the first time it is asked):
    /// its first `followerWords` words only, all a follower ever takes from one line (a prose
    /// paragraph's other words are never hashed). Hashed in C (`winnow_word_hashes`: 16 bytes
    /// sorted into separators and hashed bytes at once) into a stack buffer, then appended as one
    /// copy: growing `hashes` by `followerWords` zeros and cutting the unused ones off again went
    /// through the generic `append(contentsOf: Repeated)` and `replaceSubrange` (`follower` on
    /// /tmp/cge: 32.3 M instructions then, 30.9 M now).
    @inline(__always)
    static func wordHashes(_ j: Int, _ buf: UnsafeBufferPointer<UInt8>,
                           _ lines: UnsafeMutableBufferPointer<LineSlot>, _ hashes: inout [UInt64]) -> Range<Int> {
        if lines[j].hashStart < 0 {
            let from = hashes.count
            let count = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: followerWords) { tmp in
                let count = winnow_word_hashes(buf.baseAddress! + lines[j].start, lines[j].end - lines[j].start,
                                               tmp.baseAddress!, followerWords)
                hashes.append(contentsOf: UnsafeBufferPointer(start: tmp.baseAddress!, count: count))
                return count
            }
            lines[j].hashStart = Int32(from)
            lines[j].hashCount = Int32(count)
        }
        let from = Int(lines[j].hashStart)
        return from..<(from + Int(lines[j].hashCount))
    }

    /// Most of the line's documents have a follower, and the followers' sketch holds at most half
    /// the distinct keys that many documents would set if their followers differed (expected bits
    /// of `followed` distinct keys in 64: 64·(1 − (63/64)^followed)). A line and its lede repeated
    /// together: copies of one story.
    static func isDuplicatedStory(_ c: Count) -> Bool {
        guard c.followed * 2 > c.documents else { return false }
        let expected = 64 * (1 - pow(63.0 / 64.0, Double(c.followed)))
        return Double(c.followers.nonzeroBitCount) * 2 <= expected + 1
    }
}
