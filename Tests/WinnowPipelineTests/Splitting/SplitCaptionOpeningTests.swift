import XCTest
@testable import WinnowPipeline

/// A photo caption closed by its credit, set between a page's header furniture and the start of
/// the story below it, opens that story: it is not left as the last paragraph of the story above
/// (`BoundaryCaptionOpening.swift`).
final class SplitCaptionOpeningTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let headline = "Harbour Authority Approves Plan to Dredge the Northern Channel"
    static let caption = "This undated photo provided by the harbour authority shows trawlers moored at the quay near the northern channel in Lowestoft, England."

    /// The orchestra story, its trailer, the next page's furniture, a caption, a headline, the lede.
    static func text(credit: String) -> String {
        let wrapped = { (p: String) -> String in
            var lines: [String] = [], line = ""
            for w in p.split(separator: " ") {
                if !line.isEmpty && line.count + 1 + w.count > 72 { lines.append(line); line = "" }
                line += (line.isEmpty ? "" : " ") + w
            }
            return (lines + [line]).joined(separator: "\n")
        }
        let furniture = ["Ann Lee contributed to this report.", "Source: example.com", "Written by Bob Roe",
                         "2019-09-15T11:41:00Z", "Print", "Email", "Gift Article"]
        let paragraphs = orchestra[0..<3].map(wrapped) + furniture + [wrapped(caption + credit), headline] + harbour[0..<4].map(wrapped)
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    func testCreditedCaptionOpensTheStoryBelow() throws {
        let text = Self.text(credit: " (Harbour Authority via AP)")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasPrefix("This undated photo") })
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("caption_over_start=") }, "\(fate.features)")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertFalse(stories.first?.text.contains("This undated photo") ?? true)
        XCTAssertTrue(stories.last?.text.hasPrefix("This undated photo") ?? false)
        XCTAssertEqual(stories.last?.title, Self.headline)
        // The headline below the caption is the title only, not a paragraph of the text too.
        XCTAssertFalse(stories.last?.text.contains(Self.headline) ?? true)
        XCTAssertTrue(splitter.explain(lines).contains { lines.lines[$0.line].content == Self.headline && $0.kind == .title })
        // Off: the caption stays with the story above.
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.captionOverStart] = 0 }
        let off = s0.split(c0.classify(text))
        XCTAssertEqual(off.count, 2)
        XCTAssertTrue(off.first?.text.contains("This undated photo") ?? false)
    }

    /// A paragraph with no credit there is no caption: nothing moves for it.
    func testUncreditedParagraphIsNoCaption() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let fates = splitter.explain(classifier.classify(Self.text(credit: "")))
        XCTAssertFalse(fates.contains { $0.features.contains { $0.hasPrefix("caption_over_start=") } })
    }

    /// The credit tails the pass reads: a slash credit, a `via` credit after a full stop.
    func testCreditTails() {
        func via(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryPlanner.endsWithViaCredit) }
        XCTAssertTrue(via("A photo of the quay. (Harbour Authority via AP)"))
        XCTAssertFalse(via("A photo of the quay (Harbour Authority via AP)"))
        XCTAssertFalse(via("He said the plan would go ahead. (It came via email)"))
        XCTAssertFalse(via("The authority approved the plan on Tuesday."))
        // One bracket scan for both credit tests: a credit naming a person may hold a stop, a bare
        // agency credit may not.
        XCTAssertTrue(via("A photo of the quay. (Courtesy of J. Doe via AP)"))
        XCTAssertFalse(SplitText.endsWithCredit("A photo of the quay. (Courtesy of J. Doe)"))
        XCTAssertTrue(SplitText.endsWithCredit("A photo of the quay. (Sipa USA)"))
        XCTAssertTrue(SplitText.endsWithCredit("A photo of the quay! [Reuters]"))
        XCTAssertFalse(via("A photo of the quay. [Harbour Authority via AP]"))
        // The stop may be the line's first byte (a caption's sentence left on the line above).
        XCTAssertTrue(via(". (Harbour Authority via AP)"))
        XCTAssertFalse(via("(Harbour Authority via AP)"))
    }

    /// A link line is one the pipeline sends to metadata `links`, whatever its family's name.
    func testLinkRuleIsWhatGoesToLinks() {
        func line(_ rule: String, _ metadata: [String: JSONValue] = [:]) -> ClassifiedLine {
            ClassifiedLine(text: "Read more: Harbour dredging begins", content: "Read more: Harbour dredging begins",
                           kind: .stripped(rule: rule, role: .widget), metadata: metadata, key: 1, words: 5)
        }
        let links: [String: JSONValue] = ["links": .array([.string("Read more: Harbour dredging begins")])]
        XCTAssertTrue(BoundaryPlanner.isLinkRule(line("related_link", links)))
        XCTAssertTrue(BoundaryPlanner.isLinkRule(line("more_stories", links)))
        XCTAssertTrue(BoundaryPlanner.isLinkRule(line(ListContext.rule)))
        // A family named like a link that does not send its lines to `links` is furniture.
        XCTAssertFalse(BoundaryPlanner.isLinkRule(line("footer_link")))
        XCTAssertFalse(BoundaryPlanner.isLinkRule(line("widget")))
    }
}

/// A caption at the very top of a text, over the first story's headline, is that story's picture:
/// the story opens at it, under the headline's title, instead of the caption standing alone as a
/// story of one line above it (allsides-dev: 16 records split so).
final class SplitCaptionAtTextTopTests: XCTestCase {
    static func text(caption: String) -> String {
        ([caption, SplitCaptionOpeningTests.headline] + SplitStructureTests.harbour).joined(separator: "\n\n") + "\n"
    }

    func testCaptionAtTheTopOpensTheFirstStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let caption = SplitCaptionOpeningTests.caption + " (Harbour Authority via AP)"
        for record in [false, true] {
            let stories = splitter.split(classifier.classify(Self.text(caption: caption)), record: record)
            XCTAssertEqual(stories.count, 1, "record: \(record)")
            XCTAssertEqual(stories.first?.title, SplitCaptionOpeningTests.headline)
            XCTAssertTrue(stories.first?.text.hasPrefix("This undated photo") ?? false, "the caption stays, in the story's text")
            XCTAssertTrue(stories.first?.text.contains(SplitStructureTests.harbour[4]) ?? false)
        }
        // Off, the caption stood alone.
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.captionOverStart] = 0 }
        XCTAssertEqual(s0.split(c0.classify(Self.text(caption: caption)), record: true).count, 2)
    }

    /// A first paragraph with no credit is no caption: the headline under it still opens a story,
    /// and the paragraph stays as it was (prose negative).
    func testUncreditedFirstParagraphStaysApart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let para = SplitStructureTests.orchestra[0]
        let stories = splitter.split(classifier.classify(Self.text(caption: para)))
        XCTAssertTrue(stories.map(\.text).joined().contains(para))
        XCTAssertFalse(splitter.explain(classifier.classify(Self.text(caption: para))).contains { $0.features.contains { $0.hasPrefix("caption_over_start=") } })
    }
}
