import CWinnowScan
import Foundation

/// A caption that repeats the story's own words, stripped as `caption_repeat` (to metadata
/// `captions`): `FILE PHOTO: <a sentence of the story>`, `<a sentence of the story> (AP Photo/Jane
/// Doe)`. Sites set the lede or a pull quote under a picture; scraped, the copy reads as prose of
/// any length, so neither the caption rule families (`max_words`) nor `CaptionSentence` (a named
/// subject and a present-tense verb) take it. What gives it away is the pair: a caption's label or
/// credit, and a sentence found word for word in the text around it (a caption of its own, which
/// describes the picture, is not there; our dev gold keeps those of 13+ words as body).
extension CaptionContext {
    static let repeatRule = "caption_repeat"
    /// The sentence must have this many words: a short phrase ("the president said.") recurs in
    /// any story.
    private static let repeatMinWords = 5
    /// Lines longer than this (bytes) are paragraphs, not captions.
    private static let repeatMaxBytes = 600
    /// Labels that open a caption (compared in lower case, a blank after them); `labelEnd` lets
    /// through only lines opening with one of their first letters (f, p, i, c).
    private static let captionLabels: [[UInt8]] = ["file photo:", "photo:", "image:", "picture:", "pictured:", "caption:"].map { Array($0.utf8) }

    /// Strips every body line that has a caption's label or credit around a sentence that occurs
    /// in the body lines within `window` lines of it (hard-wrapped lines joined by a blank).
    static func stripRepeats(_ lines: inout [ClassifiedLine], window: Int) {
        guard window > 0 else { return }
        // The text the sentences are looked up in grows with the candidates' windows and is
        // collapsed once a line: rebuilt for every candidate (2 × window lines each) or for a whole
        // 4 MB block up front, it cost more than the rest of the classifier's block pass.
        var text = SearchText()
        for i in lines.indices {
            guard case .body = lines[i].kind, lines[i].linkRule == nil, lines[i].words > repeatMinWords,
                  lines[i].contentByteCount <= repeatMaxBytes else { continue }
            guard let sentence = lines.withContentBytes(i, captionSentence) else { continue }
            text.cover(max(0, i - window)...min(lines.count - 1, i + window), in: lines)
            if text.occurs(sentence, near: i, window: window, in: lines) {
                let caption = String(lines[i].content)
                lines[i] = lines[i].with(kind: .stripped(rule: repeatRule, role: .caption),
                                         detail: "caption repeating a sentence of the text around it")
                lines[i].metadata = ["captions": .array([.string(caption)])]
            }
        }
    }

    /// Body lines that are not captions themselves (a gallery prints its captions twice, a page
    /// its picture's caption under the picture and in the gallery), white space collapsed and
    /// joined by a blank, with where each line starts: a candidate's window is one slice of it.
    /// It covers one run of lines, extended as candidates come (they come in line order) and
    /// started afresh past a gap. A line stripped while candidates are read was a caption, so
    /// never in it.
    private struct SearchText {
        var bytes: [UInt8] = []
        /// Line indexes in the text, in order, and where each one's bytes start and end.
        var index: [Int] = [], starts: [Int] = [], ends: [Int] = []
        /// The next line to look at.
        var next = 0

        /// Makes the text cover `range` (its lower bound never below an earlier call's).
        mutating func cover(_ range: ClosedRange<Int>, in lines: [ClassifiedLine]) {
            if range.lowerBound > next {
                bytes.removeAll(keepingCapacity: true)
                index.removeAll(keepingCapacity: true); starts.removeAll(keepingCapacity: true); ends.removeAll(keepingCapacity: true)
                next = range.lowerBound
            }
            while next <= range.upperBound {
                let j = next
                next += 1
                guard case .body = lines[j].kind,
                      !lines.withContentBytes(j, { labelEnd($0) != nil || creditStart($0) != nil }) else { continue }
                if !bytes.isEmpty { bytes.append(0x20) }
                index.append(j); starts.append(bytes.count)
                lines.withContentBytes(j) { appendCollapsed($0, to: &bytes) }
                ends.append(bytes.count)
            }
        }

        /// Whether `sentence` occurs in the text's lines within `window` lines of line `i` (`i`, a
        /// caption, is not in the text), leaving out lines with the same key as line `i` (a copy
        /// of the caption set as body).
        func occurs(_ sentence: [UInt8], near i: Int, window: Int, in lines: [ClassifiedLine]) -> Bool {
            let lo = lowerBound(i - window), hi = lowerBound(i + window + 1)
            let key = lines[i].key
            var from = lo
            for k in lo..<hi where lines[index[k]].key == key {
                if occurs(sentence, from: from, to: k) { return true }
                from = k + 1
            }
            return occurs(sentence, from: from, to: hi)
        }

        /// Whether `sentence` occurs in the text of entries `lo..<hi`.
        private func occurs(_ sentence: [UInt8], from lo: Int, to hi: Int) -> Bool {
            guard lo < hi, ends[hi - 1] - starts[lo] >= sentence.count else { return false }
            return bytes.withUnsafeBufferPointer { ByteSearch.contains(UnsafeBufferPointer(rebasing: $0[starts[lo]..<ends[hi - 1]]), sentence) }
        }

        /// The first entry whose line index is at least `line`.
        private func lowerBound(_ line: Int) -> Int {
            var lo = 0, hi = index.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if index[mid] < line { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }

    /// The caption's sentence with white space collapsed, without its label or trailing credit;
    /// nil when the line has neither or the sentence is too short.
    static func captionSentence(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var from = 0, to = line.count
        if let label = labelEnd(line) {
            from = label
        } else if let credit = creditStart(line) {
            to = credit
        } else {
            return nil
        }
        let s = collapsed(UnsafeBufferPointer(rebasing: line[from..<to]))
        var words = s.isEmpty ? 0 : 1
        for b in s where b == 0x20 { words += 1 }
        return words >= repeatMinWords ? s : nil
    }

    /// Where the text after an opening caption label starts (`FILE PHOTO: `), if the line has one.
    private static func labelEnd(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        // Most lines open with a letter no label opens with: one look, not a compare per label
        // (`| 0x20` lowers an ASCII capital; it may let a few other bytes through, never stop a label).
        guard let first = line.first else { return nil }
        switch first | 0x20 {
        case UInt8(ascii: "f"), UInt8(ascii: "p"), UInt8(ascii: "i"), UInt8(ascii: "c"): break
        default: return nil
        }
        for label in captionLabels where line.count > label.count + 1
            && ByteSearch.hasPrefixFoldingASCII(line, label) && line[label.count] == 0x20 { return label.count + 1 }
        return nil
    }

    /// `u` trimmed, with every run of blanks (space, tab) made one space.
    private static func collapsed(_ u: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        appendCollapsed(u, to: &out)
        return out
    }

    /// Appends `u` trimmed, each run of blanks (space, tab) made one space, to `out`: copied
    /// whole, then collapsed in place in C (`winnow_collapse_blanks`, 16 bytes of prose at a
    /// time; an append per byte was ~43 M instructions on dev A).
    private static func appendCollapsed(_ u: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let base = u.baseAddress, !u.isEmpty else { return }
        let start = out.count
        out.append(contentsOf: UnsafeBufferPointer(start: base, count: u.count))
        let kept = out.withUnsafeMutableBufferPointer { winnow_collapse_blanks($0.baseAddress! + start, u.count) }
        out.removeLast(u.count - kept)
    }
}
