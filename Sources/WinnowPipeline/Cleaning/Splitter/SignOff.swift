import Foundation

/// Story sign-offs the line rules keep as body: the contact, credit and bio lines a story ends
/// with (`Email jane@example.org`, `The Associated Press contributed to this report.`,
/// `Follow Jane on Twitter`, `Jane Doe is a columnist for The Daily.`). Before a headline-shaped
/// line such a line says the previous story is over, as a stripped trailer does.
///
/// Shapes, not outlet strings: on 15,785 real articles (allsides-dev) 90% of the lines these
/// match are among an article's last two lines; the rest are newsletter section ends (`Send tips
/// to …@…`) that close a section just as well.
enum SignOff {
    /// A sign-off is short: a paragraph mentioning an address is prose.
    static let maxWords = 40

    static func matches(_ content: some StringProtocol, words: Int) -> Bool {
        guard words <= maxWords else { return false }
        return SplitText.withBytes(content) { matches($0, words: words) }
    }

    /// `matches` of a line's UTF-8 bytes.
    static func matches(_ u: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words <= maxWords else { return false }
        return hasEmail(u) || endsWithThisReport(u) || isFollowLine(u) || isBio(u) || isUpdateNote(u)  // `SignOffUpdateNote.swift`
    }

    /// `matches` of line `i`'s content.
    static func matches(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        lines[i].words <= maxWords && lines.withContentBytes(i) { matches($0, words: lines[i].words) }
    }

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        b.isASCIIDigit || b.isASCIILetter
    }


    /// `local@domain.tld`: a name byte before `@`, then a domain with a dot and 2+ letters.
    static func hasEmail(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 1
        while k < u.count - 3 {
            // Jump to the next `@` (most lines have none).
            guard let at = memchr(u.baseAddress! + k, 0x40, u.count - 3 - k) else { return false }
            k = UnsafeRawPointer(at) - UnsafeRawPointer(u.baseAddress!)
            if u[k] == 0x40, isAlnum(u[k - 1]) || u[k - 1] == 0x2E || u[k - 1] == 0x5F || u[k - 1] == 0x2D {
                var j = k + 1, dot = false, tld = 0
                while j < u.count, isAlnum(u[j]) || u[j] == 0x2D || u[j] == 0x2E {
                    // A dot not followed by a name byte ends the address (`… at jane@x.org.`).
                    if u[j] == 0x2E { if j + 1 == u.count || !isAlnum(u[j + 1]) { break }; dot = true; tld = 0 } else if dot && u[j].isASCIILetter { tld += 1 }
                    j += 1
                }
                if dot && tld >= 2 { return true }
            }
            k += 1
        }
        return false
    }

    private static let thisReport = Array("this report".utf8)

    /// `… contributed to this report.` / `… was used in this report.`: the wire credit line.
    static func endsWithThisReport(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = u.count
        while end > 0, u[end - 1] == 0x2E || u[end - 1] == 0x20 { end -= 1 }
        let n = thisReport.count
        guard end >= n else { return false }
        for t in 0..<n where u[end - n + t] | (u[end - n + t].isASCIIUpper ? 0x20 : 0) != thisReport[t] { return false }
        return true
    }

    private static let follow = Array("Follow ".utf8), twitterLabel = Array("Twitter:".utf8)
    private static let networks = [Array("Twitter".utf8), Array("Facebook".utf8), Array("Instagram".utf8)]

    /// `Follow Jane on Twitter`, `Twitter: @jane`: a social-media pointer.
    static func isFollowLine(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasPrefix(u, twitterLabel) { return true }
        guard hasPrefix(u, follow) else { return false }
        return networks.contains { ByteSearch.contains(u, $0) }
    }

    private static let bioVerbs = [Array("is a ".utf8), Array("is an ".utf8), Array("is the ".utf8)]
    /// A writer's or expert's role, lower-case and capitalised (`Policy Analyst`, `Senior Fellow`).
    /// `bureau chief`, not a bare `chief`: `Tim Cook is the chief executive of Apple` is prose.
    private static let roles = ["writer", "columnist", "editor", "author", "reporter", "correspondent",
                                "analyst", "fellow", "professor", "contributor", "director",
                                "bureau chief", "commentator"]
        .flatMap { [Array($0.utf8), Array($0.prefix(1).uppercased().utf8) + Array($0.dropFirst().utf8)] }

    /// `Jane Q. Doe is a columnist for …`: two to four capitalised words (a name), `is a/an/the`,
    /// and a writer's or expert's role later in the line.
    static func isBio(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0, names = 0
        while i < u.count, names < 5 {
            guard u[i].isASCIIUpper else { break }
            while i < u.count, u[i] != 0x20 { i += 1 }
            names += 1
            i += 1
        }
        guard names >= 2, names <= 4, i < u.count else { return false }
        let rest = UnsafeBufferPointer(rebasing: u[i...])
        guard bioVerbs.contains(where: { hasPrefix(rest, $0) }) else { return false }
        return roles.contains { ByteSearch.contains(rest, $0) }
    }

    /// The line opens with `p`, byte for byte (case kept: a sign-off's capitals are part of its form).
    static func hasPrefix(_ u: UnsafeBufferPointer<UInt8>, _ p: [UInt8]) -> Bool {
        guard u.count >= p.count else { return false }
        for t in 0..<p.count where u[t] != p[t] { return false }
        return true
    }
}
