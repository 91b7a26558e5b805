/// A site's masthead, its name alone on a line over the page's navigation ("The Union Star" over
/// "Menu", "Subscribe", a breadcrumb or a menu run), stripped as `masthead`. A portal prints it on
/// every page, so a dump of several pages has it over every story; kept, it reads as a short
/// headline and titles the story under it in place of the real one.
///
/// A kept line of 1 to `maxWords` words opening with a capital, with no digit and no sentence or
/// clause punctuation, that no kept line sits right above, with a navigation line right under it:
/// a menu run (`nav_menu`), a breadcrumb (`chrome_trail`, widget's trail) or a navigation button
/// (`navigationKeys`, or a line of the `chrome_nav` family). A headline has its byline, stamp or
/// sharing bar under it, not the menu.
enum Masthead {
    static let rule = "masthead"
    static let maxWords = 5
    /// The families whose lines are navigation: a breadcrumb trail, and widget's lines (its
    /// breadcrumbs among them, told by their separator).
    static let trailRule = "chrome_trail"
    /// A skip link or menu button in the bar (`Pular para o conteúdo`, `Close menu`).
    static let navRule = "chrome_nav"
    static let widgetRule = "widget"
    /// ASCII a site's name may not hold: digits, sentence and clause punctuation, a quote.
    private static let refused: ByteSet = {
        var set = ByteSet()
        for b in UInt8(0x30)...0x39 { set.insert(b) }
        for b in ".,:;?!\"".utf8 { set.insert(b) }
        return set
    }()
    /// A breadcrumb's separators in widget's lines.
    private static let separators: [[UInt8]] = [Array("›".utf8), Array("»".utf8)]

    /// Buttons of a page's navigation bar, in the common languages (`LineKey`s).
    static let navigationKeys: Set<UInt64> = Set([
        "Menu", "Menü", "Main menu", "Navigation", "Search", "Suche", "Rechercher", "Recherche", "Buscar",
        "Cerca", "Zoeken", "Pesquisar", "Subscribe", "Abonnieren", "S'abonner", "Suscribirse", "Suscríbete",
        "Abbonati", "Assine", "Abonneren", "Sign in", "Log in", "Anmelden", "Se connecter", "Iniciar sesión",
        "Accedi", "Entrar", "Inloggen", "Skip to content", "Skip to main content", "Skip to navigation",
        "Zum Inhalt springen", "Aller au contenu", "Ir al contenido",
    ].map { LineKey.hash($0) })

    static func apply(_ lines: inout [ClassifiedLine]) {
        guard lines.count > 1 else { return }
        for i in 0..<(lines.count - 1) where isCandidate(i, in: lines) && isNavigation(i + 1, in: lines) {
            if i > 0, case .body = lines[i - 1].kind { continue }
            lines[i] = lines[i].with(kind: .stripped(rule: rule, role: .widget),
                                     detail: "site name over the page's navigation")
        }
    }

    private static func isNavigation(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .stripped(let r, _) = lines[j].kind else { return false }
        // `chrome_nav`: a skip link or menu button in the bar (`Pular para o conteúdo`, `Close menu`).
        if r == NavMenu.rule || r == trailRule || r == navRule { return true }
        if navigationKeys.contains(lines[j].key) { return true }
        // widget's breadcrumb ("Home › World", "Startseite > Politik").
        return r == widgetRule && lines.withContentBytes(j) { u in
            u.contains(0x3E) || separators.contains { s in s.withUnsafeBufferPointer { ByteSearch.occurs($0, in: u, startingBy: u.count) } }
        }
    }

    private static func isCandidate(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[i].kind, lines[i].words >= 1, lines[i].words <= maxWords,
              lines[i].linkRule == nil else { return false }
        return lines.withContentBytes(i) { LineText.opensCapitalisedLabel($0, refusing: refused) }
    }
}
