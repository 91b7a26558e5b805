import XCTest
@testable import WinnowPipeline

/// An archive export's record furniture told inside one text (FieldRun.swift, EllipsisCopy.swift,
/// SectionRail.swift): field labels that recur run after run, a tag alone over its value, an
/// abstract cut short by an ellipsis over the paragraph it copies, and an outlet's `More from …:`
/// rail. A transcript's turns, a short labelled lede, and an ellipsis over other text stay.
final class CleaningArchiveRecordTests: XCTestCase {
    private func rules(_ lines: [String]) throws -> [String?] {
        try CleaningFixtures.classifier().classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
    }

    static let para1 = "The harbour council approved the dredging plan on Tuesday after a long debate over costs and the risk to the bay."
    static let para2 = "The orchestra named a new conductor for its autumn season, ending a search that ran for more than two years."

    /// Two records' trailers of `Label: value` fields: the labels recur, the fields go; the prose stays.
    func testRepeatedFieldLabelsAreStripped() throws {
        let text = [Self.para1, "", "Subject: Ports; Budgets", "", "Location: Bristol", "", "Section: Metro", "",
                    Self.para2, "", "Subject: Music; Culture", "", "Location: Leeds", "", "Section: Arts"]
        let r = try rules(text)
        XCTAssertNil(r[0]); XCTAssertNil(r[8])
        for k in [2, 4, 6, 10, 12, 14] { XCTAssertEqual(r[k], FieldLabel.rule, "line \(k)") }
    }

    /// A tag alone over its value (`NS` / `ncat : Content Types`), in two records: tag and value go;
    /// the lede under `LP` and the headline under `HD` stay.
    func testTagOverValueIsStripped() throws {
        let text = ["HD", "Harbour Approves Plan", "", "LP", "", Self.para1, "", "NS", "", "gpol : Domestic Politics", "", "AN", "", "Document HARB0001",
                    "", "HD", "Orchestra Names Conductor", "", "LP", "", Self.para2, "", "NS", "", "ncat : Content Types", "", "AN", "", "Document ORCH0002"]
        let r = try rules(text)
        XCTAssertNil(r[1]); XCTAssertNil(r[5]); XCTAssertNil(r[16]); XCTAssertNil(r[20])
        for k in [7, 9, 11, 13, 22, 24, 26, 28] { XCTAssertEqual(r[k], FieldLabel.rule, "line \(k)") }
    }

    /// Tags set one blank from their values beside tagged fields (`IPD News`, `PUB Vox Company` in a
    /// four-column tag field), in two records: they go; a capitalised lede (`US officials said …`) stays.
    func testNarrowTagsInRunsAreStripped() throws {
        let run = ["NS  gpol : Domestic Politics", "", "IPD News", "", "PUB Harbor Gazette Company", "", "AN  Document HARB0001"]
        let text = [Self.para1, ""] + run + ["", "US officials said on Tuesday the harbour plan would go ahead next year as agreed.", ""] + run
        let r = try rules(text)
        XCTAssertNil(r[0]); XCTAssertNil(r[10])
        for k in [2, 4, 6, 8, 12, 14, 16, 18] { XCTAssertEqual(r[k], FieldLabel.rule, "line \(k)") }
    }

    /// A transcript's turns are labelled lines in runs too, but each ends a sentence.
    func testTranscriptTurnsStay() throws {
        let text = ["Jane Doe: Thank you for joining us.", "Mark Lee: Glad to be here.", "", Self.para1, "",
                    "Jane Doe: What happens next?", "Mark Lee: We wait for the vote."]
        XCTAssertEqual(try rules(text).filter { $0 != nil }, [])
    }

    /// A transcript's turns in runs of three, labels back run after run: most end sentences, so
    /// the run is a dialogue and a turn the wrap left open (`Hewitt: And that's, I'd just use`, i3) stays.
    func testTranscriptRunsWithAnOpenTurnStay() throws {
        let turns = ["Hewitt: So what would you do first?", "Trump: We would build it quickly.", "Hewitt: And that is the plan you would use"]
        let text = turns + ["", Self.para1, ""] + turns
        XCTAssertEqual(try rules(text).filter { $0 != nil }, [])
    }

    /// One labelled line alone is no run.
    func testLoneLabelStays() throws {
        let text = [Self.para1, "", "Section: Metro", "", Self.para2, "", "Section: Arts", "", Self.para1]
        XCTAssertEqual(try rules(text).filter { $0 != nil }, [])
    }

    /// An abstract cut by an ellipsis over the paragraph it copies (labels on both): the copy goes.
    func testEllipsisAbstractIsStripped() throws {
        let text = ["Abstract: The harbour council approved the dredging plan on Tuesday after a long ...", "",
                    "Full text: " + Self.para1, "", Self.para2]
        let r = try rules(text)
        XCTAssertEqual(r[0], EllipsisCopy.rule)
        XCTAssertNil(r[2]); XCTAssertNil(r[4])
    }

    /// An ellipsis over a paragraph that does not go on from it, and a short one, stay.
    func testEllipsisOverOtherTextStays() throws {
        let text = ["The council approved the dredging plan, and then ...", "", Self.para1, "", "Wait for it …", "", "Wait for it, said the mayor, and they did."]
        XCTAssertEqual(try rules(text).filter { $0 != nil }, [])
    }

    /// An outlet's rail under a reprint: `More from <Outlet>:` over its titles, no blank line between.
    func testMoreFromRailIsStripped() throws {
        let text = [Self.para1, "More from The Harbor Gazette:", "Five things to watch in the council this week",
                    "Governors push back on federal plan", "", Self.para2]
        let r = try rules(text)
        XCTAssertNil(r[0]); XCTAssertNil(r[5])
        XCTAssertEqual(Array(r[1...3]), ["link_list", "link_list", "link_list"])
    }

    func testSourceHeadingShape() {
        func shape(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { SectionRail.isSourceHeading($0) } }
        XCTAssertTrue(shape("More from The Harbor Gazette:"))
        XCTAssertTrue(shape("More from New York Times - News:"))
        XCTAssertFalse(shape("More from The Verge"), "no colon: the next story's headline may follow")
        XCTAssertFalse(shape("More from the council's budget:"), "a lower-case phrase, not an outlet")
    }
}
