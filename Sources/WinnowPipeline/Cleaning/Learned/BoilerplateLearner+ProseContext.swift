/// The learner's second context: the nearest prose on either side of a line, past the short lines
/// next to it. An export's record header or trailer (`Source type: …`, `Language: …`, `Document
/// ID: …`) is a run of fields in a fixed order, so each field keeps the same neighbours in every
/// record and fails `min_contexts` like a syndicated story's subhead would; but the prose around
/// the run (the story's last paragraph, the next story's lede) differs record by record, while a
/// syndicated story's subhead keeps its paragraphs on both sides. A line passes `min_contexts` on
/// either sketch (`BoilerplateLearner.isLearned`).
enum ProseContext {
    /// Words a counted line needs to count as prose (as the learner's `embedded` test).
    static let minWords = 8
    /// Bytes of a prose line its head hash reads: enough to tell paragraphs apart, cheap on long ones.
    static let headBytes = 48
    /// Bytes an uncounted line under `max_line_chars` needs to be prose (a hard-wrapped line going
    /// on in lower case), not a short fragment or a rule of dashes.
    static let minWrappedBytes = 40

    /// FNV-1a of the first `headBytes` bytes, never 0 (0 marks a line that is no prose).
    static func head(_ line: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in line.prefix(headBytes) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h == 0 ? 1 : h
    }

    /// The head hash of a line the learner does not count: a paragraph over `max_line_chars`, or a
    /// wrapped line going on in lower case that is long enough; 0 for anything else (no letter).
    static func uncountedHead(_ line: UnsafeBufferPointer<UInt8>, wide: Bool) -> UInt64 {
        if wide { return head(line) }
        guard line.count >= minWrappedBytes else { return 0 }
        for b in line where b.isASCIILetter { return b.isASCIILower ? head(line) : 0 }
        return 0
    }

    /// For each line, the head hash of the nearest prose line at or below it (0: none).
    static func below(_ lines: [BoilerplateLearner.LineSlot]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: lines.count)
        var next: UInt64 = 0
        for i in lines.indices.reversed() {
            if lines[i].prose != 0 { next = lines[i].prose }
            out[i] = next
        }
        return out
    }

    @inline(__always)
    static func pair(above: UInt64, below: UInt64) -> UInt64 {
        (above &* 0xD6E8_FEB8_6659_FD93) ^ (below &* 0xA076_1D64_78BD_642F)
    }
}
