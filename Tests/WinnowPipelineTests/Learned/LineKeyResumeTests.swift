import XCTest
@testable import WinnowPipeline

/// `LineScan.key(of:after:emitted:)` goes on from a head's key instead of reading the head again
/// (`Reflow` re-keys merged paragraphs so): it must equal the key of `head + " " + rest`.
final class LineKeyResumeTests: XCTestCase {
    func testResumedKeyEqualsTheKeyOfTheJoinedLine() {
        // Heads that end in a letter, a digit run, punctuation, a multi-byte separator, NBSP or
        // nothing hashed at all; rests that open the same ways.
        let pieces = ["word", "A", "x", ", ", ". ", "'", " - ", "  ", "\t", " ", "42", "7", "(", ")", "\u{00A0}", "—", "é", "“",
                      "?!", "Wordy", " of ", "THE", "lengthy", "---", "\u{2003}", "…", "_", "ß", "🙂"]
        var rng = SeededGenerator()
        let mixes = [""] + (0..<1500).map { _ in
            (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
        var checked = 0
        for head in mixes.prefix(300) {
            let (headKey, emitted) = Array(head.utf8).withUnsafeBufferPointer { (LineScan.counts($0).key, LineScan.hasKey($0)) }
            for _ in 0..<5 {
                let rest = mixes.randomElement(using: &rng)!
                let resumed = Array(rest.utf8).withUnsafeBufferPointer { LineScan.key(of: $0, after: headKey, emitted: emitted) }
                XCTAssertEqual(resumed, LineKey.hash(head + " " + rest), "\(head.debugDescription) + \(rest.debugDescription)")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 1500)
    }
}
