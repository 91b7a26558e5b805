import Foundation
import Logging
import XCTest
@testable import WinnowPipeline

/// The CCNet-style learner: a line repeated across many documents is learned and stripped;
/// prose repeated as often is kept; counts are per document, not per occurrence.
final class CleaningLearnerTests: XCTestCase {
    func testRepeatedLineIsLearnedAndStrippedButProseIsKept() throws {
        let config = LearnedConfig(minDocuments: 5, proseMinWords: 12, minSources: 2)
        let learner = BoilerplateLearner(config: config)
        let promo = "Get the Morning Wire in your mailbox, 7 days a week"
        let quote = "The president said the decision would be made in the coming weeks after a careful review of the evidence."
        let words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
        // Files 0, 0, 0, 1, 1, 1, 2, 2: blocks of one file arrive together, as in a run.
        for (i, w) in words.enumerated() {
            // The quote is not below the promo: a promo followed by the same prose in every document
            // would be a duplicated story's line (`testSyndicatedHeadlineWithItsLedeIsNotLearned`).
            learner.observe(TextBlock.dump("\(quote)\nHeadline about \(w) today\n\(promo)\nUnique body line on \(w) with its own facts.\n\(promo)\n", source: i / 3))
        }
        let learned = learner.finish()
        XCTAssertEqual(learned.documentCount(LineKey.hash(promo)), 8, "counted once per document")
        XCTAssertTrue(learner.topLines.contains { $0.text == promo && $0.documents == 8 && $0.sources == 3 })
        let classifier = try LineClassifier(config: CleanConfig(learned: config), learned: learned)
        let out = classifier.classify("\(promo)\n\(quote)\nUnique body line on delta with its own facts.")
        XCTAssertEqual(out.lines[0].strippedRule, "learned")
        XCTAssertNil(out.lines[1].strippedRule, "prose is never stripped")
        XCTAssertNil(out.lines[2].strippedRule)
    }

    /// A syndicated story repeated in six dumps: its headline sits between different lines each time
    /// (so it passes `min_contexts`), but the same lede follows it, hard-wrapped differently or
    /// opened by a dateline. That is a duplicated story (dedup's job), not furniture: the headline
    /// is not learned. A furniture line in the same dumps, above ever different ledes, is.
    func testSyndicatedHeadlineWithItsLedeIsNotLearned() throws {
        let config = LearnedConfig(minDocuments: 5, proseMinWords: 12, minSources: 2, minContexts: 3)
        let learner = BoilerplateLearner(config: config)
        let headline = "Council Admits 1,200 New Teachers In Record Year"
        let lede = ["The regional council admitted a total of 1,200 new teachers during the school year that ended",
                    "in June, exceeding the target it had set last autumn by about two hundred, officials said on",
                    "Monday, and the largest share went to rural schools that had lost staff in recent years."]
        let furniture = "Most Read This Week"
        let topics = ["harbour", "railway", "library", "hospital", "bridge", "market"]
        for (i, t) in topics.enumerated() {
            let before = "Residents of the \(t) district gave their views on the plan at a long meeting on Thursday."
            let other = "The \(t) project in the old town was approved after years of delays, rising costs and many public hearings about it."
            let ledeText = i % 2 == 0 ? lede.joined(separator: " ") : (["PARIS: " + lede[0]] + lede[1...]).joined(separator: "\n")
            learner.observe(TextBlock.dump("\(before)\n\(headline)\nBy Staff \(t.capitalized)\n\(ledeText)\n\(furniture)\nMore on \(t) here\n\(other)\n",
                                  source: i))
        }
        let learned = learner.finish()
        XCTAssertEqual(learned.documentCount(LineKey.hash(furniture)), 6)
        XCTAssertEqual(learned.documentCount(LineKey.hash(headline)), 0, "a duplicated story's headline is not boilerplate")
    }

