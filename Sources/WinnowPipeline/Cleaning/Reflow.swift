import Foundation

/// Re-joins hard-wrapped paragraphs before boundary scoring.
///
/// Some dumps wrap text at a fixed width (~65–80 columns). Every wrapped line then has an open
/// ending and looks like a headline. A text counts as wrapped when almost no content line is
/// longer than a width W ≤ `maxWrapWidth` and many lines come close to W. In such a text, line i
/// continues on line i+1 unless the first word of i+1 would have fitted on line i (the classic
/// reflow test), line i+1 is indented while i is not at the start of the paragraph style, or
/// either line is blank or boilerplate.
enum Reflow {
    static let maxWrapWidth = 100
    static let minWrapWidth = 30

    /// Most texts are not wrapped: more than 3% of their lines are wider than any wrap width.
    /// Counting those first (a line of at most `maxWrapWidth` bytes cannot be wider, a longer one
    /// is measured only up to the limit) rejects them without measuring every line.
    static func mostlyNarrow(_ lines: [ClassifiedLine]) -> Bool {
        var n = 0, wide = 0
        for i in lines.indices {
            guard case .body = lines[i].kind else { continue }
            n += 1
            if lines[i].text.utf8.count > maxWrapWidth && SplitText.withBytes(lines[i].text, { widerThan(maxWrapWidth, $0) }) { wide += 1 }
        }
        return n >= 4 && wide <= n - 1 - (n * 97) / 100
    }

    /// `wrapWidth` given the widths of the body lines (in order).
    static func wrapWidth(bodyWidths: [Int]) -> Int? {
        guard bodyWidths.count >= 4 else { return nil }
        var lengths = bodyWidths
        lengths.sort()
        let width = lengths[(lengths.count * 97) / 100]
        guard width <= maxWrapWidth, width >= minWrapWidth else { return nil }
        var near = 0
        for l in lengths where l >= width - 15 { near += 1 }
        return near * 10 >= lengths.count * 4 ? width : nil
    }

    /// `SplitText.width` on bytes: lead bytes counted eight at a time (an ASCII chunk at once).
    static func scalarCount(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = UnsafeRawPointer(u.baseAddress) else { return 0 }
        var leads = 0, k = 0
        while k + 8 <= u.count {
            let w = base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            if w & 0x8080_8080_8080_8080 == 0 {
                leads += 8
            } else {
                leads += 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            }
            k += 8
        }
        while k < u.count { if u[k] & 0xC0 != 0x80 { leads += 1 }; k += 1 }
        return leads
    }

    /// True when `u` holds more than `limit` scalars (lead bytes), counted eight bytes at a time and
    /// only as far as needed.
    @inline(__always)
    static func widerThan(_ limit: Int, _ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count > limit, let base = UnsafeRawPointer(u.baseAddress) else { return false }
        var leads = 0, k = 0
        while k + 8 <= u.count {
            // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
            let w = base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            if w & 0x8080_8080_8080_8080 == 0 {
                leads += 8  // ASCII: every byte a scalar
            } else {
                let cont = w & ~(w << 1) & 0x8080_8080_8080_8080
                leads += 8 - cont.nonzeroBitCount
            }
            if leads > limit { return true }
            k += 8
        }
        while k < u.count { if u[k] & 0xC0 != 0x80 { leads += 1 }; k += 1 }
        return leads > limit
    }

