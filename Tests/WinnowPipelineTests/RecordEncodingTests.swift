import Foundation
import XCTest
@testable import WinnowPipeline

/// JSON string escaping (which scans 8 bytes at a time) and the checkpoint's story payload (the
/// output record line plus provenance, whose bytes dedup and write pass on unchanged).
final class RecordEncodingTests: XCTestCase {
    /// RFC 8259 escaping one byte at a time: the reference the word-at-a-time scan must match.
    private func reference(_ s: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20: out += Array(String(format: "\\u%04x", b).utf8)
            default: out.append(b)
            }
        }
        return out + [0x22]
    }

    func testEscapingMatchesBytewiseReferenceAtEveryOffsetAndLength() {
        // Every special byte (and bytes next to the thresholds, and multi-byte UTF-8) at every
        // position of strings of lengths 0...40, so each lands in every slot of an 8-byte word
        // and in the tail shorter than a word.
        let specials: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1f}", "\u{7f}", " ", "!", "#", "[", "]",
                                  "é", "—", "\u{1F600}"]
        for length in 0...40 {
            for special in specials {
                for at in 0...length {
                    let s = String(repeating: "a", count: at) + special + String(repeating: "b", count: length - at)
                    var w = JSONWriter()
                    w.string(s)
                    XCTAssertEqual(w.bytes, reference(s), "length \(length), \(special.debugDescription) at \(at)")
                }
            }
        }
        var w = JSONWriter()
        let all = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        w.string(all)
        XCTAssertEqual(w.bytes, reference(all))
    }

    func testEscapingMatchesReferenceWithManySpecialsTogether() {
        // Several specials in one word: the scan must find each (a false mark may follow a true
        // one in the same word), and runs of 16+ plain bytes between them.
        let parts = ["\"", "\\", "\n", "\u{1}", "\u{1f}", " ", "a", "é", "—", "\u{1F600}", "plain text run ", "\t\r"]
        var rng = SeededGenerator()
        for _ in 0..<3000 {
            let s = (0..<Int.random(in: 0...30, using: &rng)).map { _ in parts[Int.random(in: 0..<parts.count, using: &rng)] }.joined()
            var w = JSONWriter()
            w.string(s)
            XCTAssertEqual(w.bytes, reference(s), s.debugDescription)
        }
    }

    func testCheckpointPayloadIsTheRecordLineAndReadsBack() throws {
        let doc = Document(id: "wn-1", text: "Line one\nsaid \"x\" \\ y\tz", title: "A \"title\"", source: "dumps/a.txt",
                           metadata: ["date": .string("2024-01-02"), "credits": .array([.string("AP")]), "n": .int(3)],
                           sourceIndex: 4, storyIndex: 7, position: InputPosition(line: 12, byteOffset: 345))
        var line = JSONWriter()
        encodeRecord(doc, into: &line)
        let record = CheckpointCodec.record(doc)
        XCTAssertEqual(record, line.bytes, "the checkpoint keeps exactly the bytes write emits")
        XCTAssertEqual(record.filter { $0 == 0x0A }.count, 1, "one newline, at the end of the record")
        var provenance = JSONWriter()
        CheckpointCodec.encodeProvenance(doc, into: &provenance)
        let back = try CheckpointCodec.document(record + provenance.bytes)
        XCTAssertEqual(back.record, record)
        XCTAssertEqual(back.id, doc.id)
        XCTAssertEqual(back.text, doc.text)
        XCTAssertEqual(back.title, doc.title)
        XCTAssertEqual(back.source, doc.source)
        XCTAssertEqual(back.metadata, doc.metadata)
        XCTAssertEqual(back.sourceIndex, 4)
        XCTAssertEqual(back.storyIndex, 7)
        XCTAssertEqual(back.position, doc.position)
        XCTAssertEqual(CheckpointCodec.record(back), record, "a replayed story encodes to the same record")
    }

    func testCheckpointPayloadOfTheEarlierFormatStillReads() throws {
        let payload = Array(#"{"i":"wn-2","t":"Text","h":null,"s":"b.txt","m":{"date":"2020"},"si":1,"k":2,"l":3,"b":4}"#.utf8)
        let doc = try CheckpointCodec.document(payload)
        XCTAssertEqual(doc.id, "wn-2")
        XCTAssertEqual(doc.text, "Text")
        XCTAssertNil(doc.title)
        XCTAssertEqual(doc.metadata["date"], .string("2020"))
        XCTAssertEqual(doc.position, InputPosition(line: 3, byteOffset: 4))
        XCTAssertNil(doc.record, "an earlier-format story is encoded again downstream")
    }
}
