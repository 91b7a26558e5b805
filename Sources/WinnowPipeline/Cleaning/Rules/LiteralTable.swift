/// Folded literal strings indexed by their first (or last) byte, so a line is compared only with
/// the few literals that can match it. Lookups return the lowest index that matches, so the
/// result (and `explain`'s detail) is the same as trying the literals in file order.
/// A class: a family's three tables were copied onto the stack for every call on every line.
final class LiteralTable {
    let strings: [String]
    /// The bytes some literal starts (ends) with: bit b set skips most positions of a line at once.
    let keyBytes: ByteSet
    /// The folded literals' bytes.
    let literalBytes: [[UInt8]]
    /// byte → indices (ascending) of literals starting (ending) with it.
    private let buckets: [[Int]]
    /// Literals that are empty after folding: they match every line.
    private let empty: Int?
    /// Each literal's bytes, to skip literals a line cannot contain.
    private let masks: [ByteMask]
    /// Each literal's byte pairs (folded literal vs folded line: always a valid test).
    private let pairs: BigramLists
    /// Per literal: it ends in a letter or digit, so as a prefix it must end a word of the line
    /// ('with ap' is "With AP", not "With apologies to …"; 'share this' not "Share thistles").
    private let endsInWord: [Bool]
    /// Whether a literal starts with a letter or digit: a `contains` literal then matches only
    /// where a word starts (`get the app` is not in "get the approval", `visit website` not in
    /// "visit websites"), as with `endsInWord` at its end.
    private let startsInWord: [Bool]

    init(_ strings: [String], indexByLastByte: Bool) {
        self.strings = strings
        literalBytes = strings.map { Array($0.utf8) }
        var b = [[Int]](repeating: [], count: 256)
        for (i, s) in literalBytes.enumerated() {
            guard let k = indexByLastByte ? s.last : s.first else { continue }
            b[Int(k)].append(i)
        }
        buckets = b
        var bits = ByteSet()
        for k in 0..<256 where !b[k].isEmpty { bits.insert(UInt8(k)) }
        keyBytes = bits
        empty = literalBytes.firstIndex(where: \.isEmpty)
        masks = literalBytes.map { b in b.withUnsafeBufferPointer { ByteMask($0) } }
        pairs = BigramLists(literalBytes)
        endsInWord = literalBytes.map { $0.last.map(SignOff.isAlnum) ?? false }
        startsInWord = literalBytes.map { $0.first.map(SignOff.isAlnum) ?? false }
    }

    var isEmpty: Bool { strings.isEmpty }

    /// Whether some literal is empty after folding (it matches every line).
    var hasEmpty: Bool { empty != nil }

    /// Bytes of the longest literal.
    var longest: Int { literalBytes.map(\.count).max() ?? 0 }

    func firstPrefix(of line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !strings.isEmpty else { return nil }
        if let e = empty { return e }
        guard let f = line.first, keyBytes.contains(f) else { return nil }
        for i in buckets[Int(f)] where hasPrefix(line, literalBytes[i], at: 0) {
            let n = literalBytes[i].count
            if endsInWord[i] && n < line.count && SignOff.isAlnum(line[n]) { continue }  // the line's word goes on
            return i
        }
        return nil
    }

    func firstSuffix(of line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !strings.isEmpty else { return nil }
        if let e = empty { return e }
        guard let l = line.last, keyBytes.contains(l) else { return nil }
        for i in buckets[Int(l)] {
            let n = literalBytes[i].count
            if n <= line.count && hasPrefix(line, literalBytes[i], at: line.count - n) { return i }
        }
        return nil
    }

    /// The first literal (in file order) that `line` contains; `mask` is the line's `ByteMask`,
    /// `bigrams` its `LineBigrams` when known.
    func firstContained(in line: UnsafeBufferPointer<UInt8>, mask: ByteMask, bigrams: LineBigrams? = nil) -> Int? {
        guard !strings.isEmpty else { return nil }
        if let e = empty { return e }
        // Pairs first: the rarest pair of a literal turns a prose line away in one load.
        for i in 0..<literalBytes.count where pairs.admits(i, bigrams) && mask.containsAll(masks[i]) {
            let found = literalBytes[i].withUnsafeBufferPointer {
                bytesContain(line, $0, wordStart: startsInWord[i], wordEnd: endsInWord[i])
            }
            if found { return i }
        }
        return nil
    }

    @inline(__always)
    private func hasPrefix(_ line: UnsafeBufferPointer<UInt8>, _ lit: [UInt8], at pos: Int) -> Bool {
        let n = lit.count
        guard pos + n <= line.count else { return false }
        var k = 0
        while k < n && line[pos + k] == lit[k] { k += 1 }
        return k == n
    }
}

/// Whether `needle` occurs in `haystack` (plain byte search: lines and needles here are short);
/// `wordStart` / `wordEnd`: only where no letter or digit of the line runs on before / after it.
@inline(__always)
func bytesContain(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                  wordStart: Bool = false, wordEnd: Bool = false) -> Bool {
    let n = needle.count, h = haystack.count
    guard n > 0 else { return true }
    guard n <= h else { return false }
    let first = needle[0]
    var i = 0
    while i <= h - n {
        if haystack[i] == first {
            var k = 1
            while k < n && haystack[i + k] == needle[k] { k += 1 }
            // Whole words only where the needle starts or ends in one: the line's word must not go on.
            if k == n && !(wordStart && i > 0 && SignOff.isAlnum(haystack[i - 1]))
                && !(wordEnd && i + n < h && SignOff.isAlnum(haystack[i + n])) { return true }
        }
        i += 1
    }
    return false
}
