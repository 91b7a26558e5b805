import XCTest
@testable import WinnowPipeline

/// `MetaLineScan` reads a meta line's id, title and source off the bytes only when that gives the
/// decoded values (no escape in them); anything else is left to the JSON parse (nil).
final class MetaLineScanTests: XCTestCase {
    private func fields(_ line: String) -> MetaFields? { MetaLineScan.fields(Array(line.utf8)) }

    func testPlainLineGivesItsStringsAndNullTitle() {
        let f = fields(#"{"id":"wn-1","title":"Über den Wolken","source":"a/b.txt.gz","date":"2020-01-02"}"# + "\n")
        XCTAssertEqual(f?.id, Array("wn-1".utf8))
        XCTAssertEqual(f?.title, Array("Über den Wolken".utf8))
        XCTAssertEqual(f?.source, Array("a/b.txt.gz".utf8))
        let g = fields(#"{"id":"x","title":null,"source":"s","date":null}"# + "\n")
        XCTAssertEqual(g?.id, Array("x".utf8))
        XCTAssertNil(g?.title)
        XCTAssertEqual(g?.source, Array("s".utf8))
    }

    func testEscapesAndOtherLayoutsAreLeftToTheParser() {
        XCTAssertNil(fields(#"{"id":"a","title":"say \"hi\"","source":"s","date":null}"#))
        XCTAssertNil(fields(#"{"id":"a\\b","title":null,"source":"s","date":null}"#))
        XCTAssertNil(fields(#"{"title":null,"id":"a","source":"s"}"#))
        XCTAssertNil(fields(#"{"id":"unterminated"#))
        XCTAssertNil(fields(""))
    }

    /// Whichever way they are read, a duplicate's fields are the JSON parse's values.
    func testScanAgreesWithTheParser() throws {
        let line = #"{"id":"wn-ab","title":"A – b","source":"/x/dump-0001.txt.gz","date":"2021-03-04"}"#
        guard case .object(let o) = try JSONParser.parse(Array(line.utf8)) else { return XCTFail("not an object") }
        let f = try XCTUnwrap(fields(line))
        XCTAssertEqual(String(decoding: f.id, as: UTF8.self), o["id"]?.stringValue)
        XCTAssertEqual(f.title.map { String(decoding: $0, as: UTF8.self) }, o["title"]?.stringValue)
        XCTAssertEqual(String(decoding: f.source, as: UTF8.self), o["source"]?.stringValue)
    }
}
