import XCTest
@testable import WinnowPipeline

/// A section separator (`___`, `* * *`) inside an article is a paragraph break: the line under it
/// reads what came before the separator (here a sentence), not `trailer_before`, though the
/// cleaning rules strip the separator as a wire sign-off (role trailer). A real headline after
/// one still starts its story.
final class SplitSeparatorTests: XCTestCase {
    static let subhead = "ROUND 2"
    static let second = "Librarians Catalogue The Province Almanac Archive"

    static func text(_ separator: String) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra, l = SplitLedeHeadlineTests.library
        var lines = ["Harbour Authority Approves Plan To Dredge The Northern Channel", ""]
        for p in h.prefix(3) { lines += [p, ""] }
        lines += [separator, "", subhead, ""]
        for p in o.prefix(2) { lines += [p, ""] }
        lines += [separator, "", second, ""]
        for p in l { lines += [p, ""] }
        return lines.joined(separator: "\n")
    }

    func features(_ separator: String, on: Bool, of line: String) throws -> (features: [String], stories: [ExtractedStory]) {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.separatorBreaks = on }
        let lines = classifier.classify(Self.text(separator))
        let i = try XCTUnwrap(lines.lines.firstIndex { $0.text == line })
        let fate = try XCTUnwrap(splitter.explain(lines).first { $0.line == i })
        return (fate.features, splitter.split(lines))
    }

    func testLineUnderASeparatorLooksThroughIt() throws {
        for separator in ["___", "* * *", "***", "• • •", "-----"] {
            let (f, stories) = try features(separator, on: true, of: Self.subhead)
            XCTAssertFalse(f.contains { $0.hasPrefix("trailer_before") }, "\(separator): \(f)")
            XCTAssertTrue(f.contains { $0.hasPrefix("after_sentence") }, "\(separator): \(f)")
            XCTAssertEqual(stories.map(\.title), ["Harbour Authority Approves Plan To Dredge The Northern Channel", Self.second], separator)
            XCTAssertTrue(stories.first?.text.contains(Self.subhead) ?? false, separator)
        }
        // Read as the trailer the rules class it as, the separator ends a story above the subhead.
        let (off, _) = try features("___", on: false, of: Self.subhead)
        XCTAssertTrue(off.contains { $0.hasPrefix("trailer_before") }, "\(off)")
    }

    func testSeparatorBytes() {
        func sep(_ s: String) -> Bool { var s = s; return s.withUTF8 { Separator.isSeparator($0) } }
        for s in ["___", "* * *", "***", "• • •", "-----", "——————", "  ~~~  ", "= = ="] { XCTAssertTrue(sep(s), s) }
        for s in ["-30-", "###", "END", "**", "* *", "--- more ---", "—", "* Note"] { XCTAssertFalse(sep(s), s) }
    }
}
