/// A breadcrumb trail is a page's top (`BoundaryPlanner.topsPage`).
///
/// A site prints its breadcrumb (`Home › Politics › Analysis`, `News > Business`) over the article's
/// header, where the navigation ends and the page's own lines begin, as a masthead or a menu row is.
/// The `widget` family strips it among other furniture; the header lift walked past it as one more
/// furniture line, so a headline set as two sentences right under it (`Andrew Yang told Asian
/// Americans to prove their Americanness. Here’s why that’s wrong.`) was read as a dek and never
/// found its page's top (`isSentenceHeadlineUnderTop`), and the story took the caption sentence
/// under it for its title.
extension BoundaryPlanner {
    /// Most words of a breadcrumb trail (the `widget` pattern allows 6 sections of 4 words).
    static let breadcrumbMaxWords = 24

    /// Stripped line `p` reads as a breadcrumb trail: sections joined by `›`, `»` or ` > `, no
    /// sentence's end. The mark stands between sections, never first: `» Title` points to
    /// another story (a related link), anywhere on a page.
    static func isBreadcrumb(_ p: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard case .stripped = lines[p].kind, lines[p].words <= breadcrumbMaxWords else { return false }
        return lines.withContentBytes(p) { u in
            guard let last = u.last, last != 0x2E, last != 0x21, last != 0x3F else { return false }
            var k = 1
            while k < u.count {
                // `›` U+203A (E2 80 BA), `»` U+00BB (C2 BB), or `>` set between words.
                if u[k] == 0xE2, k + 2 < u.count, u[k + 1] == 0x80, u[k + 2] == 0xBA { return true }
                if u[k] == 0xC2, k + 1 < u.count, u[k + 1] == 0xBB { return true }
                if u[k] == 0x3E, k > 0, k + 1 < u.count, u[k - 1] == 0x20, u[k + 1] == 0x20 { return true }
                k += 1
            }
            return false
        }
    }
}
