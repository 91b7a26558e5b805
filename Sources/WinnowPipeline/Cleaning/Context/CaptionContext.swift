import Foundation

/// Photo captions that only their neighbourhood gives away, stripped as `caption_context`.
///
/// A caption is an ordinary sentence ("Jane Doe speaks to reporters outside the Capitol on
/// Friday."): no line rule can tell it from prose. Two things can: a photo credit line right
/// before or after it (`Photo: X / AP`, `X/Reuters`; one blank line between at most), or a credit
/// ending the same line (`… (AP Photo/X)`, `… Credit: X for AP`) past the word limit of the
/// caption rule families. Either way the sentence must read as a caption (`CaptionSentence`: short,
/// one sentence, a named subject and a present-tense verb), which the lede or body paragraph next
/// to a picture does not. The caption goes to metadata `captions`, as the caption families' do.
///
/// Runs on a block's classified lines, after the line rules and before the splitter (which then
/// drops the caption like any stripped line and reads it as header furniture).
enum CaptionContext {
    static let rule = "caption_context"
    /// Lines longer than this (bytes) are prose, never a caption with an inline credit.
    private static let maxInlineBytes = 400
    /// Words of an inline credit at most (`(AP Photo/Jane Doe)`, `Credit: Jane Doe for AP`): its
    /// bytes are bounded too (`creditStart` looks at the last 70).
    private static let maxCreditWords = 12

    static func apply(_ lines: inout [ClassifiedLine], config: CaptionConfig) {
        guard config.enabled else { return }
        // Captions repeating the text around them first: their sentence is prose of any shape.
        stripRepeats(&lines, window: config.repeatWindowLines)
        for i in lines.indices {
            switch lines[i].kind {
            case .stripped(_, .credit?):
                // Before the credit ("caption / Photo: X / AP") or after it ("X/AP / caption").
                stripIfCaption(neighbour(of: i, step: -1, in: lines), &lines, config)
                stripIfCaption(neighbour(of: i, step: 1, in: lines), &lines, config)
            case .body:
                // The caption's words and a credit's few (a paragraph of prose has more): the line's
                // word count, already counted, spares most lines a look at their bytes.
                guard config.inline, lines[i].words <= config.inlineMaxWords + maxCreditWords,
                      lines[i].contentByteCount <= maxInlineBytes else { continue }
                if lines.withContentBytes(i, { endsInCaptionCredit($0, maxWords: config.inlineMaxWords) }), lines[i].linkRule == nil {
                    strip(&lines[i], detail: "caption sentence ending in a photo credit")
                }
            default:
                continue
            }
        }
        // Teasers cut short above the paragraph they repeat: after the captions, which take a
        // line next to a credit first.
        if config.truncatedTeasers { stripTruncatedTeasers(&lines) }
    }

    private static func stripIfCaption(_ j: Int?, _ lines: inout [ClassifiedLine], _ config: CaptionConfig) {
        guard let j, case .body = lines[j].kind, lines[j].linkRule == nil else { return }
        if lines.withContentBytes(j, { CaptionSentence.reads($0, maxWords: config.maxWords) }) {
            strip(&lines[j], detail: "caption sentence next to a photo credit")
        }
    }

    /// The nearest line `step` away from `i`, across one blank line at most.
    private static func neighbour(of i: Int, step: Int, in lines: [ClassifiedLine]) -> Int? {
        var j = i + step
        guard lines.indices.contains(j) else { return nil }
        if case .blank = lines[j].kind {
            j += step
            guard lines.indices.contains(j) else { return nil }
        }
        return j
    }

    private static func strip(_ line: inout ClassifiedLine, detail: String) {
        let text = String(line.content)
        line = line.with(kind: .stripped(rule: rule, role: .caption), detail: detail)
        line.metadata = ["captions": .array([.string(text)])]
    }

    /// A caption sentence followed by a credit on the same line: `… (AP Photo/Jane Doe)`,
    /// `… (Photo: Jane Doe/Reuters)`, `… Credit: Jane Doe for AP`, `… Photo: Jane Doe`.
    static func endsInCaptionCredit(_ line: UnsafeBufferPointer<UInt8>, maxWords: Int) -> Bool {
        // A caption opens with its subject's capital: most prose lines that do not stop here.
        guard let first = line.first, first.isASCIIUpper || first >= 0xC3,
              let head = creditStart(line) else { return false }
        var e = head
        while e > 0 && line[e - 1] == 0x20 { e -= 1 }
        return CaptionSentence.reads(UnsafeBufferPointer(rebasing: line[..<e]), maxWords: maxWords)
    }

    /// `bytes` opens with the lower-case ASCII `word`, in any case.
    private static func startsFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes.count >= w.count else { return false }
        for k in 0..<w.count where bytes[k] | 0x20 != w[k] { return false }
        return true
    }

    /// Labels of a credit after the caption's sentence, as bytes once (not an Array per line).
    private static let creditLabels: [[UInt8]] = ["Credit:", "Photo:", "Photograph:"].map { Array($0.utf8) }

    /// Where a trailing credit starts: a last bracket group naming a photo or holding a slash
    /// (`(AP Photo/X)`), or a `Credit:` / `Photo:` label after a sentence end. Nil if none.
    static func creditStart(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = line.count
        guard n > 8 else { return nil }
        if line[n - 1] == UInt8(ascii: ")") {
            // The group's opening bracket within the last 70 bytes: no walk back over a whole
            // paragraph that ends with a bracket (`… (Reuters)`) farther than that.
            var o = n - 2
            let stop = max(0, n - 71)
            while o >= stop && line[o] != UInt8(ascii: "(") && line[o] != UInt8(ascii: ")") { o -= 1 }
            guard o > 0, o >= stop, line[o] == UInt8(ascii: "("), n - o <= 70 else { return nil }
            let group = UnsafeBufferPointer(rebasing: line[(o + 1)..<(n - 1)])
            if group.contains(UInt8(ascii: "/")) || startsFolded(group, "photo") || startsFolded(group, "credit")
                || startsFolded(group, "image") {
                return o
            }
            return nil
        }
        // A label within the last 70 bytes, after ". " (the caption's end): most lines have no
        // colon there, and skip the label search.
        let from = max(0, n - 70)
        guard memchr(line.baseAddress! + from, Int32(UInt8(ascii: ":")), n - from) != nil else { return nil }
        for l in creditLabels {
            var s = n - l.count
            while s >= 2 && s >= n - 70 {
                // The label's bytes before the sentence test (a backward scan), at most
                // positions after a space: the same answer, cheapest test first.
                if line[s] == l[0] && line[s - 1] == 0x20 && line[s..<(s + l.count)].elementsEqual(l)
                    && CaptionSentence.endsSentence(UnsafeBufferPointer(rebasing: line[..<(s - 1)])) {
                    return s
                }
                s -= 1
            }
        }
        return nil
    }
}
