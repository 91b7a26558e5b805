import Foundation
import XCTest
import Yams
@testable import WinnowPipeline

final class CleaningUnitTests: XCTestCase {
    func testLineKeyFoldsCaseDigitsAndPunctuation() {
        XCTAssertEqual(LineKey.normalized("  Updated 24 October 2024!! "), "updated 0 october 0")
        XCTAssertEqual(LineKey.normalized("“Short—Url”"), "short url")
        XCTAssertEqual(LineKey.hash("Slideshow (12 Images)"), LineKey.hash("slideshow (3 images)"))
        XCTAssertNotEqual(LineKey.hash("Follow"), LineKey.hash("Share"))
    }

    func testLearnedLinesAreStrippedUnlessProse() throws {
        let junk = "Get the latest from our team"
        let prose = "The minister said on Monday that the talks would resume next week in Geneva after the holiday."
        let learned = LearnedBoilerplate(keys: [LineKey.hash(junk), LineKey.hash(prose)])
        let classifier = try LineClassifier(config: CleanConfig(), learned: learned)
        let lines = classifier.classify("\(junk)\n\(prose)\nSomething else entirely here").lines
        XCTAssertEqual(lines[0].kind, .stripped(rule: "learned", role: nil))
        XCTAssertEqual(lines[1].kind, .body, "prose is kept even when frequent")
        XCTAssertEqual(lines[2].kind, .body)
        let counted = LearnedBoilerplate(documentCount: { $0 == LineKey.hash(junk) ? 3 : 0 })
        let strict = try LineClassifier(config: CleanConfig(learned: LearnedConfig(minDocuments: 4)), learned: counted)
        XCTAssertEqual(strict.classify(junk).lines[0].kind, .body, "below min_documents")
    }

    func testUnknownKeyAndBadPatternNameTheProblem() throws {
        XCTAssertThrowsError(try YAMLDecoder().decode(CleanConfig.self, from: "familes: []")) { error in
            XCTAssertTrue("\(error)".contains("familes"), "\(error)")
        }
        XCTAssertThrowsError(try YAMLDecoder().decode(SplitConfig.self, from: "weights: {open_endng: 1}")) { error in
            XCTAssertTrue("\(error)".contains("open_endng"), "\(error)")
        }
        let bad = CleanConfig(families: [RuleFamilyConfig(name: "broken_rule", role: .widget, patterns: ["(unclosed"])])
        XCTAssertThrowsError(try LineClassifier(config: bad)) { error in
            XCTAssertTrue("\(error)".contains("broken_rule"), "\(error)")
        }
        XCTAssertThrowsError(try YAMLDecoder().decode(RuleFamilyConfig.self, from: "name: x\nrole: banner\nexact: [a]")) { error in
            XCTAssertTrue("\(error)".contains("role"), "\(error)")
        }
    }

    func testRulesFromPipelineFileGeneralize() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let expectations: [(String, String?)] = [
            ("JANE DOE/Reuters", "photo_credit"), ("@somebody/X", "photo_credit"), ("Photo: Jane Doe/AP", "photo_credit"),
            ("Image copyright Getty Images", "photo_credit"), ("toggle caption Ann Lee/NPR", "photo_credit"),
            ("Supporters gather in the square on Sunday. (AP Photo/John Roe)", "photo_credit"),
            ("Crowds gather outside the parliament building in the capital on Sunday evening before the vote. (AFP/File)", "caption_credit"),
            ("Fans sit in the stands at the stadium before the home opener on Nov. 24, 2019 in Landover, Md. Jane Doe/Getty Images, File", "caption_credit"),
            ("The museum said it keeps a record of every picture it has licensed from Getty Images, and shared the file.", nil),
            ("Share on Facebook", "widget"), ("Story continues below advertisement", "widget"),
            ("Updated 3 hours ago", "timestamp_relative"), ("Published: 12 March 2023", "timestamp_published"),
            ("Last updated: 03/12/2023 10:15", "timestamp_updated"),
            ("Reuters' Ann Lee contributed to this report.", "contributor"),
            ("(Reporting by Ann Lee; Editing by Bob Roe)", "contributor"),
            ("Source: example.org", "source_line"), ("© 2023 Example Media. All rights reserved.", "copyright"),
            ("Get breaking news delivered to your inbox every morning", "promo"),
            ("The ministry said the updated plan would be published in March 2024.", nil),
            ("Israel and Hamas agree to a ceasefire after weeks of talks", nil),
        ]
        for (line, rule) in expectations {
            XCTAssertEqual(classifier.classify(line).lines[0].strippedRule, rule, line)
        }
    }

    func testExplainGivesEveryLineAFate() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = classifier.classify(try CleaningFixtures.seed("004_85c929c477899abd.txt"))
        let fates = splitter.explain(text)
        XCTAssertEqual(fates.map(\.line), Array(text.lines.indices))
        XCTAssertEqual(fates[0].kind, .title)
        XCTAssertTrue(fates[0].features.contains { $0.hasPrefix("repeated_after") })
        XCTAssertTrue(fates.contains { $0.kind == .stripped(rule: "repeated_headline", detail: "same line key as the title") })
        XCTAssertTrue(fates.contains { $0.kind == .stripped(rule: "teaser", detail: "bullet between headline and lede") })
    }

    func testHardWrappedWireCopyIsReflowed() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let para = "The central bank raised its main interest rate by a quarter point on Thursday, citing stubborn inflation in services and a tight labour market across the region."
        var wrapped: [String] = []
        var line = ""
        for word in ("WASHINGTON (Reuters) - " + para + " " + para + " " + para).split(separator: " ") {
            if line.count + word.count + 1 > 68 { wrapped.append(line); line = String(word) } else { line += line.isEmpty ? String(word) : " " + word }
        }
        wrapped.append(line)
        let text = wrapped.joined(separator: "\n") + "\nReuter"
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, nil)
        XCTAssertEqual(stories.first?.metadata["dateline"], "WASHINGTON")
        XCTAssertEqual(stories.first?.text.split(separator: "\n").count, 1, "one paragraph after reflow")
    }
}
