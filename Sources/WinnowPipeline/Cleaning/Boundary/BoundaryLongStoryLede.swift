/// Long-story dateline lede: a dateline lede (`WASHINGTON — …`, `Beijing: …`) that cohesion vetoed
/// inside a story far longer than the dump's others starts a story after all when the two parts it
/// would leave are each about their own things.
///
/// Two wire stories of one news day share names and beats: across the lede the 60 words on each
/// side can overlap enough (cohesion ~0.06-0.12) to veto a real dateline, and the glued story then
/// comes out one and a half to two times the dump's mean. An article's own dateline paragraph (a
/// wire report it quotes, a second dateline in a roundup) sits inside one topic. The window around
/// the line cannot tell them apart; the whole parts can: the words of all the text above the lede
/// (back to the story's start) and of all the text below it (to the next start) overlap less than
/// each part's own two halves do. Measured on the output of w1-w3, w201-w204, w311-w314 and the
/// public sets (set cosine of content words, parts of 300+ words): glued starts 0.59-0.84 of the
/// weaker part's own halves; one article's inner datelines 0.96 and up, but one (0.48) in a story
/// that glued two (a miss either way).
///
/// At most one per long story, the lowest ratio: a story twice the mean hides one start, rarely two.
/// Plain ledes (no dateline) measured the same way separate less (about as many single long
/// articles as glued pairs under any bar), so only a line with a dateline lede's own evidence is
/// lifted.
extension BoundaryPlanner {
    /// A story at least this many times the dump's mean words per story is asked.
    static let longStoryLedeFactor = 1.3
    /// The cross-part overlap at most this share of the weaker part's own (halves) overlap.
    /// Measured (story_f1 vs 0.9): 1.0 split one article in w313 (-.0031) for r111 +.0032 and
    /// w3 +.0012; 1.0 with factor 1.2 also split an article in f3 (-.0010).
    static let longStoryLedeRatio = 0.9
    /// Each part at least this share of the mean story, and at least `longStoryLedeMinWords`.
    static let longStoryLedePartShare = 0.4
    static let longStoryLedeMinWords = 200

    /// `words[i]`: body words of lines before i (the planner's prefix sums).
    func applyLongStoryLedes(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ words: [Int],
                             _ cohesion: Cohesion?, _ plan: inout Plan) {
        guard let cohesion, candidates.count >= 2 else { return }
        let first = candidates[0].line
        let mean = Double(words[lines.count] - words[first]) / Double(candidates.count)
        let minPart = max(Double(Self.longStoryLedeMinWords), Self.longStoryLedePartShare * mean)
        var parts: PartWords?
        var added: [Candidate] = []
        for story in Self.longStories(candidates, lineCount: lines.count, words, minWords: Self.longStoryLedeFactor * mean) {
            let lo = story.lowerBound, hi = story.upperBound
            var best: (line: Int, ratio: Double)?
            for i in lo..<hi {
                // Only a dateline lede the cohesion reading held under the threshold.
                guard let s = plan.rejected[i], s.fired.contains(.datelineStart), s.value(of: .cohesion) != nil,
                      !plan.lengthDropped.contains(i), !Self.styleDemoted(s),
                      Double(words[i] - words[lo]) >= minPart, Double(words[hi] - words[i]) >= minPart,
                      longStoryLedeNamesPlace(i, s, lines, plan) else { continue }  // BoundaryLongStoryLedePlace.swift
                if parts == nil { parts = PartWords(cohesion) }
                let above = lo..<i, below = i..<hi
                let within = min(parts!.cosine(halves(above, words).0, halves(above, words).1),
                                 parts!.cosine(halves(below, words).0, halves(below, words).1))
                let ratio = parts!.cosine(above, below) / max(0.01, within)
                if ratio <= Self.longStoryLedeRatio, best == nil || ratio < best!.ratio { best = (i, ratio) }
            }
            guard let b = best, var s = plan.rejected[b.line] else { continue }
            s.note("long story: dateline lede's parts share \((b.ratio * 100).rounded() / 100) of their own overlap")
            plan.rejected[b.line] = nil
            // A kicker headline (`OPINION: …`) scored as the dateline lede it looks like titles its
            // story, as where it passed (`BoundaryPlanner.score`).
            // Right under its own headline block, the headline takes the start (`BoundaryLongStoryLedeHeadline.swift`).
            if let h = longStoryLedeHeadline(b.line, after: story.lowerBound, lines, plan) {
                plan.rejected[h] = nil
                plan.rejected[b.line] = s
                s.note("long story: the dateline lede's headline above it starts the story")
                added.append(Candidate(h, Start(isTitle: true, scored: s)))
                continue
            }
            added.append(Candidate(b.line, Start(isTitle: s.fired.contains(.kickerHeadline), scored: s)))
        }
        Self.insert(added, into: &candidates)
    }

    /// A line range cut where half its body words lie above.
    private func halves(_ r: Range<Int>, _ words: [Int]) -> (Range<Int>, Range<Int>) {
        let mid = (words[r.lowerBound] + words[r.upperBound]) / 2
        var m = r.lowerBound
        while m < r.upperBound && words[m + 1] <= mid { m += 1 }
        return (r.lowerBound..<m, m..<r.upperBound)
    }
}

/// Set cosine of the content words of two line ranges, over `Cohesion`'s word ids: one stamp per
/// set in a scratch array, so a measure costs one load and store per word.
struct PartWords {
    private let cohesion: Cohesion
    private var mark: [UInt32]
    private var stamp: UInt32 = 0

    init(_ cohesion: Cohesion) {
        self.cohesion = cohesion
        mark = [UInt32](repeating: 0, count: max(1, cohesion.distinctWords))
    }

    /// 0 when either range has no content words.
    mutating func cosine(_ a: Range<Int>, _ b: Range<Int>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let ids = cohesion.ids, starts = cohesion.starts
        stamp &+= 2
        let sa = stamp &- 1, sb = stamp
        var na = 0, nb = 0, common = 0
        for k in starts[a.lowerBound]..<starts[a.upperBound] {
            let id = Int(ids[k])
            if mark[id] != sa { na += 1; mark[id] = sa }
        }
        for k in starts[b.lowerBound]..<starts[b.upperBound] {
            let id = Int(ids[k])
            if mark[id] == sb { continue }
            nb += 1
            if mark[id] == sa { common += 1 }
            mark[id] = sb
        }
        guard na > 0, nb > 0 else { return 0 }
        return Double(common) / Double(na * nb).squareRoot()
    }
}
