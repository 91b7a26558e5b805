import XCTest
@testable import WinnowPipeline

/// A short mixed-case section label over a headline (`Watch: …`, `Full report: …`) adds
/// `section_label`; a field (`Total: 60%`), a speaker (`Ezra Klein: …`), a long caption and a label
/// repeated on nearby lines (a list's items) do not.
final class SplitSectionLabelTests: XCTestCase {
    static func text(_ second: String, extra: [String] = []) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        // Dense copy: no blank lines.
        return (["Harbour Authority Approves Plan To Dredge The Northern Channel"] + h.prefix(4) + [second] + o.prefix(2) + extra + o.dropFirst(2))
            .joined(separator: "\n")
    }

    func fate(_ text: String, _ line: String, weight: Double? = nil) throws -> LineFate {
        let (classifier, splitter) = try CleaningFixtures.stages { if let w = weight { $0.weights[.sectionLabel] = w } }
        let lines = classifier.classify(text)
        let i = try XCTUnwrap(lines.lines.firstIndex { $0.content == line })
        return try XCTUnwrap(splitter.explain(lines).first { $0.line == i })
    }

    func testLabelledHeadlineGetsTheWeight() throws {
        for headline in ["Watch: Sibelius Returns For Autumn", "Full report: Sibelius Returns For Autumn",
                         "Live: Who's conducting the Sibelius season? Nobody knows"] {
            let on = try fate(Self.text(headline), headline)
            XCTAssertTrue(on.features.fired("section_label", .positive), "\(headline): \(on.features)")
            XCTAssertEqual(on.kind, .title, headline)
            let off = try fate(Self.text(headline), headline, weight: 0)
            XCTAssertFalse(off.features.contains { $0.hasPrefix("section_label") })
            XCTAssertEqual((on.score ?? 0) - (off.score ?? 0), 1.0, accuracy: 1e-9, headline)
        }
    }

    func testFieldsSpeakersCaptionsAndListsDoNot() throws {
        let caption = "Habit: The conductor appears to have a habit of rehearsing the strings alone before the full orchestra arrives at the hall"
        for line in ["Total: 60%", "Ezra Klein: Thank you for the music", caption] {
            let f = try fate(Self.text(line), line)
            XCTAssertFalse(f.features.contains { $0.hasPrefix("section_label") }, "\(line): \(f.features)")
        }
        let item = "Argument: Sibelius Returns For Autumn"
        let f = try fate(Self.text(item, extra: ["Argument: Students Pay Five Pounds For Tickets"]), item)
        XCTAssertFalse(f.features.contains { $0.hasPrefix("section_label") }, "repeated label: \(f.features)")
    }

    func testLabelBytes() {
        func label(_ s: String) -> Bool { var s = s; return s.withUTF8 { BoundaryScorer.opensWithSectionLabel($0) } }
        for s in ["Watch: Cancel Everything", "Full report: The Whistleblower Executive", "Analysis: “Shocking” Days"] { XCTAssertTrue(label(s), s) }
        for s in ["Total: 60%", "Ezra Klein: Thank you!", "Q: Why now?", "Note: this is lower case", "Watch Cancel Everything",
                  "A very long section label: Here it is"] { XCTAssertFalse(label(s), s) }
    }
}
