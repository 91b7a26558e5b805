import Foundation
import XCTest
@testable import WinnowPipeline

/// The byte-level fast path agrees with the plain matchers it replaces: a regex prefilter never
/// rejects a line its regex matches, and literal tables find the same literal as a scan in order.
/// Here the classifier as a whole (a line's tail fold, the family gate); the rule matchers in
/// `CleaningFastPathTests+Literals.swift`, the line scans in `CleaningFastPathTests+LineBytes.swift`.
final class CleaningFastPathTests: XCTestCase {
    static let root = packageRoot()

    /// Lines from the seed dumps and the dev-set sample plus crafted boilerplate.
    func corpusLines() throws -> [String] {
        var lines: [String] = [
            "Updated 5 sec ago", "First published 3 hours ago", "Last updated: Yesterday", "October 24, 2024",
            "24 Oct 2024 10:15 GMT", "2024-10-28", "3/4/24 10:15 pm", "Reporting by Jane Doe; Editing by John Roe",
            "Jane Doe contributed from Paris.", "Source: independent.co.uk", "via dailyledger.ca", "Source - snopes.in",
            "Jane Doe/AFP via Getty Images", "@handle/Twitter", "Mette Becker | PA Images", "Courtesy of Coastal Herald",
            "File photo: Sipa USA", "A man walks by (AP Photo/Evan Vucci)", "Protesters march (Saul Loeb/AFP via Getty Images)",
            "Follow Jane Doe on Twitter", "Listen 5 min", "12:30", "[pullquote]", "12 comments", "a a a",
            "Reuters nm", "AP 0312 1405", "* * *", "— George Will is a syndicated columnist.", "S.E. Cupp is the host of a show on CNN.",
            " date 2024-10-28 Headline here", "Find AP Fact Checks at http://apnews.com/APFactCheck",
            "Support Vox’s explanatory journalism", "KELVIN Kelvin kelvin", "ÉCOLE Über straße", "“Quoted” — dash – line",
        ]
        let fm = FileManager.default
        for dir in ["\(Self.root)/Fixtures/seeds", "\(Self.root)/Fixtures/devset/sample"] {
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else { continue }
            for name in names.sorted() {
                if name.hasSuffix(".txt") {
                    let text = try String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8)
                    lines += text.split(separator: "\n").map(String.init)
                } else if name.hasSuffix(".txt.gz") {
                    lines += try readLines(try GzipByteSource(path: "\(dir)/\(name)"))
                }
            }
        }
        return lines
    }

    func newsFamilies() throws -> [RuleFamilyConfig] {
        let config = try PipelineConfig.load(path: "\(Self.root)/Pipelines/news.yaml")
        return try XCTUnwrap(config.clean).families
    }

    func testFoldingOnlyTheLineEndClassifiesLikeFoldingTheWholeLine() throws {
        let config = try XCTUnwrap(try PipelineConfig.load(path: "\(Self.root)/Pipelines/news.yaml").clean)
        let partial = try LineClassifier(config: config)
        let whole = try LineClassifier(config: config)
        whole.wholeFold = true
        // Long lines that end in credits, with blanks, curly quotes and NBSP around where the tail
        // subject (60 characters) starts, plus every corpus line (and pairs of them joined, which
        // makes long lines of real endings).
        let prose = "The council met on Tuesday and agreed a budget that officials said would cover the costs of the new school"
        var lines = try corpusLines()
        let corpus = lines
        for (a, b) in zip(corpus, corpus.dropFirst(3)) { lines.append(a + " " + b) }
        for pad in 0..<70 {
            let p = String(prose.prefix(40 + pad * 3))
            for end in [" (AP Photo/Evan Vucci)", "  (Saul Loeb/AFP via Getty Images)", "\u{00A0}(Photo: Reuters)", " ‘x’ (AFP/File)",
                        " — Photo: Jane Doe (Reuters)", "\t(AP)", " “(reuters)”", " getty images)", " / Getty Images",
                        String(repeating: " ", count: pad % 5) + "(Image: Jane Doe/AFP)"] {
                lines.append(p + end)
                lines.append("date 2024-10-28 " + p + end)
            }
        }
        let text = lines.joined(separator: "\n")
        let a = partial.classify(text).lines, b = whole.classify(text).lines
        XCTAssertEqual(a.count, b.count)
        var stripped = 0
        for (x, y) in zip(a, b) {
            XCTAssertEqual(x.kind, y.kind, String(x.text))
            XCTAssertEqual(x.detail, y.detail, String(x.text))
            XCTAssertEqual(x.metadata, y.metadata, String(x.text))
            XCTAssertEqual(x.content, y.content, String(x.text))
            if case .stripped = x.kind { stripped += 1 }
        }
        XCTAssertGreaterThan(stripped, 500, "the synthetic credit endings are stripped")
        // The shortcut is taken: a prose line ending in a credit, longer than every family that
        // reads whole lines (`max_chars` of those without `tail_chars`), folds from near its end.
        let longest = config.families.filter { $0.tailChars == nil }.map(\.maxChars).max() ?? 0
        var long = prose
        while long.utf8.count <= longest { long += " " + prose }
        let line = Array((long + " (AP Photo/Evan Vucci)").utf8)
        line.withUnsafeBufferPointer { l in
            let from = partial.foldStart(l, chars: l.count)
            XCTAssertGreaterThan(from, 0)
            XCTAssertLessThan(l.count - from, 130)
        }
    }

    /// The family gate (first and last bytes) only skips families that cannot match: every line
    /// is classified as when every family is tried, on corpus lines, the same lines with each
    /// possible first or last byte put in front or behind, and random mixes of rule fragments.
    func testFamilyGateClassifiesLikeTryingEveryFamily() throws {
        let config = try XCTUnwrap(try PipelineConfig.load(path: "\(Self.root)/Pipelines/news.yaml").clean)
        let gated = try LineClassifier(config: config)
        let ungated = try LineClassifier(config: config, everyFamily: true)
        var lines = try corpusLines()
        let samples = ["Getty Images", "photo: Jane Doe", "A man walks (AP Photo/Evan Vucci)", "12:30", "Updated 5 sec ago",
                       "© 2024 Reuters", "Reporting by Jane Doe", "read more", "Sign up for our newsletter", "x",
                       // portal families: patterns split by language, a family whose patterns and literals
                       // pass on different lines (`FamilyGate.admitted`)
                       "Lire aussi : Le titre", "Читайте также: Новости", "ЧИТАЙТЕ ТАКЖЕ — Новости", "See all stories by Jane Doe",
                       "Alle Artikel von Jane Doe", "You have read 3 of your 10 free articles", "Subscribe to continue reading",
                       "Related articles The Big Story Today", "Jane Doe contributed reporting.",
                       // gated by one of the bytes › » > (`GateCondition.anyByte`), by `code ` and by ` st`…
                       "Home › World › Europe", "News > White House", "Home » Politics", "Home›World", "Home ›",
                       "Try it free with code READ30.", "Use the promo code SAVE20 at checkout", "with  code READ30",
                       "Acme Inc, 123 Main St., Suite 5, Springfield, IL 62704", "Acme, 1 Elm Street, Boston, MA 02110-1234"]
        let ends = ["(", ")", "“", "”", "‘", "’", "—", "–", "\u{00A0}", "é", "É", "©", "@", "[", "]", "*", "#", "-", "_", ".", "\"", "'",
                    "D", "d", "R", "S", "F", "P", "©", "0", "9", "\u{7F}", "\u{1F}", "中", "🙂"]
        for s in samples {
            for e in ends { lines.append(e + s); lines.append(s + e); lines.append(e + s + e) }
        }
        let pieces = ["Photo", " by ", "Getty", " Images", "(AP", "/", ")", "Reuters", "©", "Copyright", " all rights reserved",
                      "sign up", " for our ", "Follow", " on Twitter", "12", ":", "30", " ago", "Updated", "—", "“", "”", " ", "x",
                      "date ", "2024-10-28", "Read more", "is a syndicated columnist", "contributed", ".", "|", "via ", "site.com",
                      "›", "»", " > ", "Home", "World", "use", " code ", "READ30", "12 Elm St", ", Boston, MA 02110"]
        var rng = SeededGenerator()
        for _ in 0..<4000 {
            lines.append((0..<Int.random(in: 1...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        let text = lines.joined(separator: "\n")
        let a = gated.classify(text).lines, b = ungated.classify(text).lines
        XCTAssertEqual(a.count, b.count)
        var stripped = 0
        for (x, y) in zip(a, b) {
            XCTAssertEqual(x.kind, y.kind, String(x.text))
            XCTAssertEqual(x.detail, y.detail, String(x.text))
            XCTAssertEqual(x.metadata, y.metadata, String(x.text))
            XCTAssertEqual(x.content, y.content, String(x.text))
            XCTAssertEqual(x.linkRule, y.linkRule, String(x.text))
            if case .stripped = x.kind { stripped += 1 }
        }
        XCTAssertGreaterThan(stripped, 1000, "the mixes and samples meet the rules")
    }
}
