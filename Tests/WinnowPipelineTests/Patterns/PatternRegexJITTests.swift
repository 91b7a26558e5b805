import Foundation
import XCTest
@testable import WinnowPipeline

/// The JIT compiles a pattern only after `PatternRegex.jitAfter` tries (the interpreter matches
/// before): matches and groups are the same before and after, and copies for other threads share
/// the one JIT-compiled pattern.
final class PatternRegexJITTests: XCTestCase {
    private let subjects = [
        "WASHINGTON (Reuters) - The", "(SÃO PAULO) — The", "no dateline here", "BRUSSELS: The",
        "Ünal Öz/AFP via Getty Images", "e\u{301}cole/AFP", "", "KYIV, Ukraine — The",
    ]

    private func groups(_ re: PatternRegex, _ subject: String) -> [Range<Int>?]? {
        var s = subject
        guard s.withUTF8({ re.firstMatch($0) }) else { return nil }
        return (0...re.captureCount).map { re.group($0) }
    }

    func testMatchesAreTheSameBeforeAndAfterTheJIT() throws {
        let pattern = #"^\(?([\p{Lu}][\p{Lu} .,]+?)\)?(?: \(\w+\))?\s*[—:-]+\s"#
        let re = try PatternRegex(pattern, caseless: false)
        let before = subjects.map { groups(re, $0) }
        XCTAssertFalse(re.usesJIT)
        XCTAssertTrue(before.contains { $0 != nil } && before.contains { $0 == nil }, "both outcomes covered")
        for _ in 0...(PatternRegex.jitAfter / subjects.count + 1) { _ = subjects.map { groups(re, $0) } }
        XCTAssertTrue(re.usesJIT, "JIT-compiled after \(PatternRegex.jitAfter) tries")
        XCTAssertEqual(subjects.map { groups(re, $0) }.map { "\(String(describing: $0))" },
                       before.map { "\(String(describing: $0))" })
        // A copy made before the JIT compile and one made after: each its own count, the same matches.
        let copy = re.copy()
        XCTAssertFalse(copy.usesJIT)
        for _ in 0...(PatternRegex.jitAfter / subjects.count + 1) {
            XCTAssertEqual(subjects.map { groups(copy, $0) }.map { "\(String(describing: $0))" },
                           before.map { "\(String(describing: $0))" })
        }
        XCTAssertTrue(copy.usesJIT)
    }

    func testCopiesOnThreadsAgree() throws {
        let re = try PatternRegex(#"getty\s*images\s?[)\]]?$"#, caseless: true)
        let lines = (0..<400).map { $0 % 3 == 0 ? "Photo \($0): Jane Doe/Getty Images" : "Line \($0) of prose." }
        let expected = lines.map { groups(re.copy(), $0) != nil }
        let results = UnsafeMutableBufferPointer<[Bool]>.allocate(capacity: 4)
        results.initialize(repeating: [])
        defer { results.deinitialize().deallocate() }
        let copies = (0..<4).map { _ in re.copy() }
        DispatchQueue.concurrentPerform(iterations: 4) { t in
            results[t] = lines.map { groups(copies[t], $0) != nil }
        }
        for r in results { XCTAssertEqual(r, expected) }
        XCTAssertTrue(copies.allSatisfy(\.usesJIT))
    }
}
