/// A summary box: `Key points` / `What to know` over a few bulleted lines, each a sentence the
/// story's text repeats further down. The box is page furniture, as a caption repeating the text
/// is: kept, its sentences stood twice in the story and before its lede (a record that opens with
/// three sentences of its own middle). Only a bullet whose text the story repeats below it is a
/// box item; a bulleted list in the body (steps, names, findings) says each thing once.
extension StoryFurniture {
    /// Fewest bytes of a box item's text (after the bullet): a full sentence, not a name or a
    /// teaser phrase (`▸ But they're not doing any of that`, 34 bytes, repeated under a chart's
    /// title in dev set a3, is a pull of the story's voice, read with it by cohesion).
    static let keyPointMinBytes = 40

    /// Lines below a bullet searched for its sentence (a story's length: a box sits in its
    /// story's header, the sentence in its text).
    static let keyPointReach = 200

    /// For each line, whether it is a summary box's item (a bullet, `LineFacts.bullet`, whose
    /// text after the marker occurs in one of the next `keyPointReach` body lines that is no
    /// bullet) or the box's label (a short body line that ends no sentence, right above the box's
    /// first item, blank lines between). Computed with the line facts, before any start is
    /// planned: the planner reads a box as furniture (a page header above a headline-less lede
    /// ends with one as often as with a photo caption). Empty when the text has no bullet.
    static func keyPoints(_ lines: [ClassifiedLine], bullet: [Bool], ending: [LineText.Ending]) -> [Bool] {
        guard bullet.contains(true) else { return [] }
        var out = [Bool](repeating: false, count: lines.count)
        for i in lines.indices where bullet[i] {
            out[i] = lines.withContentBytes(i) { repeatsBelow($0, after: i, in: lines, bullet: bullet) }
        }
        // The label right above each box's first item.
        for i in lines.indices where out[i] {
            var p = i - 1
            while p >= 0 && lines[p].kind == .blank { p -= 1 }
            guard p >= 0, lines[p].kind == .body, !bullet[p], lines[p].words <= labelMaxWords, ending[p] != .sentence else { continue }
            out[p] = true
        }
        return out
    }

    /// A box's label has at most this many words (`What you need to know`).
    static let labelMaxWords = 5

    /// The end of the line's list marker: its first blank (or the line's end).
    static func markerEnd(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        var k = 0
        while k < u.count && u[k] != 0x20 && u[k] != 0x09 { k += 1 }
        return k
    }

    /// The line's text after its list marker (`• `, `- `, `▪ `) and the blanks after it.
    static func afterMarker(_ u: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>.SubSequence {
        var k = markerEnd(u)
        while k < u.count && (u[k] == 0x20 || u[k] == 0x09) { k += 1 }
        var e = u.count
        while e > k && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
        return u[k..<e]
    }

    /// A box item (`u`, a bullet's line) whose text after its marker, at least `keyPointMinBytes`,
    /// an unbulleted body line within `keyPointReach` below line `i` repeats. In a hard-wrapped
    /// dump the reflow joins a box's items into one line when an item runs to the wrap width
    /// (`- It is terrible at the job. - Canada's government claims …`): the line is then read as
    /// its items (`boxItems`), and it is a box item when each of them long enough to tell
    /// repeats below, one at least.
    static func repeatsBelow(_ u: UnsafeBufferPointer<UInt8>, after i: Int, in lines: [ClassifiedLine],
                             bullet: [Bool]) -> Bool {
        var found = false
        for item in boxItems(u) where item.count >= keyPointMinBytes {
            let needle = Array(item)
            var j = i + 1, hit = false
            while !hit && j < min(lines.count, i + keyPointReach) {
                hit = lines[j].kind == .body && !bullet[j]
                    && lines.withContentBytes(j, { ByteSearch.contains($0, needle) })
                j += 1
            }
            guard hit else { return false }
            found = true
        }
        return found
    }

    /// The items of bullet line `u`: its text after the marker, cut where the same marker opens
    /// again after a sentence's end (`. - `, `.” • `): the reflow glued the next item on. A
    /// marker inside a sentence (`prices - and wages - rose`) follows no sentence's end.
    static func boxItems(_ u: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>.SubSequence] {
        let item = afterMarker(u)
        let m = markerEnd(u)
        guard m > 0, m < u.count else { return [item] }
        let marker = u[0..<m]
        var out: [UnsafeBufferPointer<UInt8>.SubSequence] = []
        var from = item.startIndex, k = item.startIndex
        while k + m + 1 < item.endIndex {
            // `<end> <marker> ` at k: k is the space after a sentence's last byte.
            if u[k] == 0x20, k > from, endsSentence(u, at: k), u[k + m + 1] == 0x20,
               u[(k + 1)..<(k + 1 + m)].elementsEqual(marker) {
                out.append(u[from..<k])
                from = k + m + 2
                k = from
                continue
            }
            k += 1
        }
        out.append(u[from..<item.endIndex])
        return out
    }

    /// Whether the bytes of `u` before `k` end a sentence: `.` `?` `!`, or a closing quote (`"`
    /// `”` `’`) after one. A straight quote alone closes a quoted word as often as a sentence
    /// (`called it "reckless" - and …`), so it needs the stop before it as a curly one does.
    @inline(__always)
    static func endsSentence(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        let b = u[k - 1]
        if b == 0x2E || b == 0x3F || b == 0x21 { return true }
        if b == 0x22 {
            guard k >= 2 else { return false }
            let c = u[k - 2]
            return c == 0x2E || c == 0x3F || c == 0x21
        }
        guard k >= 4, u[k - 3] == 0xE2, u[k - 2] == 0x80, b == 0x9D || b == 0x99 else { return false }
        let c = u[k - 4]
        return c == 0x2E || c == 0x3F || c == 0x21
    }
}
