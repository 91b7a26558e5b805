/// A site's navigation menu flattened one link a line ("News", "World", "Politics", "Sports",
/// "Health"), stripped as `nav_menu`: a portal prints it over every article, and its lines are
/// too short for a headline and too common for a word list to tell from a subhead one by one.
///
/// A run of at least `minItems` consecutive kept lines of 1 to `maxWords` words, each opening with
/// a capital or a non-ASCII letter and holding no digit nor sentence punctuation, with no blank
/// line between (stripped lines, a `Menu` or `Video` widget, may sit among them). A story's own
/// short lines come one or two together (a subhead, a list of three works in gold), not four.
/// The run's last line stays when a longer kept line follows right under it: a section's kicker
/// over its headline, which the splitter reads as such. A run holding a byline is a printed
/// story's head, not a menu (`holdsByline`).
enum NavMenu {
    static let rule = "nav_menu"
    static let minItems = 4
    static let maxWords = 3
    /// ASCII a menu link may not hold: all but letters, the blank, `&`, `'` and `-`.
    private static let refused: ByteSet = {
        var set = ByteSet()
        for b in UInt8(0)..<0x80 {
            let letter = b.isASCIILetter
            if !(letter || b == 0x20 || b == 0x26 || b == 0x27 || b == 0x2D) { set.insert(b) }
        }
        return set
    }()

    static func apply(_ lines: inout [ClassifiedLine]) {
        var i = 0
        while i < lines.count {
            guard isItem(i, in: lines) else { i += 1; continue }
            var items = [i], j = i + 1
            while j < lines.count, lines[j].kind != .blank {
                if isItem(j, in: lines) { items.append(j) } else if case .body = lines[j].kind { break }
                j += 1
            }
            if items.count >= minItems && !holdsByline(items, in: lines) {
                if let last = items.last, last + 1 < lines.count, last + 1 == j, case .body = lines[j].kind {
                    items.removeLast()
                }
                for k in items where lines[k].kind == .body {
                    lines[k] = lines[k].with(kind: .stripped(rule: rule, role: .widget),
                                             detail: "item of a navigation menu (\(items.count) short lines)")
                }
            }
            i = max(j, i + 1)
        }
    }

    /// A kept line of the run past its first reads as a byline (`By JAMES PETROV`): a printed
    /// story's head, its headline in capitals wrapped over short lines above the byline and the
    /// byline's affiliation (`Staff Writer`) below, not a menu; no menu links to `By <Name>`.
    private static func holdsByline(_ items: [Int], in lines: [ClassifiedLine]) -> Bool {
        items.dropFirst().contains { k in
            guard case .body = lines[k].kind else { return false }
            let words = lines[k].words
            return lines.withContentBytes(k) { Byline.matches($0, words: words, ending: LineText.ending(bytes: $0)) }
        }
    }

    /// A menu link: a kept line of 1 to `maxWords` words, a capital first, no digit and no
    /// punctuation but `&`, `'` and `-` inside; or such a line learned boilerplate took (a menu
    /// repeated over every page of a dump is learned in part: the rest is still its run).
    private static func isItem(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        switch lines[j].kind {
        case .body: guard lines[j].linkRule == nil else { return false }
        case .stripped(let r, _): guard r == LearnedBoilerplate.rule else { return false }
        case .blank: return false
        }
        guard lines[j].words >= 1, lines[j].words <= maxWords else { return false }
        return lines.withContentBytes(j) { LineText.opensCapitalisedLabel($0, refusing: refused) }
    }
}
