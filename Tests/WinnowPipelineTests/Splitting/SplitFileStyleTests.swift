import XCTest
@testable import WinnowPipeline

/// JSONL house style read per file (`BoundaryFileStyle.swift`): a record's dump-level votes add
/// the tallies of its file's other records; a record's first line is held against the header-style
/// vote; a title's repeat without its ` | Site` suffix is the page's headline
/// (`StorySplitter+SiteSuffix.swift`).
final class SplitFileStyleTests: XCTestCase {
    static let header = SplitRecordStyleTests.header
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let headline = "Harbour authority approves dredging of northern shipping channel"
    static let bare = SplitRecordStyleTests.bare[0]

    /// Four headlines of the file's other records, all with a header block: the file's style.
    static let headerFile = StyleTally(titles: 4, headerVoters: 4, headerTitles: 4, capitalTitles: 0, anchored: 4, anchoredHeader: 4,
                                       backed: 4, backedMixed: 4)

    func testRecordVotesWithItsFilesOtherRecords() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ([Self.headline] + Self.header + Self.harbour + [Self.bare] + Self.orchestra).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let vote = "unlike_dump_headlines"
        // Alone, the record has two headline starts: too few to vote on the header style.
        XCTAssertFalse(splitter.explain(lines, record: true).contains { $0.features.contains { $0.hasPrefix(vote) } })
        // With the file's other records, whose headlines all carry header blocks, the bare one is unlike them.
        let fates = splitter.splitWithFates(lines, record: true, fileStyle: Self.headerFile).fates
        let bareFate = try XCTUnwrap(fates.first { $0.features.contains { $0.hasPrefix(vote) } })
        XCTAssertNotEqual(bareFate.kind, .title)
        XCTAssertEqual(splitter.split(lines, record: true, fileStyle: Self.headerFile).count, 1)
        // Other records of no header style leave the record as it is alone.
        let plain = StyleTally(titles: 4, headerVoters: 4, headerTitles: 0, capitalTitles: 0, anchored: 4, anchoredHeader: 0, backed: 4, backedMixed: 4)
        XCTAssertFalse(splitter.splitWithFates(lines, record: true, fileStyle: plain).fates.contains { $0.features.contains { $0.hasPrefix(vote) } })
    }

    /// A record's first line without a header block stays its title under a file of header-style
    /// pages; the same line at the top of a text dump is demoted by the vote.
    func testRecordsFirstLineIsHeldAgainstTheHeaderStyle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ([Self.headline] + Self.harbour).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let record = splitter.split(lines, record: true, fileStyle: Self.headerFile)
        XCTAssertEqual(record.map(\.title), [Self.headline])
        let fates = splitter.splitWithFates(lines, record: false, fileStyle: Self.headerFile).fates
        XCTAssertTrue(fates[0].features.contains { $0.hasPrefix("unlike_dump_headlines") })
    }

    /// Each record is handed its file's tally so far less its own; the tally carries on to the
    /// file's next batch.
    func testFileStylesSumTheFilesRecords() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let a = classifier.classify(([Self.headline] + Self.header + Self.harbour).joined(separator: "\n\n"))
        let b = classifier.classify((["City orchestra names a new conductor"] + Self.orchestra).joined(separator: "\n\n"))
        let ta = splitter.styleTally(a), tb = splitter.styleTally(b)
        XCTAssertEqual(ta.titles, 1)
        XCTAssertEqual(ta.headerTitles, 1)
        XCTAssertEqual(tb.headerTitles, 0)
        var carried = StyleTally()
        XCTAssertEqual(StorySplitter.fileStyles([ta, tb], carried: &carried), [tb, ta])
        XCTAssertEqual(carried, ta + tb)
        XCTAssertEqual(StorySplitter.fileStyles([ta], carried: &carried), [ta + tb])
        XCTAssertEqual(carried, ta + ta + tb)
        // A record scored once and finished with its file's style splits as the text does.
        let prepared = splitter.prepare(a)
        XCTAssertEqual(splitter.styleTally(prepared), ta)
        XCTAssertEqual(splitter.split(prepared, record: true, fileStyle: tb).map(\.text),
                       splitter.split(a, record: true, fileStyle: tb).map(\.text))
    }

    /// A page's title tag over its header, teaser lines, then the headline itself over the lede:
    /// the repeat is stripped and becomes the title.
    func testTitleRepeatedWithoutItsSiteNameIsTheHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        // The repeat set in capitals with a bullet: the title is the title tag's text, less the name.
        let text = ([Self.headline + " | The Harbour Gazette"] + Self.header + [Self.harbour[4], "• " + Self.headline.uppercased()]
            + Self.harbour).joined(separator: "\n\n")
        let stories = splitter.split(classifier.classify(text), record: true)
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, Self.headline)
        XCTAssertFalse(stories[0].text.contains(Self.headline.uppercased()))
        XCTAssertTrue(stories[0].text.hasSuffix(Self.harbour[4]))
    }

    func testBareTitleKey() {
        let key: (String) -> UInt64? = StorySplitter.bareTitleKey
        XCTAssertEqual(key("Harbour authority approves dredging | The Harbour Gazette"), LineKey.hash("Harbour authority approves dredging"))
        XCTAssertNil(key("Harbour authority approves dredging"))
        XCTAssertNil(key("Two words | Gazette"))                                  // too short a headline
        XCTAssertNil(key("Harbour authority approves dredging | the gazette"))     // no name
        XCTAssertNil(key("Harbour authority approves dredging | Read more. Share")) // a sentence, no name
        XCTAssertNil(key("Harbour | authority approves | The Gazette"))            // two pipes
    }

    /// The file's tally marks an anchored headline as the record's own vote does
    /// (`showsHeaderStyle`): one under a page's header (`page_header`) counts as header-marked,
    /// one with a single kind of header evidence does not.
    func testFileTallyMarksAPageHeaderHeadlineAsTheRecordVoteDoes() throws {
        let planner = try CleaningFixtures.planner()
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.headline).lines
        func tally(_ f: [SplitFeature]) -> StyleTally {
            let candidates = [BoundaryPlanner.Candidate(line: 0, start: BoundaryPlanner.Start(isTitle: true, scored: .fixture(6.0, f)))]
            let facts = planner.scorer.facts(lines)
            return planner.styleTally(candidates, labels: BoundaryPlanner.labelsOverTitles(candidates, facts), lines, facts: facts)
        }
        let paged = tally([.openEnding, .furnitureBlock, .pageHeader])
        XCTAssertEqual(paged.anchored, 1)
        XCTAssertEqual(paged.anchoredHeader, 1)
        let thin = tally([.openEnding, .creditAfter, .trailerBefore])
        XCTAssertEqual(thin.anchored, 1)
        XCTAssertEqual(thin.anchoredHeader, 0)
    }
}
