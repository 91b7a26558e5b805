import XCTest
@testable import WinnowPipeline

/// The one reader of a field line (`FieldLine`): each rule's shape of a label, and the readers
/// it replaced (kept here as reference code) giving the same answer on random lines.
final class FieldLineTests: XCTestCase {
    private func colon(_ s: String, _ shape: FieldLine.Shape, indent: Bool = true) -> Bool {
        Array(s.utf8).withUnsafeBufferPointer {
            FieldLine.capitalLabelColon($0, from: indent ? LineText.leadingBlankCount($0) : 0, shape) > 0
        }
    }

    /// Where the shapes differ, and why it matters to the rule that uses each.
    func testShapes() {
        // A record's field: up to four words in mixed case, over a value.
        XCTAssertTrue(colon("Source type: Newspapers", .recordField))
        XCTAssertTrue(colon("WARC-Record-ID: <urn:uuid:1>", .recordField))
        XCTAssertFalse(colon("LOAD-DATE: May 2, 2017", .recordField))          // capitals: a turn's shape
        XCTAssertFalse(colon("Section:", .recordField))                        // no value
        XCTAssertFalse(colon("The plan has three parts: roads", .recordField)) // five words
        // A record header's label: one word in any case, maybe no value, up to 20 bytes, no indent.
        XCTAssertTrue(colon("LOAD-DATE: May 2, 2017", .headerField, indent: false))
        XCTAssertTrue(colon("Section:", .headerField, indent: false))
        XCTAssertTrue(colon("Q: Why?", .headerField, indent: false))
        XCTAssertFalse(colon("Source type: Newspapers", .headerField, indent: false))
        XCTAssertTrue(colon("Abcdefghijklmnopqrst: x", .headerField, indent: false))   // 20 bytes
        XCTAssertFalse(colon("Abcdefghijklmnopqrstu: x", .headerField, indent: false)) // 21
        // The learner's first word: any bytes but a blank, some lower case.
        XCTAssertTrue(colon("Covid-19: Why?", .firstWord))
        XCTAssertFalse(colon("Covid-19: Why?", .recordField))
        XCTAssertFalse(colon("TRUMP: Thank you.", .firstWord))
        XCTAssertFalse(colon("Q: Why?", .firstWord))
        // A label in lower case: one word of four or more letters.
        func lower(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { FieldLabel.opensLowerLabel($0) } }
        XCTAssertTrue(lower("isPartOf: CRAWL-2020-77"))
        XCTAssertFalse(lower("and: then"))
        XCTAssertFalse(lower("is-part: x"))
    }

