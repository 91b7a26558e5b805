import XCTest
@testable import WinnowPipeline

/// The long-story dateline lede (`BoundaryPlanner.applyLongStoryLedes`): a dateline lede that
/// cohesion vetoed inside a story far longer than the dump's others starts a story when the words
/// of the whole parts above and below it overlap less than each part's own halves do.
final class SplitLongStoryLedeTests: XCTestCase {
    static let topics: [[String]] = [
        ["harbour", "dredging", "channel", "sediment", "container", "terminal", "vessels", "trawlers",
         "shellfish", "authority", "berths", "plumes", "engineers", "mooring", "estuary", "cargo"],
        ["orchestra", "symphony", "conductor", "violin", "concerto", "rehearsal", "soloist", "tickets",
         "composer", "strings", "season", "audience", "chamber", "recital", "opera", "score"],
        ["railway", "signals", "commuters", "timetable", "embankment", "ballast", "carriages", "station",
         "platform", "operator", "services", "junction", "freight", "tunnel", "viaduct", "depot"],
        ["bakery", "sourdough", "ovens", "pastries", "flour", "windmill", "starter", "loaves",
         "granddaughter", "proofing", "cinnamon", "crust", "wheat", "miller", "dough", "baskets"],
    ]

    /// Paragraph `p` of a topic: twelve of its words, a different run each time, in a sentence.
    static func paragraph(_ topic: Int, _ p: Int) -> String {
        let w = topics[topic]
        return "The " + (0..<12).map { w[(p * 3 + $0) % w.count] }.joined(separator: " and the ") + " were reported."
    }

    /// Starts after the pass, for a 40-paragraph text with starts at lines 0, 8 and 32 (topics 0,
    /// `middle` and 3), a second topic `second` from line 20 on, where line 20 is rejected with
    /// `features` (and cohesion 0.08 where `vetoed`).
    /// Line 20 opens with `lede` (a dateline, or a label read as one).
    static func starts(second: Int, features: [SplitFeature], vetoed: Bool = true,
                       lede: String = "WASHINGTON — ") throws -> [Int] {
        let config = try CleaningFixtures.configs().1
        let (classifier, _) = try CleaningFixtures.stages()
        let planner = BoundaryPlanner(scorer: try CleaningFixtures.scorer(config))
        let topicOf: (Int) -> Int = { $0 < 8 ? 0 : $0 < 20 ? 1 : $0 < 32 ? second : 3 }
        let text = (0..<40).map { ($0 == 20 ? lede : "") + paragraph(topicOf($0), $0) }
        let lines = classifier.classify(text.joined(separator: "\n")).lines
        XCTAssertEqual(lines.count, 40)
        var words = [Int](repeating: 0, count: lines.count + 1)
        for (i, l) in lines.enumerated() { words[i + 1] = words[i] + (l.kind == .body ? l.words : 0) }
        var candidates: [BoundaryPlanner.Candidate] = [0, 8, 32].map {
            .init($0, .init(isTitle: true, scored: .fixture(8, [.openEnding, .headlineLength])))
        }
        var plan = BoundaryPlanner.Plan()
        plan.rejected = LineSlots(count: lines.count)
        plan.facts = planner.scorer.facts(lines)
        var s = ScoredLine.fixture(config.threshold - 1, features)
        if vetoed { s.values = [(.cohesion, 0.08)] }
        plan.rejected[20] = s
        planner.applyLongStoryLedes(&candidates, lines, words, Cohesion(lines, window: config.cohesionWindowWords), &plan)
        return candidates.map(\.line)
    }

    /// Two topics glued at a dateline lede the cohesion window vetoed: the lede starts its story.
    func testVetoedDatelineLedeBetweenTwoTopicsStartsItsStory() throws {
        XCTAssertEqual(try Self.starts(second: 2, features: [.datelineStart, .cohesion]), [0, 8, 20, 32])
    }

    /// Prose negative: an article's own dateline paragraph, the same topic above and below it,
    /// stays a paragraph of its long story.
    func testDatelineParagraphInsideOneTopicStaysInside() throws {
        XCTAssertEqual(try Self.starts(second: 1, features: [.datelineStart, .cohesion]), [0, 8, 32])
    }

    /// Only a dateline lede the cohesion reading held under: a plain lede (no dateline) at the same
    /// topic change is left to the other rules (measured: plain ledes separate no better than
    /// single long articles), as is a dateline lede something other than cohesion rejected.
    func testPlainLedeOrUnvetoedDatelineStaysInside() throws {
        XCTAssertEqual(try Self.starts(second: 2, features: [.sentenceEnding, .cohesion]), [0, 8, 32])
        XCTAssertEqual(try Self.starts(second: 2, features: [.datelineStart], vetoed: false), [0, 8, 32])
    }

    /// A dateline that names a place lifts its lede: a known city in capitals, with a region or
    /// a wire credit, or a listed mixed-case place with a colon.
    func testPlaceDatelinesLift() throws {
        for lede in ["TOKYO — ", "SPRINGFIELD, Ill. — ", "LAGOS (Reuters) - ", "Beijing: "] {
            XCTAssertEqual(try Self.starts(second: 2, features: [.datelineStart, .cohesion], lede: lede), [0, 8, 20, 32], lede)
        }
    }

    /// A capitals label read as a dateline is no place: a transcript's speaker turn, an opinion
    /// piece's or a tweet's label, a newsletter's section opener stay inside their long story,
    /// however little the halves share.
    func testCapitalsLabelsStayInside() throws {
        for lede in ["CARLSON: ", "MEDIA HYPOCRISY ALERT: ", "DNI SHAKE-UP — CLAPPER SUBMITS HIS RESIGNATION: "] {
            XCTAssertEqual(try Self.starts(second: 2, features: [.datelineStart, .cohesion], lede: lede), [0, 8, 32], lede)
        }
    }

    /// A headline under a section label (`OPINION: …`, short, no sentence end) still lifts: it
    /// opens the next article as a kicker headline does.
    func testSectionLabelledHeadlineLifts() throws {
        let config = try CleaningFixtures.configs().1
        let (classifier, _) = try CleaningFixtures.stages()
        let planner = BoundaryPlanner(scorer: try CleaningFixtures.scorer(config))
        let lines = classifier.classify("OPINION: The Railway Signals Nobody Reads").lines
        var plan = BoundaryPlanner.Plan()
        plan.facts = planner.scorer.facts(lines)
        XCTAssertTrue(planner.longStoryLedeNamesPlace(0, .fixture(0, [.datelineStart]), lines, plan))
        let turn = classifier.classify("CARLSON: If people had known that millions were going to lose their coverage, it would never have passed.").lines
        plan.facts = planner.scorer.facts(turn)
        XCTAssertFalse(planner.longStoryLedeNamesPlace(0, .fixture(0, [.datelineStart]), turn, plan))
    }
}
