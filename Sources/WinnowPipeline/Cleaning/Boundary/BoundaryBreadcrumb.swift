/// A breadcrumb trail is a page's top (`BoundaryPlanner.topsPage`).
///
/// A site prints its breadcrumb (`Home › Politics › Analysis`, `News > Business`, `Home / World`) over the article's
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
            return isRootedSlashTrail(u)
        }
    }

    /// Sections joined by ` / ` from the site's home (`Home / Business`, `Startseite / Ausland`):
    /// a trail set with slashes reads like a photo credit (`Jane Doe / Reuters`), so only one
    /// opening at the home page's name is taken. Read as furniture, a portal's slashed trail let
    /// the header lift walk up to the masthead over it and title the story with the site's name
    /// (p541: `The City Star`, `The Evening Courier`).
    static func isRootedSlashTrail(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        for w in homeWords where u.count > w.count + 3 && ByteSearch.hasPrefixFoldingASCII(u, w) {
            if u[w.count] == 0x20, u[w.count + 1] == 0x2F, u[w.count + 2] == 0x20 { return true }
        }
        return false
    }

    /// The home page's name opening a trail, ASCII lower case (other bytes as printed).
    static let homeWords: [[UInt8]] = ["home", "homepage", "startseite", "portada", "inicio", "início", "accueil",
                                       "forside", "etusivu", "hem", "hjem"].map { Array($0.utf8) }
}
