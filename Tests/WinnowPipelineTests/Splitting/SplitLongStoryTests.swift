import XCTest
@testable import WinnowPipeline

/// The long-story prior (`BoundaryPlanner.applyLongStoryPrior`): a short Title Case headline held
/// just under the threshold by `too_few_words` glues its story to the one before; that story is
/// then far longer than the dump's others, and the headline, with the topic changing across it,
/// starts its story after all.
final class SplitLongStoryTests: XCTestCase {
    /// Four stories on unrelated topics; the second opens with a three-word headline.
    static let text = [
            "Harbour authority approves dredging of northern shipping channel",
            "The harbour authority approved a plan on Tuesday to dredge the northern shipping channel, allowing container vessels with deeper hulls to dock at the terminal.",
            "Dredging crews will remove sediment from the channel floor over eighteen months, and the authority expects container traffic at the terminal to grow by a third.",
            "Fishermen who moor their trawlers near the channel worry that sediment plumes will drive shellfish away from the harbour beds during the dredging season.",
            "The authority said its engineers would monitor sediment levels daily and pause dredging whenever plumes drift toward the shellfish beds near the harbour mouth.",
            "Terminal operators welcomed the decision, saying deeper berths would let them compete with rival ports for the largest container vessels calling in the region.",
            "The harbour authority approved a plan on Tuesday to dredge the northern shipping channel, allowing container vessels with deeper hulls to dock at the terminal.",
            "Dredging crews will remove sediment from the channel floor over eighteen months, and the authority expects container traffic at the terminal to grow by a third.",
            "Fishermen who moor their trawlers near the channel worry that sediment plumes will drive shellfish away from the harbour beds during the dredging season.",
            "Sibelius Comes Home",
            "The city orchestra announced its autumn season with three symphonies by Sibelius and a new violin concerto commissioned from a young composer in Helsinki.",
            "Rehearsals begin in August under the orchestra's new conductor, who spent a decade leading opera productions in Vienna before accepting the appointment.",
            "Ticket prices for students will fall to five pounds, a change the orchestra hopes will bring younger listeners into the concert hall on weekday evenings.",
            "The violin concerto will be performed by a soloist who won the international competition in Brussels last spring and has recorded two albums of chamber music.",
            "Musicians said the conductor's rehearsal schedule leaves more time for sectional practice, something the string players had requested for several seasons.",
            "The city orchestra announced its autumn season with three symphonies by Sibelius and a new violin concerto commissioned from a young composer in Helsinki.",
            "Rehearsals begin in August under the orchestra's new conductor, who spent a decade leading opera productions in Vienna before accepting the appointment.",
            "Ticket prices for students will fall to five pounds, a change the orchestra hopes will bring younger listeners into the concert hall on weekday evenings.",
            "Family bakery on Mill Street marks a century of sourdough loaves",
            "A family bakery on Mill Street celebrated its centenary this weekend by handing out loaves of sourdough baked from the founder's original starter culture.",
            "The founder's granddaughter still rises before dawn to knead dough, and she says the ovens installed in the nineteen thirties bake a crisper crust than modern models.",
            "Customers queued around the block for cinnamon pastries, which the bakery sells only on Saturdays because the recipe requires two days of slow proofing.",
            "Flour comes from a windmill in the next valley, where the miller grinds heritage wheat varieties that neighbouring farmers have revived in recent harvests.",
            "A family bakery on Mill Street celebrated its centenary this weekend by handing out loaves of sourdough baked from the founder's original starter culture.",
            "The founder's granddaughter still rises before dawn to knead dough, and she says the ovens installed in the nineteen thirties bake a crisper crust than modern models.",
            "Customers queued around the block for cinnamon pastries, which the bakery sells only on Saturdays because the recipe requires two days of slow proofing.",
            "Coastal railway signalling upgrade ends weeks of commuter delays",
            "Engineers finished replacing the signalling equipment on the coastal railway line, ending weeks of delays for commuters travelling between the two largest towns.",
            "The railway operator said the new signals allow trains to run closer together safely, so timetables from December will add four services each weekday morning.",
            "Passenger groups complained that replacement buses during the works took twice as long as trains and rarely matched the published railway timetable.",
            "Track inspectors will now check the embankments near the estuary, where winter storms washed away ballast beneath the rails two years ago.",
            "Engineers finished replacing the signalling equipment on the coastal railway line, ending weeks of delays for commuters travelling between the two largest towns.",
            "The railway operator said the new signals allow trains to run closer together safely, so timetables from December will add four services each weekday morning.",
            "Passenger groups complained that replacement buses during the works took twice as long as trains and rarely matched the published railway timetable.",
        ].joined(separator: "\n")

