import XCTest
@testable import WinnowPipeline

/// Small gzip files are decoded whole with libdeflate; what comes out must be exactly what zlib's
/// streaming reader gives, and anything not clean must go to that reader (same errors).
final class WholeGzipTests: XCTestCase {
    private func text(_ n: Int, _ tag: String) -> [UInt8] {
        Array((0..<n).map { "line \($0) of member \(tag), with words\n" }.joined().utf8)
    }

    func testMultiMemberAndZeroPaddingDecodeWholeLikeZlib() throws {
        let dir = try temporaryDirectory(self)
        let path = dir + "/multi.txt.gz"
        write(try gzipBytes(text(3000, "a")) + gzipBytes([]) + gzipBytes(text(10, "b")) + [UInt8](repeating: 0, count: 512),
              to: path)
        let size = Int64(try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int)
        let source = try WholeGzipSource.open(path: path, size: size)
        XCTAssertTrue(source is WholeGzipSource, "a clean multi-member file is decoded whole")
        XCTAssertEqual(try readLines(source), try readLines(try GzipByteSource(path: path)))
        XCTAssertEqual(try readLines(try WholeGzipSource.open(path: path, size: size)).count, 3010)
        XCTAssertEqual(source.fileBytesRead, size, "progress counts the whole compressed file")
    }

    func testBadFilesGoToTheStreamingReader() throws {
        let dir = try temporaryDirectory(self)
        let full = try gzipBytes(text(4000, "c"))
        var corrupt = full
        for i in (full.count / 2)..<(full.count / 2 + 32) { corrupt[i] ^= 0x33 }
        let cases: [(String, [UInt8])] = [
            ("cut", Array(full[0..<(full.count / 2)])),
            ("corrupt", corrupt),
            ("garbage-after", full + Array("not gzip".utf8)),
            ("empty", []),
        ]
        for (name, bytes) in cases {
            let path = "\(dir)/\(name).txt.gz"
            write(bytes, to: path)
            XCTAssertTrue(try WholeGzipSource.open(path: path, size: Int64(bytes.count)) is GzipByteSource, name)
        }
    }

    /// Buffers are kept from one file for the next (`rawBufferPool`): a file read after a bigger
    /// one gets that file's dirty buffer and must still decode exactly; a file that grew since it
    /// was listed (more bytes than its listed size) reads the same lines.
    func testReusedBuffersAndGrownFiles() throws {
        let dir = try temporaryDirectory(self)
        let big = dir + "/big.txt.gz", small = dir + "/small.txt.gz"
        write(try gzipBytes(text(20000, "big")), to: big)
        write(try gzipBytes(text(50, "small")), to: small)
        func size(_ p: String) throws -> Int64 { Int64(try FileManager.default.attributesOfItem(atPath: p)[.size] as! Int) }
        let expected = try readLines(try GzipByteSource(path: small))
        for path in [big, small, big, small] {
            let source = try WholeGzipSource.open(path: path, size: try size(path))
            XCTAssertTrue(source is WholeGzipSource)
            if path == small { XCTAssertEqual(try readLines(source), expected) } else { _ = try readLines(source) }
        }
        // Listed smaller than it is (it grew): read whole while it fits the buffer, streamed past
        // it; the same lines either way.
        let bigLines = try readLines(try GzipByteSource(path: big))
        for listed in [try size(big) - 100, 1000] {
            XCTAssertEqual(try readLines(try WholeGzipSource.open(path: big, size: listed)), bigLines)
        }
    }

    /// A whole-decoded text no longer than the line cap is read in place (its lines point into the
    /// source's text, nothing copied); the lines are those of the streaming reader, CRLF and a
    /// last line without `\n` included. Over the cap, it goes chunk by chunk as before, and a
    /// line over the cap is still reported oversized.
    func testWholeTextReadInPlaceGivesTheSameLines() throws {
        let dir = try temporaryDirectory(self)
        let path = dir + "/inplace.txt.gz"
        let long = String(repeating: "word ", count: 1000)   // 5,000 bytes: over the 4 KiB read buffer
        let body = text(200, "x") + Array("crlf line\r\n\(long)\nlast line without newline".utf8)
        write(try gzipBytes(body), to: path)
        let size = Int64(try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int)
        let streamed = try readLines(try GzipByteSource(path: path), maxLineBytes: 1 << 20)
        XCTAssertEqual(streamed.last, "last line without newline")
        XCTAssertEqual(streamed[streamed.count - 3], "crlf line")

        let source = try WholeGzipSource.open(path: path, size: size)
        let whole = try XCTUnwrap(source.wholeText)
        let reader = LineReader(source: source, maxLineBytes: 1 << 20)
        var lines: [String] = []
        while let line = try reader.next() {
            let p = try XCTUnwrap(line.bytes.baseAddress)
            XCTAssertTrue(p >= whole.baseAddress! && p + line.bytes.count <= whole.baseAddress! + whole.count, "read in place")
            lines.append(String(decoding: line.bytes, as: UTF8.self))
        }
        XCTAssertEqual(lines, streamed)

        // Cap under the text's size (and over the long line): chunk by chunk, the same lines;
        // cap under the long line: it is oversized either way.
        XCTAssertEqual(try readLines(try WholeGzipSource.open(path: path, size: size), maxLineBytes: 6000), streamed)
        let capped = try readLines(try WholeGzipSource.open(path: path, size: size), maxLineBytes: 2048)
        XCTAssertEqual(capped, try readLines(try GzipByteSource(path: path), maxLineBytes: 2048))
        XCTAssertTrue(capped.contains("<oversized 5000>"))
    }
}
