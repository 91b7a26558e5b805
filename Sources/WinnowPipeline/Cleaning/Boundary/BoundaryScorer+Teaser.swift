/// Captions and teasers in a headline's header block (`BoundaryScorer.after`, the splitter's header).
extension BoundaryScorer {
    /// A caption or teaser in the header block of headline `h`: a line that ends with a photo
    /// credit (`… any U.S. (Redux)`) with more header below it (page furniture, the headline
    /// again, a bullet), or whose opening repeats the opening of a content line a few lines below
    /// (the lede's first sentence as a caption or teaser, above the lede itself, which may add a
    /// dateline: `ATHENS: Before diving into …`). A line opening with a dateline is the lede,
    /// and so is a caption-like line with prose right after it (articles that open on a caption).
    func isTeaser(_ j: Int, headline h: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        // Its fields, not a copy of the line (which retains every field).
        let key = lines[j].key
        guard facts.places[j] == nil else { return false }
        if facts.credit[j] {
            // Past blanks only (not a walk to the next body line): the stripped line below is the header it asks about.
            var k = j + 1
            while k < lines.count, case .blank = lines[k].kind { k += 1 }
            guard k < lines.count else { return false }
            switch lines[k].kind {
            case .stripped(_, let role): return role != .trailer && role != .prefix
            case .body: return lines[k].key == lines[h].key || facts.bullet[k]
            case .blank: return false
            }
        }
        guard lines[j].words >= config.minWords else { return false }
        return lines.withContentBytes(j) { t in
            // The first 64 bytes (a whole shorter line): list items share shorter openings
            // (`-Violent anarchists graffitied the BPA Building.` / `… the Hatfield Courthouse.`).
            let head = UnsafeBufferPointer(rebasing: t.prefix(Self.teaserPrefixBytes))
            guard head.count >= Self.teaserPrefixBytes / 2 else { return false }
            var k = j + 1
            var seen = 0
            while k < lines.count && k <= j + lookahead && seen < 3 {
                // The repeated line is the lede, not the headline again (a video list repeats a title
                // with a duration after it: `Kurds say … diplomat 01:26` above `Kurds say … diplomat`).
                if lines[k].kind == .body {
                    seen += 1
                    if lines[k].key != lines[h].key && lines.withContentBytes(k, { u in
                        Self.opens(u, with: head, within: config.datelineMaxChars)
                    }) { return true }
                }
                k += 1
            }
            // A standfirst or caption that repeats, whole, a sentence further into the story (not
            // its lede's opening: `… the talks were held "in a good atmosphere".`), as a summary
            // box's items do (`StoryFurniture.keyPoints`).
            // A standfirst may end on a question or an exclamation (`… I want big government, too!`).
            guard facts.ending[j] != .open, t.count >= StoryFurniture.keyPointMinBytes else { return false }
            // The index names the lines in reach that may hold it (`RepeatIndex`), not a walk over all of them.
            return facts.repeats.occurs(t, in: lines, from: j + 1, to: min(lines.count, j + StoryFurniture.keyPointReach)) { k in
                if case .body = lines[k].kind { return lines[k].key != key }
                return false
            }
        }
    }

    /// Bytes of a line's opening compared with the lines below it (`isTeaser`).
    static let teaserPrefixBytes = 64

    /// `needle` occurs in `hay` starting within its first `within` bytes (after a dateline), and
    /// `hay` is longer than `needle` (the lede goes on after the repeated opening).
    private static func opens(_ hay: UnsafeBufferPointer<UInt8>, with needle: UnsafeBufferPointer<UInt8>, within: Int) -> Bool {
        hay.count > needle.count && ByteSearch.occurs(needle, in: hay, startingBy: within)
    }
}
