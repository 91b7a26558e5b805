import XCTest
@testable import WinnowPipeline

/// A hard-wrapped paragraph whose continuation line happens to open with a field label
/// (`HEADLINE: …`, read by the `headline_field` prefix rule): the label is the paragraph's prose,
/// and the reflowed paragraph keeps it (a transcript's `[ON-SCREEN` / `HEADLINE: …]` lost the word).
final class SplitWrappedLabelTests: XCTestCase {
    static let wrapped = [
        "WASHINGTON (Reuters) - The harbour authority approved a plan on Tuesday to",
        "dredge the main shipping channel, the agency said in a statement. The anchor",
        "read the caption aloud as it ran across the screen during the segment [ON-SCREEN",
        "HEADLINE: Harbour Board Approves Dredging] and the panel went on to discuss how",
        "the work would be paid for over the next three years, with the city putting up",
        "about a third of the money and the state most of the rest of it, officials said.",
        "",
        "The authority expects the first dredgers to arrive at the harbour by the end of",
        "the summer, and the work to take about eighteen months to finish, it said.",
    ]

    func testAWrappedLineKeepsTheLabelItOpensWith() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.wrapped.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 1)
        let text = stories.map(\.text).joined(separator: "\n")
        XCTAssertTrue(text.contains("[ON-SCREEN HEADLINE: Harbour Board Approves Dredging] and the panel"), text)
    }

    func testAFieldLineOfItsOwnStillLosesItsLabel() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let classified = classifier.classify("HEADLINE: Harbour Board Approves Dredging")
        XCTAssertEqual(classified.lines.first?.content, "Harbour Board Approves Dredging")
    }
}
