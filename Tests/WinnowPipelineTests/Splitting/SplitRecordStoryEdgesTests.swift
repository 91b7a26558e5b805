import XCTest
@testable import WinnowPipeline

/// Records of one url that each hold a story (`BoundaryRecordStoryEdges.swift`): where most
/// record edges open on a start of their own, a bare headline at an edge is no subhead of the
/// record (`unlike_record_headlines` spares it); where the edges fall on an article's paragraphs,
/// the record style demotes it as before.
final class SplitRecordStoryEdgesTests: XCTestCase {
    let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let first = "Harbour authority approves dredging of northern shipping channel"

    /// The records' texts joined as `PageJoiner` joins them, and the edges' line indices.
    func joined(_ records: [[String]]) -> (String, [Int]) {
        var edges: [Int] = [], n = 0
        for r in records.dropLast() { n += r.count; edges.append(n * 2) }
        return (records.map { $0.joined(separator: "\n\n") }.joined(separator: "\n\n"), edges)
    }

    /// The glued-record readings off (cohesion between these short stories is what decides them
    /// there): the edges' own vote is what is tested.
    func split(_ records: [[String]]) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.recordGluedCohesion = 0; $0.recordGluedAffinity = 0 }
        let (text, edges) = joined(records)
        var c = classifier.classify(text)
        c.recordEdges = edges
        return splitter.split(c, record: true)
    }

    func testEveryEdgeAHeadlineKeepsItsStories() throws {
        let second = "City orchestra names a new conductor for its autumn season"
        let third = "Dredging crews pause work as shellfish beds draw concern"
        let r1: [String] = [Self.first] + SplitRecordStyleTests.header + h
        let r2: [String] = [second] + o
        let r3: [String] = [third] + Array(h.reversed())
        let titles: [String?] = try split([r1, r2, r3]).map { $0.title }
        XCTAssertEqual(titles, [Self.first, second, third])
    }

    /// Guard: pages of one article cut between paragraphs, one of them at a bare headline: a tie
    /// of edges abstains, the headline is the record's subhead.
    func testPagedArticleKeepsTheRecordStyle() throws {
        let r1: [String] = [Self.first] + SplitRecordStyleTests.header + h
        let r2: [String] = ["City orchestra names a new conductor for its autumn season"] + Array(o.prefix(3))
        let r3: [String] = Array(o.suffix(2))
        XCTAssertEqual(try split([r1, r2, r3]).count, 1)
    }
}
