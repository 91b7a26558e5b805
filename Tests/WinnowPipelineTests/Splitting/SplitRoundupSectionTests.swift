import XCTest
@testable import WinnowPipeline

/// A contributor roundup: `<Name>: <take>` over the name alone, a bio closing each section; the
/// next section under a bio is the same piece (`BoundaryRoundupSection.swift`, `roundup_section`).
final class SplitRoundupSectionTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour, orchestra = SplitStructureTests.orchestra

    static func roundup(bio: String) -> String {
        (["Harbour roundup: what our contributors think of the dredging plan", "By Jane Roe",
          "Jane Roe: The channel plan is overdue", "Jane Roe"] + harbour[..<3]
            + [bio, "John Minor: The orchestra will pay for the harbour", "John Minor"] + orchestra)
            .joined(separator: "\n\n")
    }

    func testNextContributorUnderABioIsNoStory() throws {
        let text = Self.roundup(bio: "Jane Roe is the author of a book about the northern channel and writes for the Harbour Herald.")
        try CleaningFixtures.assertFeature(.roundupSection, fires: .negative, where: { $0.hasPrefix("John Minor: ") },
                                           in: text, stories: 1, without: 2)
    }

    /// Not under a bio (a paragraph of the story above ends there): the head is read as before.
    func testHeadUnderProseIsNotAsked() throws {
        let text = Self.roundup(bio: "The fishermen said they would watch the sediment plumes closely all season.")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("roundup_section") })
    }
}
