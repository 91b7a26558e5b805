import XCTest
@testable import WinnowPipeline

/// `dek_above` hands a teaser's lede to the start over the teaser; where the dump-style checks demote
/// that headline (`unlike_dump_headlines`: this dump's headlines carry their byline right under
/// them, this one a teaser), the veto is taken back and the lede, lifted to the headline, starts the
/// page (`BoundaryDekVeto.swift`). Before, nothing started it: it was glued to the story above.
final class SplitDekVetoTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let rail = [
        "The regional rail operator will add four early trains between the valley towns and the capital from May, its chief executive said on Monday.",
        "Commuters have complained for years that the first train of the day leaves too late for shift workers at the hospital and the distribution centres.",
        "The operator said the new services would run with refurbished carriages while its order of electric trains is delayed by problems at the factory.",
        "Union leaders welcomed the timetable but warned that the operator would need to hire more drivers to keep the extra trains running through the winter.",
        "Students will pay half price for tickets on the early trains from March, the operator said, a change it hopes will bring younger passengers to the city.",
    ]
    static let headline = "City orchestra cuts student tickets to five pounds"
    static let lede = SplitTeaserLedeTests.lede, teaser = SplitTeaserLedeTests.teaser

    static func page(_ head: String, _ paras: [String], _ header: [String]) -> [String] {
        [head] + header + [""] + paras.flatMap { [$0, ""] }
    }

    /// Two pages with their byline right under the headline, an ad label and a Portuguese menu, then
    /// the orchestra page: headline, `top`, byline, time stamp, buttons, the lede and the rest.
    static func text(top: [String]) -> String {
        (page("Harbour authority approves dredging of northern shipping channel", h, ["Por Marco Whitfield", "Publicado em 12/02/2019", "Compartilhar"])
         + page("Regional rail operator adds early trains to the capital", rail, ["Por Ana Ferreira", "Publicado em 13/02/2019", "Compartilhar"])
         + ["Publicidade", "", "Início", "Mundo", "Cultura", "Economia", "Política", "Esportes", "Opinião", "", headline] + top
         + ["", "Por Chloé Brennan", "Publicado em 14/02/2019", "Compartilhar no Facebook", "Copiar link", "", lede, ""]
         + o.flatMap { [$0, ""] }).joined(separator: "\n")
    }

    func split(_ text: String) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        return splitter.split(classifier.classify(text))
    }

    func testTeaserPageUnderADemotedHeadlineIsAStoryOfItsOwn() throws {
        let stories = try split(Self.text(top: [Self.teaser]))
        XCTAssertEqual(stories.count, 3)
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.lede) ?? false)
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
        XCTAssertFalse(stories.contains { $0.text.split(separator: "\n").contains { $0 == Self.teaser } }, "the teaser leaves the text")
        // The rail page keeps its own last paragraph, and no line of the orchestra page.
        XCTAssertTrue(stories[1].text.contains(Self.rail[4]))
        XCTAssertFalse(stories[1].text.contains(Self.o[0]))
    }

    /// A line over the header that the lede does not open with is no teaser: it stays in the text.
    func testLineTheLedeDoesNotRepeatStays() throws {
        let other = "LONDON (Reuters) - Musicians at the city orchestra voted on Monday to accept a new pay deal."
        let stories = try split(Self.text(top: [other]))
        XCTAssertTrue(stories.contains { $0.text.contains(other) })
        XCTAssertTrue(stories.contains { $0.text.contains(Self.lede) })
        XCTAssertTrue(stories.contains { $0.text.contains(Self.rail[4]) })
    }
}
