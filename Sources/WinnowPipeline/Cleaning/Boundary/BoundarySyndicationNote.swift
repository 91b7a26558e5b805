/// A page that signed off with a syndication note (`This article originally appeared on …`, `This
/// story was originally published by …`, stripped as `source_line`) has ended: the headline
/// candidate right under it (blank and stripped lines between, no body line) opens the next page,
/// whatever words the two share. Two pieces one outlet republishes on one beat share their topic's
/// words, so cohesion is not asked of such a line, as it is not of a dateline lede under a trailer.
/// A bare `Source: …` line under a chart is no such note: it names where a figure came from, mid-article.
extension BoundaryPlanner {
    /// Line `i` sits under a syndication note: the nearest line above it that is not blank and not
    /// another stripped line (at most `syndicationReach` lines up) is none of the text, and a
    /// `source_line` saying the piece was `originally` published or shown elsewhere is among them.
    static func underSyndicationNote(_ i: Int, _ lines: [ClassifiedLine], _ shape: [LineFacts.Shape]) -> Bool {
        var p = i - 1
        while p >= 0 && p >= i - syndicationReach {
            if shape[p] == .body { return false }
            if lines[p].strippedRule == sourceLineRule, lines.withContentBytes(p, saysOriginally) { return true }
            p -= 1
        }
        return false
    }

    static let syndicationReach = 6
    static let sourceLineRule = "source_line"
    static let originally = Array("originally".utf8)

    /// The line says `originally` (any case): `… originally appeared on`, `… originally published by`.
    static func saysOriginally(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = originally
        guard u.count >= word.count else { return false }
        var k = 0
        while k + word.count <= u.count {
            var j = 0
            while j < word.count && (u[k + j] | 0x20) == word[j] { j += 1 }
            if j == word.count { return true }
            k += 1
        }
        return false
    }
}
