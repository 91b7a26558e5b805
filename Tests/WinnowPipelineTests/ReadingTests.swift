import XCTest
@testable import WinnowPipeline

final class ReadingTests: XCTestCase {
    func testLinesAcrossChunkBoundariesAndCompaction() throws {
        let dir = try temporaryDirectory(self)
        // Lines of varied length with a tiny chunk: every line crosses a refill at some point.
        let lines = (0..<3000).map { i in String(repeating: "x", count: i % 97) + "#\(i)" }
        write(Array((lines.joined(separator: "\n") + "\n").utf8), to: dir + "/t.txt")
        XCTAssertEqual(try readLines(try FileByteSource(path: dir + "/t.txt"), chunk: 4096), lines)
    }

    func testOversizedLineIsSkippedWithItsLengthAndReadingGoesOn() throws {
        let dir = try temporaryDirectory(self)
        let long = String(repeating: "y", count: 50_000)
        write(Array("short\n\(long)\nafter\n".utf8), to: dir + "/t.txt")
        let got = try readLines(try FileByteSource(path: dir + "/t.txt"), maxLineBytes: 10_000, chunk: 4096)
        XCTAssertEqual(got, ["short", "<oversized 50000>", "after"])
    }

    func testNormaliserRepairsUTF8AndFoldsLineEndsBOMAndNBSP() {
        var n = TextNormalizer()
        var out: [UInt8] = []
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc".utf8) + [0xC2, 0xA0] + [0xFF, 0x41] + [0xE2, 0x82] + Array("é".utf8)
        input.withUnsafeBufferPointer { n.append($0, atStart: true, to: &out) }
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "a\nb\nc \u{FFFD}A\u{FFFD}\u{FFFD}é")
        XCTAssertEqual(n.repairs, 3)
    }

    func testJSONParserHandlesEscapesSurrogatesAndReportsOffsets() throws {
        let v = try JSONParser.parse(Array(#"{"t":"a\"b\\c\n\u00e9\ud83d\ude00","n":[1,-2.5,true,null],"o":{}}"#.utf8))
        guard case .object(let o) = v else { return XCTFail("not an object") }
        XCTAssertEqual(o["t"], .string("a\"b\\c\né😀"))
        XCTAssertEqual(o["n"], .array([.int(1), .double(-2.5), .bool(true), .null]))
        XCTAssertEqual(o["o"], .object([:]))
        XCTAssertThrowsError(try JSONParser.parse(Array(#"{"a": tru}"#.utf8))) { e in
            XCTAssertEqual((e as? JSONParseError)?.offset, 6)
        }
        XCTAssertThrowsError(try JSONParser.parse(Array(#"{"a":"unterminated"#.utf8)))
        XCTAssertThrowsError(try JSONParser.parse(Array(#"{"a":1} x"#.utf8)))
    }

    func testJSONWriterRoundTripsThroughTheParser() throws {
        var w = JSONWriter()
        let value: JSONValue = .object(["text": .string("quote \" slash \\ tab \t ctl \u{01} é 😀"), "k": .int(3)])
        w.value(value)
        XCTAssertEqual(try JSONParser.parse(w.bytes), value)
    }

    func testInputDiscoverySortsRecursesAndFiltersExtensions() throws {
        let dir = try temporaryDirectory(self)
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        for name in ["b.txt", "a.jsonl.gz", "sub/c.txt.gz", "skip.pdf", "sub/d.jsonl"] { write([0x61], to: "\(dir)/\(name)") }
        let files = try InputDiscovery.expand([dir])
        XCTAssertEqual(files.map { String($0.path.dropFirst(dir.count + 1)) }, ["a.jsonl.gz", "b.txt", "sub/c.txt.gz", "sub/d.jsonl"])
        XCTAssertEqual(files.map(\.format), [.jsonlGzip, .text, .textGzip, .jsonl])
        XCTAssertThrowsError(try InputDiscovery.expand([dir + "/missing"])) { e in
            XCTAssertEqual((e as? InputError)?.reason, "missing_path")
        }
    }

    func testInputDiscoveryFollowsSymbolicLinks() throws {
        let dir = try temporaryDirectory(self)
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        write(Array("twelve bytes".utf8), to: dir + "/real/a.txt")
        write([0x61], to: dir + "/real/b.jsonl")
        try fm.createSymbolicLink(atPath: dir + "/linked", withDestinationPath: dir + "/real")
        try fm.createSymbolicLink(atPath: dir + "/one.txt", withDestinationPath: dir + "/real/a.txt")
        // A linked directory is walked like the directory, under the name the user gave.
        let files = try InputDiscovery.expand([dir + "/linked"])
        XCTAssertEqual(files.map(\.path), [dir + "/linked/a.txt", dir + "/linked/b.jsonl"])
        XCTAssertEqual(files.map(\.size), [12, 1])
        XCTAssertEqual(InputDiscovery.emptyDirectories([dir + "/linked"], files: files), [])
        // A linked file has its target's size, not the link's.
        XCTAssertEqual(try InputDiscovery.expand([dir + "/one.txt"]).map(\.size), [12])
    }

    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(String(repeating: "a", count: 1000)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
