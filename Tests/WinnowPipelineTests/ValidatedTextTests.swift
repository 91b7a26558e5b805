import XCTest
@testable import WinnowPipeline

/// `String.fromValidUTF8` (read's blocks, made without validating the normalised bytes again)
/// gives the String `String(decoding:as:)` gives, small or large, ASCII or not, and owns it
/// (it outlives the bytes and is released once).
final class ValidatedTextTests: XCTestCase {
    func testEqualsDecodingForValidText() {
        let texts = ["", "a", "short ascii", "héllo wörld", String(repeating: "plain ascii text ", count: 40),
                     String(repeating: "“curly” — dashes, ümlauts and 漢字 ", count: 30) + "\n", "🙂 emoji\n\n"]
        for t in texts {
            var bytes = Array(t.utf8)
            let s = String.fromValidUTF8(bytes)
            let want = String(decoding: bytes, as: UTF8.self)
            bytes = Array(repeating: 0, count: bytes.count)   // the String holds a copy
            XCTAssertEqual(s, want)
            XCTAssertEqual(s.count, want.count)
            XCTAssertEqual(s.unicodeScalars.count, want.unicodeScalars.count)
            XCTAssertEqual(Array(s.utf8), Array(want.utf8))
            XCTAssertEqual(s.hashValue, want.hashValue)
            var grown = s
            grown += "!"
            XCTAssertEqual(grown, want + "!")
        }
        // Many of them: each is released once (a leaked or over-released String shows in ASan/valgrind).
        let big = Array(String(repeating: "é", count: 500).utf8)
        for _ in 0..<10_000 { XCTAssertEqual(String.fromValidUTF8(big).utf8.count, 1000) }
    }

    func testReadBlocksAreTheNormalisedText() throws {
        // Invalid bytes, CRLF, NBSP: the block's String is the repaired text.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-validated-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("d.txt").path
        let raw: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" au lait\r\nNBSP\u{00A0}here “ok”\n".utf8) + [0xF0, 0x28]
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(raw)))
        var texts: [String] = []
        try ReadStage.decode(try InputDiscovery.expand([path])[0], config: ReadConfig()) { event in
            if case .block(let b) = event { texts.append(b.text) }
        }
        XCTAssertEqual(texts.joined(), "Caf\u{FFFD} au lait\nNBSP here “ok”\n\u{FFFD}(\n")
    }
}
