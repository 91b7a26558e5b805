import XCTest
@testable import WinnowPipeline

/// An author box (AuthorBox.swift): the name over a bio that opens with it, or a bio sentence
/// under the box's label, is stripped as `author_box`; an affiliation line under the label over a
/// lede, and a subhead that is a name over a long paragraph, stay.
final class CleaningAuthorBoxTests: XCTestCase {
    private func rules(_ lines: [String]) throws -> [String?] {
        try CleaningFixtures.classifier().classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
    }

    func testNameOverItsBioIsStripped() throws {
        let box = ["The council will vote on the dredging plan next month.", "",
                   "Maria Whitfield", "Maria Whitfield is a political correspondent at The Harbour Times.",
                   "Maria Whitfield covers the port for The Harbour Times. Follow @whitfield on Twitter."]
        XCTAssertEqual(try rules(box), [nil, nil, "author_box", "author_box", "author_box"])
    }

    func testBioUnderTheLabelIsStrippedInAnyLanguage() throws {
        XCTAssertEqual(try rules(["Über den Autor", "Rachel Fischer ist Korrespondentin bei The Harbour Star.",
                                  "Rachel Fischer berichtet über den Hafen für The Harbour Star.", "Die Stadt plant neu."]),
                       ["author_box", "author_box", "author_box", nil])
        XCTAssertEqual(try rules(["Sobre o autor", "", "Diego Costa", "Diego Costa é correspondente do The Harbour Courier."]),
                       ["author_box", nil, "author_box", "author_box"])
    }

    func testAffiliationOverALedeAndANamedSubheadStay() throws {
        let lede = "The harbour council voted on Tuesday to dredge the channel, a plan that fishermen say will ruin the "
            + "oyster beds their families have worked for four generations."
        XCTAssertEqual(try rules(["About the author", "Jane Doe – Harbour University", lede]), [nil, nil, nil])
        XCTAssertEqual(try rules(["About the author", "Tom Conti covers the harbour for The Harbour Herald."]), ["author_box", "author_box"])
        XCTAssertEqual(try rules(["Jane Roe", "Jane Roe is the new harbour master, the council said."]), [nil, nil])
        let long = "Maria Whitfield " + String(repeating: "has fished the harbour for decades and ", count: 8) + "says the plan is wrong."
        XCTAssertEqual(try rules(["Maria Whitfield", long]), [nil, nil])
    }
}
