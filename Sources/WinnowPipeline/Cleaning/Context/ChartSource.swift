/// A chart's or table's data source set between an article's paragraphs (`Figure 2: Refugees in
/// the U.S. Refugee Program by Religion` / `Source: State Department` / the next paragraph). The
/// `source_line` family strips `Source: Reuters` as the trailer naming where a reprint came from;
/// under a chart's title it names where the figures came from, and it is the article's own line
/// (blind gold: body; devset, outsider and wire gold: body or optional, never remove). Stripped
/// there, it cost the story its lines and, the greedy in-order search passing the first one it
/// finds, most of its body (b1-b4, blind seeds 571-919: one analysis column of five charts).
///
/// The shape: a stripped `source_line` line opening with `Source`, naming no web address, right
/// under a content line that is a chart's title (3+ words, no sentence end; a title the wrap split
/// counts whole) and right over a paragraph (a content line of `minProseBytes`+ ending a sentence,
/// or one of `minWrappedBytes`+ wrapped on over the next line), one blank line allowed on either
/// side; or under a paragraph ending in a colon that announces the chart (`Here's a chart from
/// LPL …:`), past blanks and a widget set between (portal seeds 531, 577: the story cut in two
/// there). A reprint's source stands under the story's last paragraph (a sentence's end), or over
/// the next page, not between a title and prose; a site's address (`Source: capitolcourier.com`)
/// is always the reprint's, and the family's other forms (`Originally published on Grist.`) name
/// the reprint's outlet wherever they stand (f3: one under a headline).
enum ChartSource {
    static let rule = "source_line"
    /// Bytes the paragraph under the source has at least: prose, not a headline or a byline.
    static let minProseBytes = 60
    /// Bytes the first line of a hard-wrapped paragraph has at least (dumps wrap at 50 to 80
    /// columns, and the wrap breaks before a long word).
    static let minWrappedBytes = 40
    /// Words the chart's title has at least.
    static let minTitleWords = 3

    static func apply(_ lines: inout [ClassifiedLine]) {
        guard lines.count > 2 else { return }
        // Or learned: `Source:` is a field label the learner may see in runs of fields (`FieldLabel`).
        for i in 1..<(lines.count - 1) where lines[i].strippedRule == rule || lines[i].strippedRule == FieldLabel.rule {
            // One blank line may set the source off on either side (dumps with blank lines).
            guard let p = neighbour(i, 1, lines),
                  let t = neighbour(i, -1, lines).flatMap({
                      lines[$0].withContentBytes({ LineText.ending(bytes: $0) }) == .open ? $0 : nil
                  }) ?? leadIn(above: i, lines),
                  titleWords(t, lines) >= minTitleWords,
                  // Prose: a sentence's end, or a hard-wrapped paragraph going on below.
                  lines[p].contentByteCount >= minProseBytes
                    && lines[p].withContentBytes({ LineText.ending(bytes: $0) }) == .sentence
                    || lines[p].contentByteCount >= minWrappedBytes && p + 1 < lines.count && lines[p + 1].kind == .body,
                  lines[i].withContentBytes(opensWithSourceLabel),
                  !lines[i].withContentBytes(namesAddress) else { continue }
            lines[i] = lines[i].with(kind: .body, detail: "a chart's data source between paragraphs (\(rule))")
        }
    }

    /// Words of the chart's title ending at line `t`, with the line over it when the wrap left the
    /// title's tail alone on `t` (`Figure 2: Refugees in the U.S. Refugee Program by Religion (FY` /
    /// `2012-2014)`): that line is content and stops open too.
    private static func titleWords(_ t: Int, _ lines: [ClassifiedLine]) -> Int {
        guard lines[t].words < minTitleWords, t > 0, case .body = lines[t - 1].kind,
              lines[t - 1].withContentBytes({ LineText.ending(bytes: $0) }) == .open else { return lines[t].words }
        return lines[t].words + lines[t - 1].words
    }

    /// Lines a lead-in may stand above the source: blanks and a widget the page set between
    /// (`Sign up for our newsletter` / `Enter your email address`).
    static let maxLeadInGap = 6

    /// The paragraph over `i` that ends in a colon, announcing the chart the scrape dropped
    /// (`Here's a chart from LPL, which helps illustrate the market's resilience:`), past blank
    /// and stripped lines; nil if a content line comes first. A reprint's source stands under a
    /// story's last sentence, never under a colon that promises more.
    private static func leadIn(above i: Int, _ lines: [ClassifiedLine]) -> Int? {
        var j = i - 1
        while j >= 0 && i - j <= maxLeadInGap {
            switch lines[j].kind {
            case .blank, .stripped: j -= 1
            case .body: return lines[j].withContentBytes(endsWithColon) ? j : nil
            }
        }
        return nil
    }

    /// The last byte that is not a space or tab is `:`.
    static func endsWithColon(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = u.count - 1
        while k >= 0 && (u[k] == 0x20 || u[k] == 0x09) { k -= 1 }
        return k >= 0 && u[k] == 0x3A
    }

    /// The content line next to `i` in direction `step` (past one blank line), or nil.
    private static func neighbour(_ i: Int, _ step: Int, _ lines: [ClassifiedLine]) -> Int? {
        var j = i + step
        if j >= 0 && j < lines.count && lines[j].kind == .blank { j += step }
        guard j >= 0 && j < lines.count, case .body = lines[j].kind else { return nil }
        return j
    }

    /// `u` opens with `Source` (any case; `Sources` too): the family's other forms (`Originally
    /// published on Grist.`, `Via:`) name the reprint's outlet wherever they stand.
    static func opensWithSourceLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        u.count > sourceLabel.count && ByteSearch.hasPrefixFoldingASCII(u, sourceLabel)
    }
    private static let sourceLabel = Array("source".utf8)

    /// `u` holds a web address: `://`, or a lower-case letter or digit, a dot and a lower-case
    /// letter (`site.com`; `U.S.` has capitals round its dots).
    static func namesAddress(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count > 2 else { return false }
        for k in 1..<(u.count - 1) where u[k] == 0x2E || u[k] == 0x3A {
            let a = u[k - 1], b = u[k + 1]
            if u[k] == 0x3A {
                if b == 0x2F && k + 2 < u.count && u[k + 2] == 0x2F { return true }
                continue
            }
            let lowerOrDigitBefore = (a >= 0x61 && a <= 0x7A) || (a >= 0x30 && a <= 0x39)
            if lowerOrDigitBefore && b >= 0x61 && b <= 0x7A { return true }
        }
        return false
    }
}
