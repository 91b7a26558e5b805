import Foundation
import XCTest
@testable import WinnowPipeline

/// The frame of the prefilter's property tests: lines made of random pieces, and for each pattern
/// and line the regex's own verdict beside the bytes a prefilter reads. A prefilter may skip a
/// line only when its regex does not match it.
enum PrefilterCheck {
    /// `count` lines of 1...`maxPieces` random `pieces`, joined by a blank or by nothing.
    static func randomLines(_ count: Int, of pieces: [String], maxPieces: Int, rng: inout SeededGenerator) -> [String] {
        (0..<count).map { _ in
            (0..<Int.random(in: 1...maxPieces, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined(separator: Bool.random(using: &rng) ? " " : "")
        }
    }

    /// A line as the classifier hands it to a prefilter, and whether the regex matches it.
    struct Line {
        let text: String
        let bytes: UnsafeBufferPointer<UInt8>
        let folded: UnsafeBufferPointer<UInt8>
        let mask: ByteMask
        let hit: Bool
    }

    /// Calls `check` with every pattern's prefilter and every line (trimmed; empty ones skipped).
    static func forEach(_ patterns: [String], _ lines: [String], _ check: (String, PatternPrefilter, Line) -> Void) throws {
        var folded: [UInt8] = []
        for pattern in patterns {
            let re = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            let filter = PatternPrefilter(pattern: pattern)
            for raw in lines {
                let line = String(LineText.trimmed(Substring(raw)))
                guard !line.isEmpty else { continue }
                let hit = re.firstMatch(in: line, range: NSRange(location: 0, length: line.utf16.count)) != nil
                Array(line.utf8).withUnsafeBufferPointer { b in
                    let mask = LineText.fold(bytes: b, into: &folded)
                    folded.withUnsafeBufferPointer { f in
                        check(pattern, filter, Line(text: line, bytes: b, folded: f, mask: mask, hit: hit))
                    }
                }
            }
        }
    }
}
