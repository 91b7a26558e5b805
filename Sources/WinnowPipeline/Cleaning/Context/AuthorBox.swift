import Foundation

/// An author box under an article: the author's name alone on its line with the bio below it,
/// each bio line opening with that name (`Jane Doe` / `Jane Doe is a political correspondent at
/// The Post.` / `Jane Doe covers the White House. Follow @janedoe.`), or the box's label (`About
/// the author`, `Über den Autor`, stripped by the `author_box` family) over a short bio in any
/// language (`Rachel Fischer ist Korrespondentin bei …`). No line rule can tell a bio from prose
/// (dev gold keeps many `X is a staff writer for Y.` lines as body); the box's shape can. Stripped
/// as `author_box`, a widget as the family's labels are (sites set the box over the lede too).
enum AuthorBox {
    static let rule = "author_box"
    /// The family that strips an author's bio line ("Jane Doe is a reporter for …").
    static let bioRule = "author_bio"
    /// Words of a name line (`Jane Doe`, `Jane Q. Doe`, `María de la Cruz`).
    private static let nameWords = 2...5
    /// A bio line has at most this many words; longer is a paragraph of the article.
    static let maxBioWords = 40
    /// Bio lines under one name at most.
    private static let maxBioLines = 3

    static func apply(_ lines: inout [ClassifiedLine]) {
        var i = 0
        while i < lines.count {
            if case .stripped(let r, _) = lines[i].kind, r == rule, lines[i].words <= 4 {
                i = stripUnderLabel(from: i + 1, &lines) ?? i + 1
                continue
            }
            // An English label is stripped only over a bio: dev gold keeps `About the author` over
            // an affiliation line (`Jane Doe – Harbour University`), and a widget there read the
            // line above it as a headline (h3 lost a story).
            // (The label may have been learned already: a site prints it under every article.)
            if lines[i].words == 3, lines[i].isKept(orStrippedBy: LearnedBoilerplate.rule), englishLabelKeys.contains(lines[i].key),
               let next = stripUnderLabel(from: i + 1, &lines) {
                strip(&lines[i], detail: "author box: its label over a bio")
                i = next
                continue
            }
            if case .body = lines[i].kind, nameWords.contains(lines[i].words), i + 1 < lines.count,
               lines.withContentBytes(i, isNameLine) {
                let n = stripBio(of: i, from: i + 1, &lines)
                if n > 0 {
                    strip(&lines[i], detail: "author box: the name over its bio")
                    i += n + 1
                    continue
                }
            }
            i += 1
        }
    }

    /// `About the author` and its plurals, as line keys.
    private static let englishLabelKeys: Set<UInt64> = Set(["About the author", "About the authors", "About the writer"].map { LineKey.hash($0) })

    /// Under a label: an optional name line, then bio lines (blank lines before the first allowed).
    /// The index after what it stripped, nil when it stripped nothing.
    private static func stripUnderLabel(from start: Int, _ lines: inout [ClassifiedLine]) -> Int? {
        var j = start
        while j < lines.count, case .blank = lines[j].kind { j += 1 }
        // A bio sentence the `author_bio` family took: the box's, with the bio lines under it.
        if j < lines.count, lines[j].strippedRule == bioRule { return j + 1 + stripMoreBio(after: j, &lines) }
        guard j < lines.count, case .body = lines[j].kind, lines[j].words <= maxBioWords else { return nil }
        // A name line, or a bio sentence ending like one: the box over a lede names the author and
        // affiliation without a stop (`Jane Doe – Harbour University`), and the lede follows (body).
        if nameWords.contains(lines[j].words), lines.withContentBytes(j, isNameLine) {
            let n = stripBio(of: j, from: j + 1, &lines)
            // A name alone under the label may be the byline over the lede: left alone.
            guard n > 0 else { return nil }
            strip(&lines[j], detail: "author box: the name under its label")
            return j + n + 1
        }
        guard lines.withContentBytes(j, { LineText.ending(bytes: $0) }) == .sentence else { return nil }
        strip(&lines[j], detail: "author box: the bio under its label")
        return j + 1 + stripMoreBio(after: j, &lines)
    }