    /// `scan` leaves long lines and lines it never counts (lower-case openings) unscanned until a
    /// counted neighbour needs their key and words: its output equals scanning every line up front
    /// (the reference below), on blocks mixing short lines, lower-case ones, prose paragraphs,
    /// long URL-like lines and long lines of separators only.
    func testScanningLongLinesLazilyEqualsScanningEveryLine() {
        let config = LearnedConfig(minDocuments: 2, minSources: 1, maxLineChars: 60)
        func reference(_ text: String) -> (keys: [UInt64], contexts: [UInt64], embedded: [Bool], starts: [Int]) {
            var keys: [UInt64] = [], words: [Int] = [], scalars: [Int] = [], ranges: [Range<Int>] = []
            let bytes = Array(text.utf8)
            var out: (keys: [UInt64], contexts: [UInt64], embedded: [Bool], starts: [Int]) = ([], [], [], [])
            bytes.withUnsafeBufferPointer { buf in
                var start = 0
                while start < buf.count {
                    let end = buf[start...].firstIndex(of: 0x0A) ?? buf.count
                    let s = LineScan.counts(UnsafeBufferPointer(rebasing: buf[start..<end]))
                    if s.key != LineKey.emptyHash { keys.append(s.key); words.append(s.words); scalars.append(s.scalars); ranges.append(start..<end) }
                    start = end + 1
                }
                var seen = Set<UInt64>()
                for i in keys.indices {
                    let line = UnsafeBufferPointer(rebasing: buf[ranges[i]])
                    guard scalars[i] <= config.maxLineChars, BoilerplateLearner.countable(line),
                          !BoilerplateLearner.isShortUtterance(line, words: words[i]), seen.insert(keys[i]).inserted else { continue }
                    let before = i > 0 ? keys[i - 1] : 0, after = i + 1 < keys.count ? keys[i + 1] : 0
                    out.keys.append(keys[i])
                    out.contexts.append((before &* 0x9E37_79B9_7F4A_7C15) ^ (after &* 0xC2B2_AE3D_27D4_EB4F))
                    out.embedded.append(i > 0 && i + 1 < keys.count && words[i - 1] >= 8 && words[i + 1] >= 8
                        && !(BoilerplateLearner.isLabel(line, words: words[i])
                             && !BoilerplateLearner.endsSentence(UnsafeBufferPointer(rebasing: buf[ranges[i - 1]]))
                             && !BoilerplateLearner.opensList(UnsafeBufferPointer(rebasing: buf[ranges[i + 1]]))))
                    out.starts.append(ranges[i].lowerBound)
                }
            }
            return out
        }
        let pieces = ["Sign up for our newsletter", "Share this", "The council met on Tuesday and agreed a budget that officials said would cover the costs of the new school and more",
                      "https://example.com/a/very/long/path/that/has/no/spaces/at/all/and/goes/on/and/on/for/quite/a/while/yes",
                      String(repeating: "— ", count: 40), String(repeating: "=", count: 90), String(repeating: "\u{00A0}", count: 70) + "x",
                      String(repeating: "…", count: 70), String(repeating: "é", count: 70), "Getty Images", "", "  ", "12:30",
                      "Breaking News From The Coast", "Why?", "lower case start line"]
        var rng = SeededGenerator()
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: "\n")
            let got = BoilerplateLearner.scan(TextBlock.dump(text, source: 0), config: config)
            let want = reference(text)
            XCTAssertEqual(got.keys, want.keys, text)
            XCTAssertEqual(got.contexts, want.contexts, text)
            XCTAssertEqual(got.embedded, want.embedded, text)
            XCTAssertEqual(got.starts, want.starts, text)
        }
    }

    func testOneSourceAloneDoesNotMakeALineCommon() {
        let learner = BoilerplateLearner(config: LearnedConfig(minDocuments: 3, minSources: 2))
        for _ in 0..<10 { learner.observe(TextBlock.dump("Only in one file\n", source: 0)) }
        XCTAssertEqual(learner.finish().documentCount(LineKey.hash("Only in one file")), 0)
    }

    func testBytesKeyMatchesStringKey() {
        for s in ["ADVERTISEMENT", "  Story continued below  ", "© 2024 Reuters — All rights reserved", "Ünïcode 12 lines",
                  "“Curly” ‘quotes’ …\u{00A0}nbsp 3,000.50 x", "99 Luftballons", "ends in e\u{2014}", "e\u{301} combining", ""] {
            let bytes = Array(s.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer { LineKey.hash(bytes: $0) }, LineKey.hash(s))
        }
    }

    func testASyndicatedLineKeepingItsNeighboursIsNotLearned() {
        let learner = BoilerplateLearner(config: LearnedConfig(minDocuments: 3, minSources: 2, minContexts: 3))
        let names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
        let quote = "“We will not back down,” she said."
        let furniture = "More from the Evening Post"
        for i in 0..<8 {
            // The same story (same neighbours around the quote) in eight dumps; furniture between varying lines.
            learner.observe(TextBlock.dump("Story \(i) opening line\nThe mayor spoke first.\n\(quote)\nThen the council voted.\n\(furniture)\nItem \(names[i]) headline\n", source: i))
        }
        let learned = learner.finish()
        XCTAssertEqual(learned.documentCount(LineKey.hash(quote)), 0, "one context only")
        XCTAssertEqual(learned.documentCount(LineKey.hash(furniture)), 8)
    }

    func testSubheadBetweenProseAndWrappedFragmentsAreNotLearned() {
        let learner = BoilerplateLearner(config: LearnedConfig(minDocuments: 3, minSources: 1, minContexts: 1))
        let words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
        for (i, w) in words.enumerated() {
            let prose = "The \(w) committee met on Tuesday and agreed to publish its findings next month."
            learner.observe(TextBlock.dump("\(prose)\nBackground\nOfficials in \(w) said the review would take several more weeks to finish.\nsaid.\n", source: i))
        }
        let learned = learner.finish()
        XCTAssertEqual(learned.documentCount(LineKey.hash("Background")), 0, "a subhead between prose paragraphs")
        XCTAssertEqual(learned.documentCount(LineKey.hash("said.")), 0, "a wrapped continuation")
    }

    func testMemoryIsBoundedByMaxKeys() {
        let learner = BoilerplateLearner(config: LearnedConfig(minDocuments: 3, minSources: 1, maxKeys: 1000))
        for d in 0..<50 {
            var text = "Sign up for the Ledger daily\n"
            // Digits fold to 0 in a key: spell the numbers in letters to make the lines distinct.
            func spelled(_ n: Int) -> String { String(n).map { String(UnicodeScalar(UInt8(97) + UInt8(String($0))!)) }.joined() }
            for k in 0..<100 { text += "Unique line \(spelled(d)) \(spelled(k))\n" }
            learner.observe(TextBlock.dump(text, source: d))
        }
        XCTAssertLessThanOrEqual(learner.counts.count, 1000)
        XCTAssertGreaterThan(learner.evicted, 0)
        XCTAssertEqual(learner.finish().documentCount(LineKey.hash("Sign up for the Ledger daily")), 50, "frequent keys survive eviction")
    }

    func testCountsCarryAcrossBatchesThroughTheIndex() throws {
        let dir = try temporaryDirectory(self)
        let pipeline = try PipelineConfig.parse(yaml: """
        version: 1
        pipeline:
          - read: {}
          - clean:
              families: []
              learned: {min_documents: 5, min_sources: 2, min_contexts: 2}
          - split: {}
          - dedup: {threshold: 0.8}
          - write: {}
        """)
        let topics = ["harbour", "railway", "library", "orchard", "stadium", "glacier"]
        func batchFiles(_ b: Int) throws -> String {
            let folder = "\(dir)/in\(b)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for k in 0..<3 {
                let t = topics[b * 3 + k]
                let text = """
                The \(t) plan moves ahead\n\nPressroom Weekly offer for readers\n\nOfficials said the \(t) project \
                would open next spring after years of delays and rising costs in batch \(b).\n\nResidents of the \(t) \
                district welcomed the news at a meeting on Thursday evening, number \(k).\n
                """
                try text.write(toFile: "\(folder)/\(t).txt", atomically: true, encoding: .utf8)
            }
            return folder
        }
        func learnedStripped(_ inputs: String, _ out: String, index: String?) throws -> Int {
            let options = RunOptions(inputs: [inputs], output: out, pipeline: pipeline, pipelinePath: "test.yaml",
                                     batch: nil, dedup: true, threads: 2, logger: Logger(label: "test"), index: index)
            _ = try WinnowRun(options: options).execute()
            let stats = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/stats.json"))) as! [String: Any]
            let clean = (stats["stages"] as! [[String: Any]]).first { $0["name"] as? String == "clean" }!
            return (clean["counters"] as? [String: Int])?["lines_stripped.learned"] ?? 0
        }
        let first = try batchFiles(0), second = try batchFiles(1)
        let index = "\(dir)/index.sqlite"
        XCTAssertEqual(try learnedStripped(first, "\(dir)/out0", index: index), 0, "3 documents: below min_documents")
        XCTAssertEqual(try learnedStripped(second, "\(dir)/out1-alone", index: nil), 0, "without the index: 3 documents")
        XCTAssertEqual(try learnedStripped(second, "\(dir)/out1", index: index), 3, "3 + 3 documents with the index")
    }
}
