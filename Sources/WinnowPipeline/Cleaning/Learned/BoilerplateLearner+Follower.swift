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
    /// A line's word hashes are made once, in C (`FollowerWordHashes`): the counted lines above
    /// a lede (a headline, its credit, its byline; each line of hard-wrapped copy) look down on
    /// the same prose. Hashing it byte by byte here for each of them was 46 M instructions of a
    /// 1.9 G run over two 2.4 MB dumps (/tmp/cge); now 29 M.
    ///
    /// The lines above one lede (a headline, its byline, its dateline) reach the same prose: what
    /// the last follower found is kept (`FollowerMemo`) and taken again by a line whose first
    /// prose line is the same and whose window covers every line that follower read.
    static func follower(after i: Int, _ buf: UnsafeBufferPointer<UInt8>,
                         _ lines: UnsafeMutableBufferPointer<LineSlot>, _ hashes: inout FollowerWordHashes,
                         _ memo: inout FollowerMemo) -> UInt64 {
        var taken = 0, a: UInt64 = 0, b: UInt64 = 0, best = UInt64.max, first = 0
        let limit = min(i + 1 + followerWindow, lines.count)
        for j in (i + 1)..<limit {
            scanNeighbour(j, buf, lines)
            guard lines[j].words >= followerLineWords else {
                // Prose that ends short of `followerWords`: none (the lines read were `first...j`).
                if taken > 0 { memo = FollowerMemo(first: first, last: j, value: 0); return 0 }
                continue
            }
            if taken == 0 {
                if memo.first == j && memo.last < limit { return memo.value }
                first = j
            }
            let words = hashes.range(ofLine: j, buf, lines)
            let done = hashes.withHashes { h -> Bool in
                for k in words {
                    let w = h[k]
                    if taken >= 2 {
                        let t = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (w &* 0x1656_67B1_9E37_79F9)
                        best = min(best, t ^ (t >> 31))
                    }
                    a = b; b = w; taken += 1
                    if taken >= followerWords { return true }
                }
                return false
            }
            if done {
                let value = best == 0 ? 1 : best
                memo = FollowerMemo(first: first, last: j, value: value)
                return value
            }
        }
        // The window ended first (a longer window could read on): nothing to keep.
        return 0   // under `followerWords` words of prose: too little to tell a lede from a promo's blurb
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

/// The word hashes of the prose lines followers read: each line's first `followerWords` words
/// only, all a follower ever takes from one line (a prose paragraph's other words are never
/// hashed), made by `winnow_word_hashes` (C: 16 bytes sorted into separators and hashed bytes at
/// once) straight into a ring of `lineSlots` lines. A follower of line `i` reads lines
/// `i + 1 ... i + followerWindow` only and later followers read further down, so a line's slot is
/// taken again only once no follower can ask for it: each line is hashed once, as when every
/// line's hashes were kept for the whole block (appended through a stack buffer and
/// `append(contentsOf:)` then: ~380 instructions a line, 2.9 M of the pass's 133.5 M on /tmp/cge,
/// and an array growing with the block).
struct FollowerWordHashes {
    /// Lines held: more than a follower's window, a power of two.
    static let lineSlots = 8
    private var hashes = [UInt64](repeating: 0, count: lineSlots * BoilerplateLearner.followerWords)
    /// The line in each slot (-1: none yet) and how many hashes it has.
    private var line = [Int](repeating: -1, count: lineSlots)
    private var count = [Int](repeating: 0, count: lineSlots)

    /// Where line `j`'s word hashes sit (made when its slot does not hold them).
    @inline(__always)
    mutating func range(ofLine j: Int, _ buf: UnsafeBufferPointer<UInt8>,
                        _ lines: UnsafeMutableBufferPointer<BoilerplateLearner.LineSlot>) -> Range<Int> {
        let slot = j & (Self.lineSlots - 1), max = BoilerplateLearner.followerWords
        if line[slot] != j {
            count[slot] = hashes.withUnsafeMutableBufferPointer { out in
                winnow_word_hashes(buf.baseAddress! + lines[j].start, lines[j].end - lines[j].start,
                                   out.baseAddress! + slot * max, max)
            }
            line[slot] = j
        }
        return (slot * max)..<(slot * max + count[slot])
    }

    /// The hashes, for reading the ranges `range(ofLine:)` gave.
    @inline(__always)
    func withHashes<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
        hashes.withUnsafeBufferPointer(body)
    }
}

/// The last follower a block's scan found that a later line may take again: it read lines
/// `first...last` (`first` its first prose line) and nothing else decides it.
struct FollowerMemo {
    var first = -1
    var last = -1
    var value: UInt64 = 0
}