    /// A run of fields: the nearest non-blank line each way, past at most `maxBlanks` blank lines.
    func testFieldNeighbour() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(["Subject: Courts", "", "", "", "Length: 9 words", "", "Some prose line here."]
            .joined(separator: "\n")).lines
        let field: (UnsafeBufferPointer<UInt8>) -> Bool = { FieldLabel.isFieldLine($0) }
        XCTAssertFalse(FieldLine.hasFieldNeighbour(4, lines, maxBlanks: 2, field))   // three blanks up, prose down
        XCTAssertTrue(FieldLine.hasFieldNeighbour(4, lines, maxBlanks: 3, field))
        XCTAssertTrue(FieldLine.hasFieldNeighbour(0, lines, maxBlanks: .max, field))
        XCTAssertFalse(FieldLine.hasFieldNeighbour(0, lines, maxBlanks: 2, field))
        XCTAssertTrue(FieldLine.hasFieldNeighbour(6, lines, maxBlanks: 1, field))    // the prose line under a field
        XCTAssertFalse(FieldLine.hasFieldNeighbour(6, lines, maxBlanks: 0, field))
    }

    /// The shared reader answers as the four it replaced did, on random lines made of the bytes
    /// that matter (capitals, lower case, blanks, colons, hyphens, digits, tabs). The one change:
    /// the header's label takes a hyphen only after a letter, as a record's field does (it took
    /// `A--B:` before).
    func testSameAsTheReadersItReplaced() {
        var rng = SeededGenerator()
        let alphabet = Array("AaBbTSE :  :-- -1\t".utf8)
        for _ in 0..<200_000 {
            let n = Int.random(in: 0...14, using: &rng)
            let line = (0..<n).map { _ in alphabet.randomElement(using: &rng)! }
            line.withUnsafeBufferPointer { u in
                XCTAssertEqual(FieldLabel.labelEnd(u), Reference.labelEnd(u), String(decoding: line, as: UTF8.self))
                XCTAssertEqual(FieldLabel.isFieldLine(u), Reference.labelEnd(u) > 0 && !Reference.isBareTag(u))
                XCTAssertEqual(BoilerplateLearner.opensWithField(u), Reference.opensWithField(u))
                if !String(decoding: line, as: UTF8.self).contains("--") {
                    XCTAssertEqual(BoundaryPlanner.opensWithFieldLabel(u), Reference.opensWithFieldLabel(u),
                                   String(decoding: line, as: UTF8.self))
                }
            }
        }
        XCTAssertTrue(Array("A--B: x".utf8).withUnsafeBufferPointer(Reference.opensWithFieldLabel))
        XCTAssertFalse(Array("A--B: x".utf8).withUnsafeBufferPointer(BoundaryPlanner.opensWithFieldLabel))
    }

    /// The readers as they stood before `FieldLine`.
    private enum Reference {
        static func labelEnd(_ line: UnsafeBufferPointer<UInt8>) -> Int {
            let n = line.count
            var i = LineText.leadingBlankCount(line)
            let first = i
            let tag = FieldLabel.tagEnd(line, from: first)
            if tag > 0 { return tag }
            if first < n, line[first].isASCIILower { return lowerLabelEnd(line, from: first) }
            guard i + 1 < n, line[i].isASCIIUpper else { return 0 }
            var words = 1, lower = false
            while i < n {
                let b = line[i]
                if b == 0x3A {
                    guard lower, i - first >= 3, line[i - 1] != 0x20, i + 2 < n, line[i + 1] == 0x20, line[i + 2] != 0x20 else { return 0 }
                    return i
                }
                if b == 0x20 {
                    words += 1
                    guard words <= 4, i + 1 < n, line[i + 1].isASCIILetter else { return 0 }
                } else if b.isASCIILower {
                    lower = true
                } else if !(b.isASCIIUpper || (b == 0x2D && i > first && line[i - 1].isASCIILetter)) {
                    return 0
                }
                i += 1
            }
            return 0
        }

        static func lowerLabelEnd(_ line: UnsafeBufferPointer<UInt8>, from s: Int) -> Int {
            var e = s
            while e < line.count, line[e].isASCIILetter { e += 1 }
            guard e - s >= 4, e + 2 < line.count, line[e] == 0x3A, line[e + 1] == 0x20, line[e + 2] != 0x20 else { return 0 }
            return e
        }

        static func isBareTag(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
            let s = LineText.leadingBlankCount(line), e = FieldLabel.tagEnd(line, from: s)
            guard e > 0 else { return false }
            return line[e...].allSatisfy { $0 == 0x20 }
        }

        static func opensWithFieldLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let c = u.first, c.isASCIIUpper else { return false }
            var k = 1
            while k < u.count && k <= 20 {
                let b = u[k]
                if b == UInt8(ascii: ":") { return k + 1 == u.count || u[k + 1] == 0x20 }
                guard b.isASCIILetter || b == UInt8(ascii: "-") else { return false }
                k += 1
            }
            return false
        }

        static func opensWithField(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
            let first = LineText.leadingBlankCount(line)
            guard first < line.count, line[first].isASCIIUpper else { return false }
            var i = first + 1, lower = false
            while i < line.count, line[i] != 0x20 {
                if line[i] == 0x3A { return lower && i - first >= 3 && i + 1 < line.count && line[i + 1] == 0x20 }
                if line[i].isASCIILower { lower = true }
                i += 1
            }
            return false
        }
    }
}
