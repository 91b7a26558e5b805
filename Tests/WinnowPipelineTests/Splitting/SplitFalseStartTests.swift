import XCTest
@testable import WinnowPipeline

/// Lines inside an article that passed for a new story's headline on the blind sets: captions
/// with their credit after the full stop, doubled paragraphs, a page's dek printed again, subheads
/// in a dump whose headlines all carry a section label, an article's own section rule, and the
/// long-story prior taking back a part of an article.
final class SplitFalseStartTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let rail = [
        "The regional rail operator said on Monday that the coastal line would close for six weekends this spring while engineers replace worn sleepers and signals.",
        "Replacement buses will run between the main stations, adding roughly forty minutes to journeys for commuters who travel along the coast to the city.",
        "Passenger groups asked the operator to publish the closure dates early so that families could plan holiday trips around the engineering works.",
        "The operator said the new signals would allow trains to run closer together, raising capacity on the busiest morning services by about a fifth.",
    ]
    static let bakery = [
        "A bakery chain founded in a market town forty years ago is opening twenty new shops across the north, its owners said, creating three hundred jobs.",
        "The family that runs the chain said flour prices had fallen enough this year for them to expand without raising the price of a loaf.",
        "Most of the new shops will open in former bank branches on high streets, where landlords have struggled to find tenants since the closures.",
        "Each shop will bake bread on the premises every morning, a practice the founders say sets the chain apart from supermarket bakeries.",
    ]
    static let h1 = "Harbour authority approves plan to dredge the northern channel"
    static let h2 = "City orchestra unveils autumn season with Sibelius cycle"

    /// Greedy hard wrap at `width` columns, as wire tools wrap copy.
    static func wrap(_ p: String, _ width: Int = 72) -> String {
        var lines: [String] = [], line = ""
        for w in p.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + w.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + w
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    func testCaptionTailAfterTheFullStop() {
        let yes = ["At a bus station in Durham, North Carolina, 1940. LIBRARY OF CONGRESS",
                   "Nicolás Maduro in Caracas, Venezuela, July 2015. JORGE LOPEZ / REUTERS",
                   "Wreckage at the crash site on March 11. Photographer: Michael Tewelde/AFP via Getty Images"]
        let no = ["Harbour authority approves plan to dredge the northern channel",
                  "TRUMP WINS. GOP CELEBRATES IN THE CAPITAL",           // a headline in capitals: no sentence in lower case
                  "Zoom Is a Nightmare. So Why Is Everyone Still Using It?",
                  "A speech given by President John F. KENNEDY",         // an initial is no sentence's end
                  "The harbour will reopen in May. Fishermen say the plumes have gone, and the beds are recovering well"]
        for s in yes { XCTAssertTrue(SplitText.withBytes(s, SplitText.endsWithCaptionTail), s) }
        for s in no { XCTAssertFalse(SplitText.withBytes(s, SplitText.endsWithCaptionTail), s) }
    }

    /// A caption set as its own paragraph inside an article, credit after its full stop: a caption
    /// (`caption_credit`), not a headline.
    func testCaptionParagraphWithCreditIsACaption() throws {
        let h = Self.harbour
        let cap = "Trawlers moored at a quay in Lowestoft, Suffolk, 1952. NATIONAL ARCHIVES"
        let text = ([Self.h1] + h[..<3] + [cap] + h[3...] + [Self.h2] + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == cap })
        XCTAssertTrue(fate.features.fired("caption_credit", .negative), "\(fate.features)")
        XCTAssertEqual(splitter.split(lines).count, 2)
    }

    /// In hard-wrapped copy a caption's last line (`1952. JOHN SMITH / REUTERS`) is stripped as a
    /// credit and its first line is left alone: the two read together are a caption.
    func testWrappedCaptionOverStrippedCreditIsACaption() throws {
        let h = Self.harbour.map { Self.wrap($0) }
        let first = "Trawlers moored at a quay in Lowestoft, Suffolk, in the summer of"
        let cap = first + "\n1952. JOHN SMITH / REUTERS"
        let text = ([Self.h1] + h[..<3] + [cap] + h[3...] + [Self.h2] + Self.orchestra.map { Self.wrap($0) }).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let at = try XCTUnwrap(lines.lines.firstIndex { $0.content == first })
        guard case .stripped = lines.lines[at + 1].kind else { return XCTFail("the credit line is stripped: \(lines.lines[at + 1].kind)") }
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        XCTAssertTrue(scorer.facts(lines.lines).credit[at])
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == first })
        XCTAssertTrue(fate.features.fired("caption_credit", .negative), "\(fate.features)")
        XCTAssertEqual(splitter.split(lines).map(\.title), [Self.h1, Self.h2])
    }

    /// A gallery prints every caption twice: under a sentence printed twice in a row, the next
    /// paragraph printed twice is the next doubled caption, no teaser over a lede (`credit_after`).
    func testDoubledParagraphUnderDoubledSentenceIsNoTeaser() throws {
        let h = Self.harbour
        let d1 = "Former harbour master Jane Doe, center, also spoke at the meeting. She said the plumes would pass."
        let d2 = "Fishermen at the quay, who moor their trawlers near the channel, said they would watch the beds closely this season."
        let text = ([Self.h1, h[0], h[1], d1, d1, d2, d2, h[2], h[3], h[4], Self.h2] + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == d1 })
        XCTAssertFalse(fate.features.contains { $0.hasPrefix("credit_after") }, "\(fate.features)")
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("two_sentence_headline") }, "scored as a headline candidate: \(fate.features)")
        // A single copy keeps its teaser: the lede's opening repeated above the lede.
        let single = ([Self.h1, h[0], h[1], d1, d2, d2, h[2], h[3], h[4], Self.h2] + Self.orchestra).joined(separator: "\n\n")
        let l2 = classifier.classify(single)
        let f2 = try XCTUnwrap(splitter.explain(l2).first { l2.lines[$0.line].content == d1 })
        XCTAssertTrue(f2.features.fired("credit_after", .positive), "\(f2.features)")
    }

    /// A page that opens with its headline and dek sets both again over its text: the dek's
    /// second copy is no headline (`repeats_above`), and the story holds the dek once.
    func testDekPrintedAgainIsNoStart() throws {
        let h = Self.harbour, o = Self.orchestra
        let dek = "And will the shellfish beds survive eighteen months of dredging?"
        let text = ([Self.h1, dek, "By Jane Doe", "Updated 10 April 2020", "", Self.h1, "", dek, "Photo: John Smith/Getty Images"]
            + h + ["", Self.h2, ""] + o).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines).filter { lines.lines[$0.line].content == dek }
        XCTAssertEqual(fates.count, 2)
        XCTAssertFalse(fates[0].features.contains { $0.hasPrefix("repeats_above=") })
        // The second copy starts nothing: scored, it repeats the dek above (`repeats_above`); here
        // the headline over the header reads as its first copy (`header_repeat_below`), the first
        // dek leaves the text as one the story prints again, and the second is the story's text.
        XCTAssertTrue(fates[1].features.fired("repeats_above", .negative) || fates[1].kind == .kept, "\(fates[1])")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories[0].text.components(separatedBy: dek).count, 2, "the dek once: \(stories[0].text)")
    }

    /// Three headlines open with a section label (`Analysis:`, `Explainer:`, `Exclusive:`), each
    /// backed by the start of the text or a trailer above it: a bare headline start with no label
    /// is a subhead (`unlike_dump_labels`). Without the vote it starts a fourth story.
    func testUnlabelledBareHeadlineInLabelledDumpIsASubhead() throws {
        let tr = "Jane Doe contributed to this report."
        let text = (["Analysis: Harbour authority approves plan to dredge the northern channel"] + Self.harbour + [tr]
            + ["Explainer: How the city orchestra chose a Sibelius cycle for its autumn season"] + Self.orchestra + [tr]
            + ["Exclusive: Coastal rail line to close for six weekends of engineering work"] + Self.rail
            + ["Bakery chain opens twenty new shops across the north"] + Self.bakery + [tr]).joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.unlikeDumpLabels, fires: .negative, where: { $0.hasPrefix("Bakery chain") }, in: text,
                                           stories: 3, without: 4)
    }

    /// A structured article sets a photo with the same credit under each short section head: the
    /// head that passes on its topic shift is a sibling of the others (`sibling_headers`).
    func testShortHeadsOverTheSameCreditAreSiblings() throws {
        let h = Self.harbour
        let head = "Orchestra Season Tickets Selling Fast"
        let text = ([Self.h1, h[0], h[1], "Time Might Be Up", "Photo: Reuters", h[2], "Enthusiasm Gap", "Photo: Reuters", h[3], h[4],
                     head, "Photo: Reuters"] + Self.orchestra).joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.siblingHeaders, fires: .negative, where: { $0 == head }, in: text,
                                           stories: 1, without: 2)
    }

    /// A line opening with `But` / `And` goes on from the sentence before it: no headline, even
    /// at a topic shift (`conjunction_opening`); a headline-less lede ending like a sentence is not asked.
    func testConjunctionOpeningIsNoHeadline() throws {
        let q = "But will the orchestra find an audience for its Sibelius cycle?"
        let text = ([Self.h1] + Self.harbour + [q] + Self.orchestra).joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.conjunctionOpening, fires: .negative, where: { $0 == q }, in: text,
                                           stories: 1, without: 2)
        for s in ["But will it last?", "And Now, A Word From Charles", "Yet another delay", "Or not"] {
            XCTAssertTrue(SplitText.withBytes(s, BoundaryScorer.opensWithConjunction), s)
        }
        for s in ["Butter prices soar", "Andean nations meet", "ANDREW JOHNSON: a life", "Order restored", "Border talks"] {
            XCTAssertFalse(SplitText.withBytes(s, BoundaryScorer.opensWithConjunction), s)
        }
    }

    /// A caption opening like a dateline (`FILE - This … file photo shows …`) printed twice right
    /// under a headline's header block, both copies passing for ledes: the headline takes the
    /// caption and meets the real dateline lede below it (b4: a summary box had put the caption
    /// past the headline's lede search). Printed once, the caption is left to the other checks.
    func testDoubledDatelineCaptionUnderHeaderIsTheHeadlines() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let planner = try CleaningFixtures.planner()
        let cap = "FILE - This March 13, 2020, file photo shows trawlers moored at the quay near the northern channel."
        let lede = "LOWESTOFT, England (AP) - " + Self.harbour[0]
        func merged(_ copies: Int) -> [Int] {
            let text = ([Self.h1, "Print", "Email"] + Array(repeating: cap, count: copies) + [lede] + Self.harbour[1...]).joined(separator: "\n\n")
            let lines = classifier.classify(text).lines
            var plan = BoundaryPlanner.Plan()
            plan.rejected = LineSlots(count: lines.count)
            plan.facts = planner.scorer.facts(lines)
            let at = { (s: String) in lines.firstIndex { $0.content == s }! }
            var candidates: [BoundaryPlanner.Candidate] = [
                .init(at(Self.h1), .init(isTitle: true, scored: .fixture(9, [.openEnding, .headlineLength, .widgetAfter]))),
                .init(at(cap), .init(isTitle: false, scored: .fixture(4.5, [.datelineStart]))),
                .init(at(lede), .init(isTitle: false, scored: .fixture(4.5, [.datelineStart]))),
            ]
            planner.mergeHeadlineLedes(&candidates, lines, &plan)
            return candidates.map(\.line)
        }
        XCTAssertEqual(merged(2), [0])
        XCTAssertEqual(merged(1).count, 3)
    }

    func testHeadlineLabels() {
        for s in ["Analysis: Did I already have coronavirus?", "OPINION: Tax cuts are key", "Editor's Note: A correction",
                  "Full report: The harbour in numbers", "Exclusive: “We will dredge,” says the authority"] {
            XCTAssertTrue(SplitText.withBytes(s, BoundaryPlanner.opensWithHeadlineLabel), s)
        }
        for s in ["Harbour authority approves plan", "The harbour authority said on Tuesday: dredging starts",
                  "Analysis:no blank after the colon", "Analysis: lower case after the label", "3 things: what to know"] {
            XCTAssertFalse(SplitText.withBytes(s, BoundaryPlanner.opensWithHeadlineLabel), s)
        }
    }

    /// A dump's separator is set alike every time; an article's own rule sits in its layout: the
    /// separator vote keys a rule by its layout too.
    func testSeparatorLayoutKeys() {
        let shape: [LineFacts.Shape] = [.body, .trailer, .body, .blank, .trailer, .blank, .body, .blank, .trailer, .blank, .body]
        let k = BoundaryPlanner.ruleKey(UnsafeBufferPointer(start: nil, count: 0))
        XCTAssertNotEqual(BoundaryPlanner.layoutKey(k, 1, shape), BoundaryPlanner.layoutKey(k, 4, shape))
        XCTAssertEqual(BoundaryPlanner.layoutKey(k, 4, shape), BoundaryPlanner.layoutKey(k, 8, shape))
    }

    /// The long-story prior takes back no part of an article: a speaker's turn, a pull quote, a
    /// list item, an announced chart title, a repeat, a caption.
    func testArticlePartsAreNamed() {
        for f in [SplitFeature.labelTurn, .pullQuote, .listItem, .afterColon, .repeatsAbove, .captionCredit] {
            XCTAssertTrue(BoundaryPlanner.namedInArticle(.fixture(4.0, [.openEnding, f])), f.rawValue)
        }
        XCTAssertFalse(BoundaryPlanner.namedInArticle(.fixture(4.0, [.openEnding, .headlineLength, .titleCase])))
    }

    /// The long-story prior takes back a short line only with evidence beyond its shape (`STAR
    /// POWER` is a section head; a short headline over a trailer is not), and a question only when
    /// some of its words come back below it.
    func testLongStoryTakeBackNeedsEvidence() {
        let w = FeatureWeights(SplitConfig.defaultWeights)
        let n = SplitConfig().affinityNeutral
        XCTAssertFalse(BoundaryPlanner.headlineOnEvidence(.fixture(4.0, [.openEnding, .tooFewWords, .titleCase]), affinityNeutral: n))
        XCTAssertTrue(BoundaryPlanner.headlineOnEvidence(.fixture(4.0, [.openEnding, .tooFewWords, .trailerBefore]), affinityNeutral: n))
        XCTAssertTrue(BoundaryPlanner.headlineOnEvidence(.fixture(4.0, [.openEnding, .headlineLength]), affinityNeutral: n))
        var none = ScoredLine.fixture(4.0, [.questionEnding, .headlineLength])
        none.add(.headlineAffinity, value: -n, w)
        XCTAssertFalse(BoundaryPlanner.headlineOnEvidence(none, affinityNeutral: n))
        var some = ScoredLine.fixture(4.0, [.questionEnding, .headlineLength])
        some.add(.headlineAffinity, value: 0.1, w)
        XCTAssertTrue(BoundaryPlanner.headlineOnEvidence(some, affinityNeutral: n))
    }
}
