import Foundation
import Logging
import XCTest
@testable import WinnowPipeline

/// `winnow explain FILE --learn-from DIR` must show what `winnow run DIR` did to FILE: the same
/// records (count, titles, text) and the same lines stripped. Two ways it did not: a header of
/// stripped lines before a file's first story opened a story no record was written for, so the
/// numbering (and `=== story N ===`) ran one ahead of the run's; and a file read in several blocks
/// was split block by block, while the run carries a block's last story into the next block.
final class ExplainAgreesWithRunTests: XCTestCase {
    private static let root = packageRoot()

    /// The blind generator's ten dumps (text, gzip and JSONL), read in blocks of 1.5 KB so that
    /// stories cross blocks. The rules take every line the generator repeats across them (its
    /// newsletter box's "Sign Up" button is a widget), so the three plain-text dumps end with one
    /// more line of desk furniture the rules don't know, for the learned pass to find.
    private func copyDumps(to dir: String) throws -> [String] {
        let from = Self.root + "/Fixtures/blind"
        var names: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: from).sorted() where !name.hasSuffix(".json") {
            try FileManager.default.copyItem(atPath: "\(from)/\(name)", toPath: "\(dir)/\(name)")
            if name.hasSuffix(".txt") {
                let handle = try XCTUnwrap(FileHandle(forWritingAtPath: "\(dir)/\(name)"))
                handle.seekToEndOfFile()
                handle.write(Data("\nMore from the Harbour Gazette desk\n".utf8))
                handle.closeFile()
            }
            names.append(name)
        }
        return names
    }

    func testExplainShowsTheRunsRecordsAndStrippedLines() throws {
        let dir = try temporaryDirectory(self)
        let inputs = dir + "/in"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        let names = try copyDumps(to: inputs)
        var config = try PipelineConfig.load(path: Self.root + "/Pipelines/news.yaml")
        config.read.blockBytes = 1500
        // Ten files: thresholds for a small corpus, so that some lines are learned.
        config.clean!.learned.minDocuments = 3
        config.clean!.learned.minContexts = 2
        let out = dir + "/out"
        let options = RunOptions(inputs: [inputs], output: out, pipeline: config, pipelinePath: "test.yaml",
                                 batch: nil, dedup: false, threads: 2, logger: Logger(label: "test"))
        _ = try WinnowRun(options: options).execute()
        var written: [String: [[String: Any]]] = [:]   // source → its records, in order
        for name in try FileManager.default.contentsOfDirectory(atPath: out).sorted() where name.hasPrefix("part-") {
            for line in String(decoding: try gunzipFile(out + "/" + name), as: UTF8.self).split(separator: "\n") {
                let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                written[record["source"] as! String, default: []].append(record)
            }
        }
        XCTAssertEqual(written.count, names.count)

        let learned = try XCTUnwrap(try LearnedPass.run(pipeline: config, paths: [inputs])).learned
        var sawEmptyOpening = false, sawCarry = false, sawLearned = false
        for f in names {
            let file = "\(inputs)/\(f)"
            let blocks = try ExplainSupport.readBlocks(path: file, config: config.read)
            if !blocks.contains(where: \.isRecord) { XCTAssertGreaterThan(blocks.count, 1, "\(f) is read in several blocks") }
            let rows = try ExplainSupport.explain(blocks, clean: try XCTUnwrap(config.clean), split: try XCTUnwrap(config.split),
                                                  learned: learned)
            let records = try XCTUnwrap(written.first { $0.key.hasSuffix("/\(f)") }?.value)
            // Every line once, in input order (carried lines are shown once, with their final fate).
            let order = rows.map { $0.block * 1_000_000 + $0.line }
            XCTAssertEqual(order, Array(Set(order)).sorted())
            if rows.contains(where: { $0.record == nil && !($0.fate.kind == .blank) }) { sawEmptyOpening = true }
            // A story of lines from two blocks: the run carried it over the block's end.
            if Dictionary(grouping: rows.filter { $0.record != nil }, by: { $0.record! }).values.contains(where: { Set($0.map(\.block)).count > 1 }) {
                sawCarry = true
            }
            if rows.contains(where: { if case .stripped("learned", _) = $0.fate.kind { return true }; return false }) { sawLearned = true }
            let numbers = rows.compactMap(\.record)
            XCTAssertEqual(Set(numbers).count, records.count, "\(f): explain's stories = run's records")
            XCTAssertEqual(numbers, numbers.sorted(), "records are numbered in order")
            for (k, record) in records.enumerated() {
                let mine = rows.filter { $0.record == k }
                // A title or lede wrapped over lines shows its first line; a prefix rule (`prefix` role)
                // keeps the rest of its line: compare by containment.
                let titles = mine.filter { $0.fate.kind == .title }.map { $0.text.trimmingCharacters(in: .whitespaces) }
                if let title = record["title"] as? String {
                    XCTAssertTrue(titles.contains { title.contains($0) || $0.contains(title) }, "\(f) story \(k): title \(title) in \(titles)")
                } else {
                    XCTAssertEqual(titles, [], "\(f) story \(k): no title")
                }
                let text = try XCTUnwrap(record["text"] as? String)
                let kept = mine.filter { $0.fate.kind == .kept || $0.fate.kind == .boundary }
                XCTAssertFalse(kept.isEmpty, "\(f) story \(k): a record has text")
                for row in kept {
                    let tail = String(row.text.trimmingCharacters(in: .whitespaces).suffix(24))
                    XCTAssertTrue(text.contains(tail), "\(f) story \(k): kept line \(row.line) is in the record: \(tail)")
                }
            }
            // A stripped line is no line of any record.
            let recordLines = Set(records.flatMap { ($0["text"] as? String ?? "").split(separator: "\n").map(String.init) })
            for row in rows {
                guard case .stripped = row.fate.kind else { continue }
                let line = row.text.trimmingCharacters(in: .whitespaces)
                XCTAssertFalse(line.count > 8 && recordLines.contains(line), "\(f): stripped line \(row.line) is written: \(line)")
            }
            let rendered = ExplainSupport.render(rows, blocks: blocks)
            XCTAssertEqual(rendered.components(separatedBy: "\n").filter { $0.hasPrefix("=== story ") }.count, records.count)
        }
        XCTAssertTrue(sawEmptyOpening, "the fixture has stripped lines before the first story")
        XCTAssertTrue(sawCarry, "a story crosses a block boundary")
        XCTAssertTrue(sawLearned, "learned lines are stripped")
    }
}
