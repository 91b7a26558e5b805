import XCTest
@testable import WinnowPipeline

/// A read block's text is the normalised input: invalid bytes repaired to U+FFFD, CRLF folded,
/// NBSP to a space.
final class ReadBlockTextTests: XCTestCase {
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
