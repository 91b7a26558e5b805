import XCTest
@testable import WinnowPipeline

/// Hard-wrapped wire copy whose trailer wraps over two lines: the cleaning rule strips only the
/// first (`… contributed to this report`); its tail (`from Washington.`) is boilerplate too and
/// must neither open the next story nor be kept as a line of its own.
final class ReflowBoilerplateTailTests: XCTestCase {
    /// Greedy wrap at `width` columns, as wire desks do.
    static func wrap(_ paragraph: String, width: Int, indent: String = "") -> [String] {
        var out: [String] = [], line = indent
        for word in paragraph.split(separator: " ") {
            if line.count > indent.count && line.count + 1 + word.count > width { out.append(line); line = "" }
            line += (line.isEmpty || line == indent) ? String(word) : " " + word
        }
        out.append(line)
        return out
    }

    static func text(trailer: String) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        var lines: [String] = []
        for (k, p) in h.enumerated() { lines += wrap((k == 0 ? "ROTTERDAM, Mar 3 (Reuters) - " : "") + p, width: 68, indent: "   ") }
        lines += wrap(trailer, width: 68, indent: "   ")
        lines.append("")
        for (k, p) in o.enumerated() { lines += wrap((k == 0 ? "HELSINKI, Mar 4 (Reuters) - " : "") + p, width: 68, indent: "   ") }
        return lines.joined(separator: "\n")
    }

    static let trailer = "Associated Press writer Maria Lindgren contributed to this report from Washington."

    func testTailOfAWrappedTrailerIsBoilerplate() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(trailer: Self.trailer))
        let wrapped = Self.wrap(Self.trailer, width: 68, indent: "   ")
        XCTAssertEqual(wrapped.count, 2)
        XCTAssertTrue(lines.lines.contains { if case .stripped = $0.kind { return $0.text == wrapped[0] }; return false },
                      "the trailer's first line is stripped by a cleaning rule")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix("HELSINKI, Mar 4 (Reuters) - ") ?? false, stories.last?.text.prefix(80).description ?? "")
        XCTAssertFalse(stories.contains { $0.text.contains("from Washington.") })
        XCTAssertEqual(splitter.explain(lines).filter { if case .stripped = $0.kind { return true }; return false }.count, 2)
    }

    /// A short boilerplate line (a sign-off) before an unindented line that would have fitted on
    /// it is no wrapped trailer: the line after it stays body.
    func testShortBoilerplateDoesNotSwallowTheNextLine() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = Self.text(trailer: Self.trailer).replacingOccurrences(of: "\n\n", with: "\nReuter\nThe quay was quiet on Friday.\n\n")
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines)
        let quiet = try XCTUnwrap(lines.lines.firstIndex { $0.text == "The quay was quiet on Friday." })
        XCTAssertTrue(fates.contains { $0.line == quiet && ($0.kind == .kept || $0.kind == .boundary) }, "the line after a short sign-off stays body")
    }
    /// A boilerplate line wider than the text's wrap width was not wrapped at it (a promo or a URL
    /// set on one line), so the line under it is not its tail and stays body.
    func testBoilerplateWiderThanTheWrapHasNoTail() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let promo = "Sign up for our free morning newsletter to get the latest harbour news delivered to your inbox"
        XCTAssertGreaterThan(promo.count, 68)
        let text = Self.text(trailer: Self.trailer).replacingOccurrences(of: "\n\n", with: "\n\(promo)\nThe quay was quiet on Friday.\n\n")
        let lines = classifier.classify(text)
        XCTAssertTrue(lines.lines.contains { if case .stripped = $0.kind { return $0.text == promo }; return false },
                      "the promo line is stripped by a cleaning rule")
        let fates = splitter.explain(lines)
        let quiet = try XCTUnwrap(lines.lines.firstIndex { $0.text == "The quay was quiet on Friday." })
        XCTAssertTrue(fates.contains { $0.line == quiet && ($0.kind == .kept || $0.kind == .boundary) }, "the line under a wide promo stays body")
    }
}

/// A stripped link line in Title Case between two hard-wrapped paragraphs (`» Ted Cruz Tests
/// Waters, Meets With Iowa Leaders`) is a headline's text, whole: the paragraph below, whose first
/// word would not have fitted on it, is no tail of it and stays in its story.
final class ReflowTitleCaseLinkTests: XCTestCase {
    func testParagraphUnderATitleCaseLinkIsKept() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        var lines: [String] = []
        for p in h[0...1] { lines += ReflowBoilerplateTailTests.wrap(p, width: 60) }
        lines.append("» Ted Cruz Tests Waters, Meets With Iowa Grassroots Leaders")
        for p in h[2...] { lines += ReflowBoilerplateTailTests.wrap(p, width: 60) }
        let classified = classifier.classify(lines.joined(separator: "\n"))
        let text = splitter.split(classified).map(\.text).joined(separator: "\n")
        XCTAssertTrue(text.contains("Fishermen who moor their trawlers"), "the paragraph under the link is kept")
        XCTAssertFalse(text.contains("Ted Cruz"), "the link itself is stripped")
    }
}
