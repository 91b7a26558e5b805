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
        if r == NavMenu.rule || r == "chrome_trail" || r == "chrome_nav" { return true }
        if navigationKeys.contains(lines[j].key) { return true }
        // widget's breadcrumb ("Home › World", "Startseite > Politik").
        return r == "widget" && lines.withContentBytes(j) { u in
            u.contains(0x3E) || (u.count >= 2 && zip(u, u.dropFirst()).contains { $0 == 0xC2 && ($1 == 0xBB) }) ||
                (u.count >= 3 && (0..<(u.count - 2)).contains { u[$0] == 0xE2 && u[$0 + 1] == 0x80 && u[$0 + 2] == 0xBA })
        }
    }

    private static func isCandidate(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[i].kind, lines[i].words >= 1, lines[i].words <= maxWords,
              lines[i].linkRule == nil else { return false }
        return lines.withContentBytes(i) { u in
            guard let f = u.first, (f >= 0x41 && f <= 0x5A) || f >= 0xC0 else { return false }
            for b in u where b < 0x80 {
                if b >= 0x30 && b <= 0x39 { return false }
                if b == 0x2E || b == 0x2C || b == 0x3A || b == 0x3B || b == 0x3F || b == 0x21 || b == 0x22 { return false }
            }
            return true
        }
    }
}