    /// A line under `min_words` with nothing but its shape and the topic shift (no header block,
    /// trailer or dateline lede) is not taken back however long its story
    /// (`BoundaryPlanner.headlineOnEvidence`): on the blind and outsider sets such take-backs were
    /// section heads five times of six (`STAR POWER`, `The Odds on Jeb`).
    func testBareShortLineOfAnOverlongStoryStaysInside() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text))
        XCTAssertEqual(stories.map(\.title), [
            "Harbour authority approves dredging of northern shipping channel",
            "Family bakery on Mill Street marks a century of sourdough loaves",
            "Coastal railway signalling upgrade ends weeks of commuter delays",
        ])
        XCTAssertTrue(stories.first?.text.contains("Sibelius Comes Home") ?? false)
    }

    /// A headline-length line held under the threshold in an overlong story, the topic changing
    /// across it, starts its story after all (the prior on the planner, lines of the fixture).
    func testHeldHeadlineOfAGluedOverlongStoryStartsItsStory() throws {
        let lifted = try Self.liftedByPrior(below: 1)
        XCTAssertEqual(lifted([.openEnding, .headlineLength, .cohesion]), [0, 8, 20, 32])
        // Under min_words with no evidence: a section head, left inside.
        XCTAssertEqual(lifted([.openEnding, .tooFewWords, .cohesion]), [0, 8, 32])
    }

    /// Starts after the long-story prior, for a 40-paragraph story with starts at lines 0, 8 and
    /// 32 and a line at 20 rejected `below` under the threshold with `features` (cohesion 0.01).
    static func liftedByPrior(below: Double = 0.5) throws -> ([SplitFeature]) -> [Int] {
        let config = try CleaningFixtures.configs().1
        let (classifier, _) = try CleaningFixtures.stages()
        let planner = BoundaryPlanner(scorer: try CleaningFixtures.scorer(config))
        let lines = classifier.classify((0..<40).map { "Paragraph \($0) of the long article says something new about the topic at hand." }
            .joined(separator: "\n")).lines
        var words = [Int](repeating: 0, count: lines.count + 1)
        for (i, l) in lines.enumerated() { words[i + 1] = words[i] + (l.kind == .body ? l.words : 0) }
        return { features in
            var candidates: [BoundaryPlanner.Candidate] = [0, 8, 32].map {
                .init($0, .init(isTitle: true, scored: .fixture(8, [.openEnding, .headlineLength])))
            }
            var plan = BoundaryPlanner.Plan()
            plan.rejected = LineSlots(count: lines.count)
            var s = ScoredLine.fixture(config.threshold - below, features)
            s.values = [(.cohesion, 0.01)]
            plan.rejected[20] = s
            planner.applyLongStoryPrior(&candidates, lines, words, &plan)
            return candidates.map(\.line)
        }
    }

    /// A lede start under a lone separator that the headline-style vote took back
    /// (`unlike_dump_ledes`: the dump starts its stories at headlines) is a paragraph of its
    /// story: the prior does not lift it, however long the story (b2/117). Without the vote's
    /// mark the same line is lifted.
    func testLedeTakenBackByTheHeadlineStyleVoteStaysInside() throws {
        let lifted = try Self.liftedByPrior()
        XCTAssertEqual(lifted([.lonePageEdge, .afterSentence, .cohesion, .unlikeDumpLedes]), [0, 8, 32])
        XCTAssertEqual(lifted([.lonePageEdge, .afterSentence, .cohesion]), [0, 8, 20, 32])
    }

    /// A line its own features call a sentence (`sentence_ending`, `two_sentence_headline`, or
    /// `too_long`) is a paragraph deep in the long story unless a header block, a dateline lede or
    /// a trailer backs it (`headlineOnEvidence`; b1/067; o3917/124: page furniture below alone is no
    /// backing). With a trailer above it the same sentence-shaped line is lifted (f3/029), and so is a too-long one with a credit line below
    /// it (a header block) or a headline-shaped one without evidence.
    func testBareSentenceOfAnOverlongStoryStaysInside() throws {
        let lifted = try Self.liftedByPrior()
        XCTAssertEqual(lifted([.sentenceEnding, .headlineLength, .twoSentenceHeadline, .cohesion]), [0, 8, 32])
        XCTAssertEqual(lifted([.openEnding, .tooLong, .afterSentence, .cohesion]), [0, 8, 32])
        XCTAssertEqual(lifted([.openEnding, .tooLong, .furnitureAfter, .cohesion]), [0, 8, 32], "furniture below alone")
        XCTAssertEqual(lifted([.openEnding, .tooLong, .creditAfter, .cohesion]), [0, 8, 20, 32])
        XCTAssertEqual(lifted([.sentenceEnding, .headlineLength, .trailerBefore, .cohesion]), [0, 8, 20, 32])
        XCTAssertEqual(lifted([.openEnding, .headlineLength, .cohesion]), [0, 8, 20, 32])
    }

    func testWithoutThePriorTheShortHeadlineStaysInside() throws {
        let (c, s) = try CleaningFixtures.configs()
        var off = s
        off.longStoryFactor = 0
        let stories = try StorySplitter(config: off).split(LineClassifier(config: c).classify(Self.text))
        XCTAssertEqual(stories.count, 3)
        XCTAssertTrue(stories.first?.text.contains("Sibelius Comes Home") ?? false)
    }
}

