/// A summary box: `Key points` / `What to know` over a few bulleted lines, each a sentence the
/// story's text repeats further down. The box is page furniture, as a caption repeating the text
/// is: kept, its sentences stood twice in the story and before its lede (a record that opens with
/// three sentences of its own middle). Only a bullet whose text the story repeats below it is a
/// box item; a bulleted list in the body (steps, names, findings) says each thing once.
extension StoryFurniture {
    /// Fewest bytes of a box item's text (after the bullet): a sentence, not a word or a name that
    /// any story may repeat.
    static let keyPointMinBytes = 30

    /// Body lines the story below repeats read this far at most (a story's length, well over).
    static let keyPointReach = 400

    /// For each line, whether it is a summary box's item (a bullet, `LineFacts.bullet`, whose
    /// text after the marker occurs in a later body line of the same story: before the next
    /// planned start) or the box's label (a short body line that ends no sentence, right above
    /// the box's first item, not a planned start). Empty when the text has no bullet.
    static func keyPoints(_ lines: [ClassifiedLine], plan: BoundaryPlanner.Plan) -> [Bool] {
        guard plan.facts.bullet.contains(true) else { return [] }
        var out = [Bool](repeating: false, count: lines.count)
        for i in lines.indices where plan.facts.bullet[i] {
            out[i] = lines.withContentBytes(i) { u in
                let item = afterMarker(u)
                guard item.count >= keyPointMinBytes else { return false }
                let needle = Array(item)
                var j = i + 1
                while j < min(lines.count, i + keyPointReach) && plan.starts[j] == nil {
                    if lines[j].kind == .body && !plan.facts.bullet[j]
                        && lines.withContentBytes(j, { ByteSearch.contains($0, needle) }) { return true }
                    j += 1
                }
                return false
            }
        }
        // The label above each box's first item.
        for i in lines.indices where out[i] {
            guard let p = plan.facts.previousBody(before: i), !plan.facts.bullet[p], plan.starts[p] == nil,
                  lines[p].words <= labelMaxWords, plan.facts.ending[p] != .sentence else { continue }
            out[p] = true
        }
        return out
    }

    /// A box's label has at most this many words (`What you need to know`).
    static let labelMaxWords = 5

    /// The line's text after its list marker (`• `, `- `, `▪ `) and the blanks after it.
    static func afterMarker(_ u: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>.SubSequence {
        var k = 0
        while k < u.count && u[k] != 0x20 && u[k] != 0x09 { k += 1 }
        while k < u.count && (u[k] == 0x20 || u[k] == 0x09) { k += 1 }
        var e = u.count
        while e > k && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
        return u[k..<e]
    }
}
