import XCTest
@testable import WinnowPipeline

/// A press release's closing (AboutBox.swift, ContactBlock.swift): the issuer's `About <Name>` box
/// over a paragraph opening with that name, and a contact block of short lines holding an e-mail
/// address or phone number, are stripped; a subhead `About …` over the story's prose, and a lone
/// hotline number in a story, stay.
final class CleaningReleaseTrailerTests: XCTestCase {
    private func rules(_ lines: [String]) throws -> [String?] {
        try CleaningFixtures.classifier().classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
    }

    func testAboutBoxIsStripped() throws {
        let lines = ["The harbour council approved the dredging plan on Tuesday.", "",
                     "About Harbourline", "",
                     "Harbourline Logistics Ltd. is a freight company based in Bristol. For more information, visit www.harbourline.example.",
                     "", "The next release follows."]
        XCTAssertEqual(try rules(lines), [nil, nil, "about_box", nil, "about_box", nil, nil])
    }

    func testAboutSubheadOverProseStays() throws {
        let lines = ["About the plan", "",
                     "The council says the channel must be dredged before the autumn storms arrive in the bay."]
        XCTAssertEqual(try rules(lines), [nil, nil, nil])
        let named = ["About Harbourline", "", "The company was founded in 1990 and ships freight across the bay."]
        XCTAssertEqual(try rules(named), [nil, nil, nil], "the paragraph must open with the name")
    }

    func testContactBlockIsStripped() throws {
        let lines = ["The plan goes to a vote next month.", "", "Press Office:", "Jane Whitfield", "555-201-3344",
                     "press@harbourline.example", "", "Next story here."]
        let r = try rules(lines)
        XCTAssertEqual(Array(r[3...5]), ["contact_block", "contact_block", "contact_block"])
        XCTAssertNil(r[0]); XCTAssertNil(r[7])
    }

    func testLoneHotlineStays() throws {
        let lines = ["Anyone with information is asked to call the hotline:", "", "1-800-555-0199", "",
                     "Police said the search would go on through the night."]
        XCTAssertEqual(try rules(lines), [nil, nil, nil, nil, nil])
    }

    func testWrappedSentenceEndingOnAnAddressStays() throws {
        let lines = ["The council said anyone who wants to reuse", "the harbour maps should write to", "licensing@harbourline.example."]
        XCTAssertFalse(try rules(lines).contains("contact_block"))
    }

    func testAddressShapes() {
        func shape(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { ContactBlock.isAddressOrNumber($0) } }
        XCTAssertTrue(shape("press@harbourline.example"))
        XCTAssertTrue(shape("(202) 555-0143"))
        XCTAssertTrue(shape("+44 20 7946 0958"))
        XCTAssertTrue(shape("Tel: 555-201-3344"))
        XCTAssertFalse(shape("Population: 1,234,567"))
        XCTAssertFalse(shape("2016"))
        XCTAssertFalse(shape("2012-2014)"), "a year range a chart's title wrapped")
        XCTAssertFalse(shape("Write to jane@harbourline.example today"))
        XCTAssertFalse(shape("(@harbourline)."))
        XCTAssertFalse(shape("licensing@harbourline.example."))
    }
}
