import XCTest
@testable import WinnowPipeline

/// The classifier visits only the families a line's length, word count and end bytes leave in
/// range (`FamilyRanges`, `FamilyGate.endCandidates`): supersets of the families that can match,
/// so a line is classified as before (`CleaningFastPathTests` compares with every family tried).
final class FamilyCandidatesTests: XCTestCase {
    private func families() throws -> [CompiledFamily] {
        try [
            RuleFamilyConfig(name: "short_credit", role: .credit, maxChars: 40, prefixes: ["Photo:"], maxWords: 5),
            RuleFamilyConfig(name: "long_promo", role: .widget, maxChars: 400, contains: ["newsletter"]),
            RuleFamilyConfig(name: "stamp", role: .timestamp, maxChars: 60, suffixes: [" ago"]),
        ].map(CompiledFamily.init)
    }

    func testRangesLeaveOutFamiliesTooShortOrWithTooFewWords() throws {
        let ranges = FamilyRanges(try families())
        XCTAssertEqual(ranges.candidates(chars: 30, words: 4), 0b111)
        XCTAssertEqual(ranges.candidates(chars: 30, words: 6), 0b110, "over short_credit's 5 words")
        XCTAssertEqual(ranges.candidates(chars: 50, words: 4), 0b110, "over short_credit's 40 chars")
        XCTAssertEqual(ranges.candidates(chars: 100, words: 20), 0b010)
        // Past the last row: families with max_chars >= 256 (the classifier still checks 400).
        XCTAssertEqual(ranges.candidates(chars: 1_000, words: 200), 0b010)
        XCTAssertEqual(FamilyRanges(try families(), everyFamily: true).candidates(chars: 1_000, words: 200), 0b111)
    }

    func testEndCandidatesLeaveOutFamiliesWhoseEveryConditionNeedsOtherEnds() throws {
        let gate = FamilyGate(try families())
        func candidates(_ s: String) -> FamilyMask { Array(s.utf8).withUnsafeBufferPointer { gate.endCandidates($0) } }
        // `contains` has no end condition: long_promo is always a candidate.
        XCTAssertEqual(candidates("Photo: Jane Doe"), 0b011, "a prefix opens with p; no suffix ` ago` ends with e")
        XCTAssertEqual(candidates("photo: jane doe"), 0b011, "first bytes are compared lower-cased")
        XCTAssertEqual(candidates("Updated 5 min ago"), 0b110)
        // A prose line: neither end-anchored family is visited.
        XCTAssertEqual(candidates("The council met on Tuesday to discuss the budget."), 0b010)
    }

    func testTheClassifierStripsTheSameLinesAndKeepsProse() throws {
        let config = CleanConfig(families: [
            RuleFamilyConfig(name: "short_credit", role: .credit, maxChars: 40, prefixes: ["Photo:"], maxWords: 5),
            RuleFamilyConfig(name: "long_promo", role: .widget, maxChars: 400, contains: ["sign up for our newsletter"]),
            RuleFamilyConfig(name: "stamp", role: .timestamp, maxChars: 60, suffixes: [" ago"]),
        ])
        let text = ["Photo: Jane Doe", "Sign up for our newsletter today", "Updated 5 min ago",
                    "Photo: a very long caption line that runs on past the limit of the family",
                    "The council met on Tuesday to discuss the budget."].joined(separator: "\n")
        let gated = try LineClassifier(config: config).classify(text).lines.map(\.kind)
        let every = try LineClassifier(config: config, everyFamily: true).classify(text).lines.map(\.kind)
        XCTAssertEqual(gated, every)
        XCTAssertEqual(gated, [.stripped(rule: "short_credit", role: .credit), .stripped(rule: "long_promo", role: .widget),
                               .stripped(rule: "stamp", role: .timestamp), .body, .body])
    }
}