    /// Bio lines right under bio line `j` that open with its first two words (the author's name:
    /// `Tom Conti is …` / `Tom Conti covers …`), as `stripBio` takes them under a name line; how many.
    private static func stripMoreBio(after j: Int, _ lines: inout [ClassifiedLine]) -> Int {
        let nameEnd = lines.withContentBytes(j) { u -> Int in
            var blanks = 0
            for k in 0..<u.count where u[k] == 0x20 {
                blanks += 1
                if blanks == 2 { return k }
            }
            return 0
        }
        guard nameEnd > 0 else { return 0 }
        var n = 0
        while n < maxBioLines - 1, j + 1 + n < lines.count, case .body = lines[j + 1 + n].kind,
              lines[j + 1 + n].words <= maxBioWords {
            let opens = lines.withContentBytes(j) { a in
                lines.withContentBytes(j + 1 + n) { b in
                    b.count > nameEnd && memcmp(a.baseAddress!, b.baseAddress!, nameEnd + 1) == 0
                }
            }
            guard opens, lines.withContentBytes(j + 1 + n, namesOutletFirst) else { break }
            strip(&lines[j + 1 + n], detail: "author box: a bio line opening with the name above")
            n += 1
        }
        return n
    }

    /// Strips the lines from `start` on that open with line `name`'s text and a blank (at most
    /// `maxBioLines`, each at most `maxBioWords` words); how many.
    private static func stripBio(of name: Int, from start: Int, _ lines: inout [ClassifiedLine]) -> Int {
        var n = 0
        // A bio line the `author_bio` family took already (`… is a senior editor at …`) is the
        // box's as well: the name over it, and the bio lines under it, go with it.
        while n < maxBioLines, start + n < lines.count, lines[start + n].isKept(orStrippedBy: bioRule),
              lines[start + n].words > lines[name].words, lines[start + n].words <= maxBioWords {
            let opens = lines.withContentBytes(name) { nb in
                lines.withContentBytes(start + n) { b in
                    b.count > nb.count + 1 && b[nb.count] == 0x20 && memcmp(b.baseAddress!, nb.baseAddress!, nb.count) == 0
                }
            }
            guard opens, lines.withContentBytes(start + n, namesOutletFirst) else { break }
            if case .body = lines[start + n].kind {
                strip(&lines[start + n], detail: "author box: a bio line opening with the name above")
            }
            n += 1
        }
        return n
    }

    /// A bio's first sentence ends on the outlet's or employer's name (`… is a political
    /// correspondent at The Harbour Times.`, `… é correspondente do Harbour Courier.`): its last word
    /// before the stop is capitalised. A subhead naming a person over a paragraph that opens with
    /// the name (`Jane Roe` / `Jane Roe is the new secretary of the navy, the White House said.`)
    /// ends otherwise, and stays.
    static func namesOutletFirst(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        // The first sentence's stop: a `.` before a blank, or the line's last byte.
        var stop = -1
        for k in 0..<u.count where u[k] == 0x2E && (k + 1 == u.count || u[k + 1] == 0x20) {
            stop = k
            break
        }
        guard stop > 0 else { return false }
        var w = stop
        while w > 0 && u[w - 1] != 0x20 { w -= 1 }
        let b = u[w]
        return w < stop && (b.isASCIIUpper || b >= 0xC3 && b <= 0xDF)
    }

    /// A name: capitalised words (`Q.`, `O'Neil`, `Smith-Jones`; the particles `de`, `la`, `van`,
    /// `von`, `da`, `del`, `der` between), no digits, no other punctuation.
    static func isNameLine(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = u.first, first.isASCIIUpper || first >= 0xC3 && first <= 0xDF else { return false }
        var atStart = true, particle = false
        var k = 0
        while k < u.count {
            let b = u[k]
            if b == 0x20 {
                atStart = true
                k += 1
                continue
            }
            if atStart {
                atStart = false
                if b.isASCIILower {
                    // A lower-case word must be a particle.
                    var e = k
                    while e < u.count && u[e] != 0x20 { e += 1 }
                    let w = UnsafeBufferPointer(rebasing: u[k..<e])
                    guard particles.contains(where: { $0.elementsEqual(w) }) else { return false }
                    particle = true
                    k = e
                    continue
                }
                guard b.isASCIIUpper || b >= 0xC3 && b <= 0xDF else { return false }
                particle = false
            } else {
                let letter = b.isASCIILetter || b >= 0x80
                guard letter || b == 0x2E || b == 0x27 || b == 0x2D else { return false }
            }
            k += 1
        }
        return !particle
    }

    private static let particles: [[UInt8]] = ["de", "la", "le", "da", "do", "dos", "del", "della", "di", "van", "von",
                                               "der", "den", "du"].map { Array($0.utf8) }

    private static func strip(_ line: inout ClassifiedLine, detail: String) {
        line = line.with(kind: .stripped(rule: rule, role: .widget), detail: detail)
    }
}
