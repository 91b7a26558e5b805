/// A printed story that jumps: it stops at the foot of its page under a jump line (`Continued on
/// Page A6`, `See BUDGET, A6`, `Fortsetzung auf Seite 7`: family `print_jump`) and goes on pages
/// later, after other stories, under a jump head (the headline's key word alone, `BUDGET`) and/or
/// a line naming where it came from (`BUDGET: Continued from Page A1`: `print_jump_from`).
/// An OCR'd or flattened print edition keeps both parts in page order; the reader wants one story.
///
/// The split pass (`StorySplitter.run`) remembers the story that ended in a jump line; the text
/// under the other end of the jump, up to the next planned start, becomes a continuation that is
/// appended to that story when the pass ends, instead of a story of its own (untitled, or titled
/// with the jump head) or the tail of whatever story preceded it on the new page. Nothing happens
/// without a jump line above: the other end alone (a text starting mid-jump) splits as before.
extension StorySplitter {
    /// The families of the two ends of a jump (news.yaml).
    static let jumpOutRule = "print_jump"
    static let jumpInRule = "print_jump_from"

    /// A story that ended in a jump line, waiting for its other part.
    struct PendingJump {
        /// The index the story has (or will have when it finishes) among the pass's stories.
        var story: Int
        /// Its number in the fates (`LineFate.story`), which counts empty stories too.
        var fateStory: Int
        /// Upper-cased words of its title and of the jump line's slug (`See BUDGET, A6`): a jump
        /// head repeats one of them.
        var keys: [[UInt8]]
    }

    /// A jump head is a key word or two: at most this many words and bytes.
    static let jumpHeadMaxWords = 3
    static let jumpHeadMaxBytes = 40

    /// Words of a title and of a jump line, upper-cased (ASCII; other bytes as they are). Runs once
    /// per jump, on two short strings.
    static func jumpKeys(title: String?, jumpLine: Substring) -> [[UInt8]] {
        var keys: [[UInt8]] = []
        keys += jumpWords(Array((title ?? "").utf8)).filter { $0.count >= 3 }
        keys += jumpWords(Array(jumpLine.utf8)).filter { $0.count >= 3 }
        return keys
    }

    /// Letter runs (ASCII letters, apostrophes and hyphens inside, any non-ASCII byte), upper-cased.
    static func jumpWords(_ bytes: [UInt8]) -> [[UInt8]] {
        var words: [[UInt8]] = [], word: [UInt8] = []
        for b in bytes {
            let upper = b.isASCIILower ? b - 0x20 : b
            if upper.isASCIIUpper || b >= 0x80 || !word.isEmpty && (b == 0x27 || b == 0x2D) {
                word.append(upper)
            } else if !word.isEmpty {
                words.append(word); word = []
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// Line `i` is the jump head over the continuation of `pending`: a word or two in capitals
    /// (no lower-case letter, no sentence), over a `print_jump_from` line, or at the top of a page
    /// (under a stripped running head) repeating words of the jumped story's title or slug.
    /// Read only while a jump is pending, on short lines.
    static func isJumpHead(_ i: Int, in lines: [ClassifiedLine], pending: PendingJump) -> Bool {
        guard lines[i].contentByteCount <= jumpHeadMaxBytes, lines[i].words >= 1,
              lines[i].words <= jumpHeadMaxWords else { return false }
        let words: [[UInt8]]? = lines.withContentBytes(i) { bytes in
            for b in bytes where b.isASCIILower || b == 0x2E || b == 0x3F || b == 0x21 || b == 0x2C { return nil }
            return jumpWords(Array(bytes))
        }
        guard let words, !words.isEmpty else { return false }
        var below = i + 1
        while below < lines.count, lines[below].kind == .blank { below += 1 }
        if below < lines.count, lines[below].strippedRule == jumpInRule { return true }
        var above = i - 1
        while above >= 0, lines[above].kind == .blank { above -= 1 }
        guard above >= 0, lines[above].strippedRule != nil else { return false }
        return words.allSatisfy { pending.keys.contains($0) }
    }

    /// Appends each continuation to the story it continues and drops it from the list.
    /// `final`: the text is its file's last block (or a record): a continuation that is the last
    /// story is held for the next block otherwise (`SplitStage+Carry.swift`) and stays as it is.
    static func joinJumps(_ stories: inout [ExtractedStory], _ joins: [(from: Int, into: Int)], final: Bool) {
        guard !joins.isEmpty else { return }
        var dropped = Set<Int>()
        for j in joins where j.from < stories.count && j.into < j.from && (final || j.from != stories.count - 1) {
            stories[j.into].text += "\n" + stories[j.from].text
            dropped.insert(j.from)
        }
        guard !dropped.isEmpty else { return }
        stories = stories.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }
}
