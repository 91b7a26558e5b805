import XCTest
@testable import WinnowPipeline

/// Four stories glued with `=====` between them: two of the three rules sit right above a
/// headline that starts a story on its own evidence, so the rule is the dump's story separator
/// and the headline-less ferry story under the third one starts there too (`separator_style`).
/// A rule that sits above no start (an article's own section break) is left alone.
final class SplitSeparatorStyleTests: XCTestCase {
    static let library = [
        "The county library will open on Sundays from next month, the first time in its history that readers can borrow books at the weekend.",
        "Librarians said the change follows a survey in which most readers asked for longer hours, and volunteers have offered to staff the reading rooms.",
        "The council will pay for the extra hours from its culture budget, and the library expects to add a children's reading hour on Sunday mornings.",
    ]

    func text(firstHeadline: String = "City orchestra names a new conductor for its autumn season") -> String {
        (SplitStructureTests.harbour + ["=====", firstHeadline] + SplitStructureTests.orchestra + ["====="]
            + SplitPageHeaderTests.ferry + ["=====", "County library to open its doors on Sundays from next month"] + Self.library)
            .joined(separator: "\n")
    }

    func testLedeUnderTheDumpsSeparatorStartsAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text())
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 4)
        XCTAssertTrue(stories.contains { $0.title == nil && $0.text.hasPrefix(SplitPageHeaderTests.ferry[0]) })
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("separator_style", .positive) })
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.separatorStyle] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text())).count, 3)
    }

    /// One rule of three over a start is no house style: the others are section breaks.
    func testRuleMostlyOverNoStartIsNoSeparator() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let sections = SplitStructureTests.harbour[..<2] + ["* * *"] + SplitStructureTests.harbour[2..<4] + ["* * *"]
            + SplitStructureTests.harbour[4...] + ["* * *", "City orchestra names a new conductor for its autumn season"] + SplitStructureTests.orchestra
        let lines = classifier.classify(sections.joined(separator: "\n"))
        XCTAssertEqual(splitter.split(lines).count, 2)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("separator_style=") } })
    }
}
