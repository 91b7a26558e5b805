import XCTest
@testable import WinnowPipeline

final class GzipTests: XCTestCase {
    func testMultiMemberGzipReadsEveryMember() throws {
        let dir = try temporaryDirectory(self)
        let a = Array("first story\nline two\n".utf8), b = Array("second member\n".utf8), c = Array("third\n".utf8)
        let path = dir + "/multi.txt.gz"
        write(try gzipBytes(a) + gzipBytes(b) + gzipBytes(c), to: path)
        let lines = try readLines(try GzipByteSource(path: path))
        XCTAssertEqual(lines, ["first story", "line two", "second member", "third"])
    }

    func testTruncatedGzipKeepsWhatDecodedThenFails() throws {
        let dir = try temporaryDirectory(self)
        let text = (0..<2000).map { "line number \($0) of a long story" }.joined(separator: "\n") + "\n"
        let full = try gzipBytes(Array(text.utf8))
        let path = dir + "/cut.txt.gz"
        write(Array(full[0..<(full.count / 2)]), to: path)
        let reader = LineReader(source: try GzipByteSource(path: path), maxLineBytes: 1 << 20)
        var got: [String] = []
        var failure: InputError?
        do {
            while let line = try reader.next() { got.append(String(decoding: line.bytes, as: UTF8.self)) }
        } catch let e as InputError { failure = e }
        XCTAssertEqual(failure?.reason, "truncated_gzip")
        XCTAssertTrue(failure?.position.hasPrefix("compressed byte") ?? false)
        XCTAssertGreaterThan(got.count, 100, "text decoded before the cut is kept")
        XCTAssertEqual(got[0], "line number 0 of a long story")
    }

    func testCorruptHeaderIsAnError() throws {
        let dir = try temporaryDirectory(self)
        let path = dir + "/bad.txt.gz"
        write(Array("this is not gzip at all\n".utf8), to: path)
        XCTAssertThrowsError(try readLines(try GzipByteSource(path: path))) { error in
            XCTAssertEqual((error as? InputError)?.reason, "corrupt_gzip")
        }
    }

    func testWriterOutputIsReadableByGzipAndDeterministic() throws {
        let dir = try temporaryDirectory(self)
        let text = Array((0..<500).map { "record \($0)\n" }.joined().utf8)
        for name in ["a", "b"] {
            // Members of ~1 KB: the 6.9 KB text spans several, read back as one stream.
            let w = try MemberWriter(path: "\(dir)/\(name).gz", level: 6, memberBytes: 1000)
            try w.write(text)
            try w.finish()
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.gz"))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir + "/b.gz"))
        XCTAssertEqual(a, b, "same content, same bytes")
        let lines = try readLines(try GzipByteSource(path: dir + "/a.gz"))
        XCTAssertEqual(lines.count, 500)
        XCTAssertEqual(lines.last, "record 499")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/.a.gz.tmp-\(getpid())"), "temp name renamed away")
    }
}