    /// For each line, whether it continues on the next line.
    ///
    /// Stories glued into one dump may be wrapped at different widths, so the width used for the
    /// reflow test is local: the longest content line within `window` lines. In indent-style text
    /// (paragraphs open with an indented line) every non-indented line continues the previous one.
    static func continuations(_ lines: [ClassifiedLine], window: Int = 10) -> [Bool] {
        var joins = [Bool](repeating: false, count: lines.count)
        guard mostlyNarrow(lines) else { return joins }
        // Each body line measured once: the widths serve the wrap test and the reflow test.
        var lengths = [Int](repeating: 0, count: lines.count)
        var indented = [Bool](repeating: false, count: lines.count)
        var bodyWidths: [Int] = []
        for i in lines.indices {
            guard case .body = lines[i].kind else { continue }
            let w = SplitText.withBytes(lines[i].text) { scalarCount($0) }
            lengths[i] = w
            bodyWidths.append(w)
            indented[i] = startsIndented(lines[i].text)
        }
        guard wrapWidth(bodyWidths: bodyWidths) != nil else { return joins }
        var indentedCount = 0
        for x in indented where x { indentedCount += 1 }
        let indentStyle = indentedCount >= 3
        for i in 0..<max(0, lines.count - 1) {
            guard case .body = lines[i].kind else { continue }
            if case .stripped = lines[i + 1].kind {
                // A wrapped paragraph's tail can look like boilerplate on its own (`24.` read as a
                // wire sign-off). It is the tail when the paragraph stops mid-sentence and the
                // tail's first word would not have fitted on the line above.
                let local = lengths[max(0, i - window)...min(lines.count - 1, i + window)].max() ?? 0
                if endsMidSentence(lines[i].content) && lengths[i] + 1 + firstWordWidth(lines[i + 1].text) > local - 1 { joins[i] = true }
                continue
            }
            guard case .body = lines[i + 1].kind else { continue }
            if indented[i + 1] { continue }
            if indentStyle { joins[i] = true; continue }
            let local = lengths[max(0, i - window)...min(lines.count - 1, i + window)].max() ?? 0
            let b = lines[i + 1].content
            let firstWord = firstWordWidth(b)
            if lengths[i] + 1 + firstWord > local - 1 || (lengths[i] * 10 >= local * 6 && startsLowercase(b)) { joins[i] = true }
        }
        return joins
    }

    /// `s.first == " " || s.first == "\t"`, from the bytes unless a blank is followed by a
    /// non-ASCII scalar (a combining mark would make the first Character more than the blank).
    static func startsIndented(_ s: String) -> Bool {
        let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { u -> Bool? in
            guard let b = u.first else { return false }
            guard b == 0x20 || b == 0x09 else { return false }  // another first scalar
            return u.count == 1 || u[1] < 0x80 ? true : nil
        }
        if let f = fast, let r = f { return r }
        return s.first == " " || s.first == "\t"
    }

    /// `s.first?.isLowercase ?? false`, from the bytes when the first Character is one ASCII byte
    /// (not CR, the only ASCII byte that pairs with the next).
    static func startsLowercase(_ s: String) -> Bool {
        let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { u -> Bool? in
            guard let b = u.first else { return false }
            guard b < 0x80, b != 0x0D, u.count == 1 || u[1] < 0x80 else { return nil }
            return b >= 0x61 && b <= 0x7A
        }
        if let f = fast, let r = f { return r }
        return s.first?.isLowercase ?? false
    }

