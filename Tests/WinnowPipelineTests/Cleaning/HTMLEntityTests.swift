import XCTest
@testable import WinnowPipeline

/// HTML character references left in scraped text are decoded on reading (`HTMLEntity`,
/// `TextNormalizer`); a bare ampersand and anything that is no complete reference stay.
final class HTMLEntityTests: XCTestCase {
    private func normalized(_ s: String) -> String {
        var normalizer = TextNormalizer()
        var out: [UInt8] = []
        Array(s.utf8).withUnsafeBufferPointer { normalizer.append($0, atStart: true, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    func testReferencesBecomeTheCharactersABrowserShows() {
        XCTAssertEqual(normalized("By Jane Doe&nbsp;|&nbsp;2019-11-13"), "By Jane Doe | 2019-11-13")
        XCTAssertEqual(normalized("Johnson &amp; Johnson said &quot;no&quot;."), "Johnson & Johnson said \"no\".")
        XCTAssertEqual(normalized("Trump&#8217;s plan &#x2014; and Biden&rsquo;s"), "Trump’s plan — and Biden’s")
        XCTAssertEqual(normalized("caf&eacute; &copy; 2020 &hellip;"), "café © 2020 …")
        XCTAssertEqual(normalized("a&#160;b"), "a b")
        // one level deep, as a browser shows it
        XCTAssertEqual(normalized("&amp;nbsp;"), "&nbsp;")
    }

    func testABareAmpersandAndIncompleteReferencesStay() {
        for prose in ["AT&T and R&D at Q&A time", "Tom & Jerry", "&amp without its end", "&unknownname; stays",
                      "a & b;", "&#; and &#x; and &#12345678;", "&#10; is a line break, left written", "&#0;", "&#xD800;"] {
            XCTAssertEqual(normalized(prose), prose, prose)
        }
    }

    /// A line of nothing but `&nbsp;` (a CMS's empty paragraph) stays written for `markup_line`:
    /// decoded, it would be a blank line, a paragraph break the page did not have.
    func testALineOfOnlyNBSPStaysWritten() {
        XCTAssertEqual(normalized("&nbsp;"), "&nbsp;")
        XCTAssertEqual(normalized("  &nbsp; &nbsp;"), "  &nbsp; &nbsp;")
        XCTAssertEqual(normalized("Headline\n&nbsp;\nText&nbsp;here"), "Headline\n&nbsp;\nText here")
    }

    func testAFilesBytesAreDecodedOnReading() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("entity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dump.txt")
        try Data("The council&#8217;s vote on the harbour &amp; the channel was close, members said on Tuesday.\n".utf8).write(to: file)
        var normalizer = TextNormalizer()
        var out: [UInt8] = []
        let bytes = try [UInt8](Data(contentsOf: file))
        bytes.withUnsafeBufferPointer { normalizer.append($0, atStart: true, to: &out) }
        XCTAssertTrue(String(decoding: out, as: UTF8.self).hasPrefix("The council’s vote on the harbour & the channel"))
    }

    /// A JSONL record's text is decoded as a text dump's is (the JSON escapes first, then the
    /// references the scraper left in the string).
    func testAJSONLRecordsTextIsDecoded() throws {
        let dir = try temporaryDirectory(self)
        write(Array("{\"text\":\"By Jane Doe&nbsp;|&nbsp;May 2\\nAT&T&#8217;s deal\",\"source\":\"s\"}\n".utf8), to: dir + "/a.jsonl")
        var texts: [String] = []
        for file in try InputDiscovery.expand([dir]) {
            try ReadStage.decode(file, config: ReadConfig()) { event in
                if case .records(let r) = event { texts += r.map(\.text) }
            }
        }
        XCTAssertEqual(texts, ["By Jane Doe | May 2\nAT&T’s deal"])
    }
}
