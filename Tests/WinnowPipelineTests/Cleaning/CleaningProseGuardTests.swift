import Foundation
import XCTest
import Yams
@testable import WinnowPipeline

/// Rules that must not strip prose: a family's `max_words` bound, and the pipeline file's caption
/// families (a long caption is the article's sentence; a Getty Images credit is furniture).
final class CleaningProseGuardTests: XCTestCase {
    private let longCaption = "President Donald Trump speaks in the Rose Garden of the White House on Friday afternoon in Washington. (AP Photo/Alex Brandon)"
    private let shortCaption = "Crowds in the square. (AP Photo/Alex Brandon)"

    private func kinds(_ config: CleanConfig, _ text: String) throws -> [LineKind] {
        try LineClassifier(config: config).classify(text).lines.map(\.kind)
    }

    func testMaxWordsKeepsLongLinesFromAFamily() throws {
        let pattern = #"\([^()]{2,60}/[^()]{1,40}\)\s*$"#
        let bounded = CleanConfig(families: [RuleFamilyConfig(name: "cap", role: .caption, maxChars: 800, patterns: [pattern], maxWords: 12)])
        let unbounded = CleanConfig(families: [RuleFamilyConfig(name: "cap", role: .caption, maxChars: 800, patterns: [pattern])])
        let text = "\(longCaption)\n\(shortCaption)"
        XCTAssertEqual(try kinds(bounded, text), [.body, .stripped(rule: "cap", role: .caption)])
        XCTAssertEqual(try kinds(unbounded, text), [.stripped(rule: "cap", role: .caption), .stripped(rule: "cap", role: .caption)])
    }

    func testMaxWordsMustBePositive() {
        XCTAssertThrowsError(try YAMLDecoder().decode(RuleFamilyConfig.self, from: "name: x\nrole: widget\nexact: [a]\nmax_words: 0")) { error in
            XCTAssertTrue("\(error)".contains("max_words"), "\(error)")
        }
        XCTAssertEqual(try YAMLDecoder().decode(RuleFamilyConfig.self, from: "name: x\nrole: widget\nexact: [a]\nmax_words: 7").maxWords, 7)
    }

    func testPipelineKeepsLongCaptionsButStripsGettyCredits() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        func rule(_ line: String) -> String? { CleaningFixtures.strippedRule(classifier, line) }
        XCTAssertNil(rule(longCaption), "a caption of many words is the article's sentence")
        XCTAssertNil(rule("Education Secretary Betsy DeVos speaks with students at the Smithsonian museum in March 2017. (Joshua Roberts/Reuters)"))
        XCTAssertEqual(rule("First Lady at a White House event (Carlos Barria/Reuters)"), "caption_named_credit")
        XCTAssertEqual(rule("Crowds gather outside the parliament building in the capital on Sunday evening before the vote. (AFP/File)"),
                       "caption_credit", "an agency-only credit strips a caption of any length")
        XCTAssertEqual(rule("Sen. Mitt Romney walks with reporters on Capitol Hill in Washington on Oct. 22, 2019. (Andrew Caballero-Reynolds/AFP via Getty Images)"), "caption_credit")
        XCTAssertEqual(rule("Riot police stop a man with a placard at Causeway Bay district in Hong Kong on Sunday evening. Photo: Jane Roe/AFP/Getty Images"), "caption_credit")
        XCTAssertNil(rule("The agency, which licenses pictures to Getty Images and others, said its photographers would return to the region next week."))
    }

    func testCreditLeftOpenByAHardWrapIsNotStripped() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify("Paul Ryan speaks in Janesville, Wis. (Photo: Anthony Wahl, The\nJanesville Gazette)\nRyan speaks in Janesville. Photo: Anthony Wahl").lines
        XCTAssertEqual(lines[0].kind, .body, "the credit's bracket is closed on the next line")
        XCTAssertEqual(lines[2].strippedRule, "caption_named_credit")
    }

    func testDateFinishingTheLineAboveIsNotATimeStamp() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = """
        Leaked copy of the contract: https://t.co/XR1wTcD5hJ — Ken Doe (@kendoe)
        October 27, 2017
        Students are escorted off campus after a shooting at the high school in Santa Clarita, CA Thursday,
        November 14, 2019
        Senate passes the budget bill after a long night of votes
        October 27, 2017
        """
        let lines = classifier.classify(text).lines
        XCTAssertEqual(lines[1].kind, .body, "an embedded tweet's date")
        XCTAssertTrue(lines[1].metadata.isEmpty)
        XCTAssertEqual(lines[3].kind, .body, "a clause wrapped after a comma")
        XCTAssertEqual(lines[5].strippedRule, "timestamp_date", "a stamp under a headline")
    }

    /// A stamp-shaped line opening in lower case under a line that stops open is the rest of a
    /// hard-wrapped sentence; the same words as a capitalised label under a headline are a stamp.
    func testLowerCaseStampContinuingTheSentenceAboveIsProse() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = """
        Thanks to the investigation and the famous memo
        published in February 2018 — we know that the warrants were
        obtained fraudulently, the lawyers said on Tuesday.
        Senate passes the budget bill after a long night of votes
        Published 3 March 2024
        The report ended.
        published 3 March 2024
        """
        let lines = classifier.classify(text).lines
        XCTAssertEqual(lines[1].kind, .body, "a wrapped sentence's middle")
        XCTAssertTrue(lines[1].metadata.isEmpty)
        XCTAssertEqual(lines[4].strippedRule, "timestamp_published", "a stamp under a headline")
        XCTAssertEqual(lines[6].strippedRule, "timestamp_published", "under a sentence that ended")
    }

    func testWidgetLabelBeforeATitleIsALinkNotFurniture() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify("""
        WATCH LIVE: Trump holds campaign rally in Tulsa as crowds gather
        Watch live
        Don't miss: Venture funding remains elusive for Black tech entrepreneurs
        Don't miss out on the headlines from Opinion
        """).lines
        XCTAssertEqual(lines[0].strippedRule, "related_link")
        XCTAssertEqual(lines[1].strippedRule, "widget")
        XCTAssertEqual(lines[2].strippedRule, "related_link")
        XCTAssertEqual(lines[3].strippedRule, "widget")
    }

    func testPrefixLiteralEndsAWordOfTheLine() throws {
        let config = CleanConfig(families: [RuleFamilyConfig(name: "lit", role: .trailer, maxChars: 300, prefixes: ["with ap", "share this", "photo:"])])
        let lines = try LineClassifier(config: config).classify("""
        With apologies to Charles Dickens, historians will label the agreement a tale of two cities.
        With AP
        with AP and Reuters
        Share this: Twitter
        Share thistles with the neighbours over the fence.
        Photo:Jane Doe
        """).lines
        XCTAssertEqual(lines.map { $0.strippedRule ?? "-" }, ["-", "lit", "lit", "lit", "-", "lit"])
    }
}