/// The long-story prior's second chance (`long_story_affinity_cohesion`): two stories on one topic
/// glued together share words across the headline (moderate cohesion), but its words come back
/// below it (headline affinity); in a dump of bare headlines it starts its story after all.
final class SplitLongStoryAffinityTests: XCTestCase {
    func run(cohesion: Double, affinity: Double, header: Bool = false,
             edit: (inout SplitConfig) -> Void = { _ in }) throws -> [Int] {
        // The fixture has no blank lines (a dense dump): its own values are left out here
        // (`SplitDenseLongStoryTests` covers them).
        let planner = try CleaningFixtures.planner { $0.clearDenseLongStory(); edit(&$0) }
        let config = planner.config
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify((0..<40).map { "Paragraph \($0) of the long article says something new about the topic at hand." }
            .joined(separator: "\n")).lines
        var words = [Int](repeating: 0, count: lines.count + 1)
        for (i, l) in lines.enumerated() { words[i + 1] = words[i] + (l.kind == .body ? l.words : 0) }
        let scored = ScoredLine.fixture
        let title: [SplitFeature] = header ? [.openEnding, .headlineLength, .creditAfter] : [.openEnding, .headlineLength]
        // Stories of 8, 24 and 8 lines: the middle one is three times the others.
        var candidates: [BoundaryPlanner.Candidate] = [0, 8, 32].map { .init($0, .init(isTitle: true, scored: scored(8, title))) }
        var plan = BoundaryPlanner.Plan()
        plan.rejected = LineSlots(count: lines.count)
        var s = scored(config.threshold - 1, [.openEnding, .headlineLength, .cohesion, .headlineAffinity])
        s.values = [(.cohesion, cohesion), (.headlineAffinity, affinity)]
        plan.rejected[20] = s
        planner.applyLongStoryPrior(&candidates, lines, words, &plan)
        return candidates.map(\.line)
    }

    func testGluedStoryOnOneTopicSplitsAtItsAnnouncingHeadline() throws {
        XCTAssertEqual(try run(cohesion: 0.06, affinity: 0.3), [0, 8, 20, 32])
        // Off (the cohesion bound alone): the headline stays inside.
        XCTAssertEqual(try run(cohesion: 0.06, affinity: 0.3) { $0.longStoryAffinityCohesion = 0 }, [0, 8, 32])
    }

    func testNoAffinityOrHighCohesionOrHeaderBlocksKeepItInside() throws {
        XCTAssertEqual(try run(cohesion: 0.06, affinity: 0.0), [0, 8, 32], "its words do not come back below it")
        XCTAssertEqual(try run(cohesion: 0.15, affinity: 0.3), [0, 8, 32], "cohesion of one story")
        XCTAssertEqual(try run(cohesion: 0.06, affinity: 0.3, header: true), [0, 8, 32],
                       "headlines with header blocks: a bare line is a subhead")
        // Low cohesion alone still does it, header blocks or not (the prior as before).
        XCTAssertEqual(try run(cohesion: 0.02, affinity: 0.0, header: true), [0, 8, 20, 32])
    }
}

extension SplitConfig {
    /// The long-story prior with its ordinary values in dense dumps too.
    mutating func clearDenseLongStory() {
        denseLongStoryFactor = nil; denseLongStoryCohesion = nil
        denseLongStoryAffinityCohesion = nil; denseLongStoryAffinity = nil
    }
}
