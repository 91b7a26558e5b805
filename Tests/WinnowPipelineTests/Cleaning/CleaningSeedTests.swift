import Foundation
import XCTest
import Yams
@testable import WinnowPipeline

/// Loads the `clean:` and `split:` sections of `Pipelines/news.yaml` (the other stages are ignored
/// here: decoding them is the pipeline's job, not the cleaning tests').
enum CleaningFixtures {
    static let root = URL(fileURLWithPath: packageRoot())

    struct Stage: Decodable {
        var clean: CleanConfig?
        var split: SplitConfig?
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: AnyCodingKey.self)
            clean = try c.decodeIfPresent(CleanConfig.self, forKey: AnyCodingKey(stringValue: "clean"))
            split = try c.decodeIfPresent(SplitConfig.self, forKey: AnyCodingKey(stringValue: "split"))
        }
    }
    struct PipelineFile: Decodable { var pipeline: [Stage] }

    static func configs() throws -> (CleanConfig, SplitConfig) { try shipped.get() }

    /// `Pipelines/news.yaml` decoded once per test run (hundreds of tests ask for it; the configs
    /// are values, so a test that edits its copy changes nothing for the others).
    private static let shipped = Result { () throws -> (CleanConfig, SplitConfig) in
        let yaml = try String(contentsOf: root.appendingPathComponent("Pipelines/news.yaml"), encoding: .utf8)
        let file = try YAMLDecoder().decode(PipelineFile.self, from: yaml)
        let clean = try XCTUnwrap(file.pipeline.compactMap(\.clean).first)
        let split = try XCTUnwrap(file.pipeline.compactMap(\.split).first)
        return (clean, split)
    }

    static func stages() throws -> (LineClassifier, StorySplitter) {
        try stages { _ in }
    }

    /// Asserts a negative (or any) split feature at work: on the shipped config the line `where`
    /// picks fires it with a weight of sign `sign` (any weight: retuning one must not break the
    /// test) and `text` splits into `stories`; with the feature's weight at 0 it splits into
    /// `without`. One shape for the tests of each feature, so each says only its text and its counts.
    static func assertFeature(_ feature: SplitFeature, fires sign: WeightSign, where line: (Substring) -> Bool,
                              in text: String, stories: Int, without: Int,
                              file: StaticString = #filePath, line at: UInt = #line) throws {
        let (classifier, splitter) = try stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { line(lines.lines[$0.line].content) }, file: file, line: at)
        XCTAssertTrue(fate.features.fired(feature.rawValue, sign), "\(fate.features)", file: file, line: at)
        XCTAssertEqual(splitter.split(lines).count, stories, file: file, line: at)
        let (c0, s0) = try stages { $0.weights[feature] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text)).count, without, file: file, line: at)
    }

    /// The default stages with the split config changed by `edit` (the clean config as shipped).
    static func stages(editing edit: (inout SplitConfig) -> Void) throws -> (LineClassifier, StorySplitter) {
        var (c, s) = try configs()
        edit(&s)
        return (try LineClassifier(config: c), try StorySplitter(config: s))
    }

    /// The gold file: per seed, its stories and the boilerplate lines that must go.
    struct Gold: Decodable {
        struct Story: Decodable {
            var headline: String?
            var headline_alternatives: [String]?
            var body: [String]
            var optional: [String]?
            var subheads_kept_inside: [String]?
        }
        struct File: Decodable { var stories: [Story]; var remove: [String] }
        var forbidden_substrings: [String]
        var files: [String: File]
    }

    static func gold() throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: root.appendingPathComponent("Fixtures/seeds/gold.json")))
    }

    static func seed(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Fixtures/seeds/\(name)"), encoding: .utf8)
            .replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// White-space folding as the official scorer does it.
    static func norm(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

final class CleaningSeedTests: XCTestCase {
    func testSeedsMatchGold() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let gold = try CleaningFixtures.gold()
        var out: [[String: Any]] = []
        for (name, file) in gold.files.sorted(by: { $0.key < $1.key }) {
            let stories = splitter.split(classifier.classify(try CleaningFixtures.seed(name)))
            for s in stories { out.append(["text": s.text, "title": s.title as Any, "source": name]) }
            XCTAssertEqual(stories.count, file.stories.count, "\(name): story count")
            guard stories.count == file.stories.count else { continue }
            for (k, (got, want)) in zip(stories, file.stories).enumerated() {
                let titles = Set(([want.headline].compactMap { $0 } + (want.headline_alternatives ?? [])).map(CleaningFixtures.norm))
                if want.headline == nil { XCTAssertNil(got.title, "\(name) story \(k)") }
                else { XCTAssertTrue(titles.contains(CleaningFixtures.norm(got.title ?? "")), "\(name) story \(k) title \(got.title ?? "nil")") }
                let lines = Set(got.text.split(separator: "\n").map { CleaningFixtures.norm(String($0)) })
                for b in want.body {
                    XCTAssertTrue(lines.contains(CleaningFixtures.norm(b)), "\(name) story \(k) lacks: \(b.prefix(60))")
                }
                for sub in want.subheads_kept_inside ?? [] {
                    XCTAssertTrue(lines.contains(sub), "\(name) story \(k): subhead \(sub) not inside")
                }
                let allowed = Set((want.body + (want.optional ?? [])).map(CleaningFixtures.norm))
                for l in lines where !allowed.contains(l) { XCTFail("\(name) story \(k) has extra line: \(l.prefix(80))") }
            }
            for r in file.remove {
                for s in stories {
                    XCTAssertFalse(s.text.split(separator: "\n").map { CleaningFixtures.norm(String($0)) }.contains(CleaningFixtures.norm(r)),
                                   "\(name): boilerplate survived: \(r)")
                }
            }
            for f in gold.forbidden_substrings {
                for s in stories {
                    XCTAssertFalse(s.text.contains(f) || (s.title ?? "").contains(f), "\(name): forbidden \(f)")
                }
            }
        }
        // For the official scorer: CLEAN_SCORE_OUT=dir swift test --filter CleaningSeedTests
        if let dir = ProcessInfo.processInfo.environment["CLEAN_SCORE_OUT"] {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let jsonl = try out.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }.joined(separator: "\n")
            try (jsonl + "\n").write(toFile: dir + "/seeds.jsonl", atomically: true, encoding: .utf8)
        }
    }

    func testSeedMetadata() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let s000 = splitter.split(classifier.classify(try CleaningFixtures.seed("000_60a816ae9efa4606.txt")))
        XCTAssertEqual(s000.first?.metadata["date"], "2024-10-28")
        XCTAssertEqual(s000.first?.metadata["dateline"], "LONDON")
        XCTAssertEqual(s000.first?.metadata["credits"], .array(["FREDERIC J. BROWN/AFP via Getty Images"]))
        XCTAssertEqual(s000[1].metadata["contributors"], .array(["ABC News’ Martha Raddatz contributed to this report."]))
        let s004 = splitter.split(classifier.classify(try CleaningFixtures.seed("004_85c929c477899abd.txt")))
        XCTAssertEqual(s004.first?.metadata["updated"], "24 October 2024")
        XCTAssertNil(s004.last?.metadata["updated"], "relative time stamps carry no date")
        XCTAssertEqual(s004.last?.metadata["dateline"], "GUAYAQUIL, Ecuador")
    }
}