    /// Width of the first word (leading blanks skipped), in scalars.
    static func firstWordWidth(_ s: String) -> Int {
        var n = 0
        for b in s.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 }) {
            if b == 0x20 || b == 0x09 { break }
            if b & 0xC0 != 0x80 { n += 1 }
        }
        return n
    }

    /// The line stops inside a sentence: its last character is a letter, digit, comma, semicolon
    /// or hyphen (not `.`, `?`, `!`, a closing quote or bracket).
    static func endsMidSentence(_ s: String) -> Bool {
        guard let last = s.utf8.last(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        switch last {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2C, 0x3B, 0x2D: return true
        default: return false
        }
    }

    /// Merges continuation lines into their paragraph's first line. Returns the merged lines and,
    /// for each merged line, the range of input lines it covers.
    static func merge(_ lines: [ClassifiedLine]) -> (lines: [ClassifiedLine], spans: [Range<Int>]) {
        let joins = continuations(lines)
        guard joins.contains(true) else { return (lines, lines.indices.map { $0..<($0 + 1) }) }
        var out: [ClassifiedLine] = []
        var spans: [Range<Int>] = []
        var i = 0
        while i < lines.count {
            var j = i
            while j < lines.count - 1 && joins[j] { j += 1 }
            guard j > i else {
                out.append(lines[i])
                spans.append(i..<(i + 1))
                i += 1
                continue
            }
            var merged = lines[i]
            // Each tail once, then both strings written as bytes into buffers of their final
            // size (no temporary `" " + tail` strings, no regrowth, one UTF-8 check each).
            let tails = ((i + 1)...j).map { trimmedBlanks(lines[$0].text) }
            var contentBytes = merged.content.utf8.count, textBytes = merged.text.utf8.count
            for (k, tail) in zip((i + 1)...j, tails) {
                contentBytes += 1 + (lines[k].kind == .body ? lines[k].content.utf8.count : tail.utf8.count)
                textBytes += 1 + tail.utf8.count
            }
            merged.content = String(unsafeUninitializedCapacity: contentBytes) { buf in
                var n = copy(lines[i].content, into: buf, at: 0)
                for (k, tail) in zip((i + 1)...j, tails) {
                    // A stripped tail (see `continuations`) is body text: its whole line joins.
                    buf[n] = 0x20
                    n = lines[k].kind == .body ? copy(lines[k].content, into: buf, at: n + 1) : copy(tail, into: buf, at: n + 1)
                }
                return n
            }
            // Plain wrapped prose: every piece of the text equals the piece of the content (the
            // first line's text is its content, each tail the body line's content), so the text
            // is the same string: share it instead of building and checking it again.
            var same = textBytes == contentBytes && sameBytes(lines[i].text, lines[i].content)
            if same {
                for (k, tail) in zip((i + 1)...j, tails) where lines[k].kind == .body && !sameBytes(tail, lines[k].content) { same = false; break }
            }
            merged.text = same ? merged.content : String(unsafeUninitializedCapacity: textBytes) { buf in
                var n = copy(lines[i].text, into: buf, at: 0)
                for tail in tails {
                    buf[n] = 0x20
                    n = copy(tail, into: buf, at: n + 1)
                }
                return n
            }
            for (k, tail) in zip((i + 1)...j, tails) {
                // What the rule read from a stripped tail (metadata) is dropped.
                let isBody = lines[k].kind == .body
                merged.words += isBody ? lines[k].words : LineText.wordCount(tail)
                if isBody && !lines[k].metadata.isEmpty {
                    for (key, v) in lines[k].metadata where merged.metadata[key] == nil { merged.metadata[key] = v }
                }
            }
            merged.key = LineKey.hash(merged.content)
            out.append(merged)
            spans.append(i..<(j + 1))
            i = j + 1
        }
        return (out, spans)
    }

    /// True when `a` and `b` hold the same bytes.
    static func sameBytes<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        if let r = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }), let same = r { return same }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// Copies the UTF-8 of `s` into `out` at `at`; returns the index after it.
    @inline(__always)
    private static func copy<S: StringProtocol>(_ s: S, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var n = at
        if let done = s.utf8.withContiguousStorageIfAvailable({ u -> Int in
            guard let src = u.baseAddress, u.count > 0 else { return n }
            (out.baseAddress! + n).update(from: src, count: u.count)
            return n + u.count
        }) { return done }
        for b in s.utf8 { out[n] = b; n += 1 }
        return n
    }

    /// `SplitText.trimmingBlanks(s)`, found on the bytes when both ends of the trimmed text are
    /// ASCII (only ASCII space and tab are blank there; a non-ASCII end may be a Unicode space).
    static func trimmedBlanks(_ s: String) -> Substring {
        let range: Range<Int>? = SplitText.withBytes(s) { u -> Range<Int>? in
            var a = 0, b = u.count
            while a < b && (u[a] == 0x20 || u[a] == 0x09) { a += 1 }
            while b > a && (u[b - 1] == 0x20 || u[b - 1] == 0x09) { b -= 1 }
            guard a == b || (u[a] < 0x80 && u[b - 1] < 0x80) else { return nil }
            return a..<b
        }
        guard let r = range else { return SplitText.trimmingBlanks(s) }
        let u = s.utf8
        return s[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)]
    }
}
