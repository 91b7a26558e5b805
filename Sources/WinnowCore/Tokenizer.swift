/// Splits UTF-8 text into words and folds them, without building `String`s.
///
/// Words follow Python's `\w+` (what the dedup truth uses): maximal runs of letters, digits and
/// `_` in any script. So an apostrophe splits words: `don't` is `don` + `t`, and `l’homme` is
/// `l` + `homme`. Two deliberate differences from `\w`: combining marks (U+0300… accents, Indic
/// vowel signs) stay inside words, and `İ` folds to plain `i` and final `ς` to `σ`, so that
/// case variants of one word always agree. Malformed UTF-8 bytes act as separators.
public struct Tokenizer: Sendable {
    public let options: TokenizerOptions
    /// Per byte: 0 separator, 0xFF start of a non-ASCII code point, else the folded ASCII byte.
    let asciiTable: [UInt8]

    public init(options: TokenizerOptions = TokenizerOptions()) {
        self.options = options
        var t = [UInt8](repeating: 0xFF, count: 256)
        for b in 0..<128 {
            let c = UInt8(b)
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): t[b] = options.lowercase ? c | 0x20 : c
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"): t[b] = c
            case UInt8(ascii: "0")...UInt8(ascii: "9"): t[b] = options.digitsToZero ? UInt8(ascii: "0") : c
            default: t[b] = 0
            }
        }
        asciiTable = t
    }

    /// Feeds the folded UTF-8 bytes of each word to `sink`, calling `endToken` after each word.
    @inline(__always)
    func scan<S: TokenSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        guard let p = text.baseAddress else { return }
        let n = text.count
        asciiTable.withUnsafeBufferPointer { tableBuffer in
            let table = tableBuffer.baseAddress!
            var inWord = false
            var i = 0
            while i < n {
                let c = table[Int(p[i])]
                if c != 0xFF {
                    i &+= 1
                    if c != 0 {
                        sink.byte(c)
                        inWord = true
                    } else if inWord {
                        sink.endToken()
                        inWord = false
                    }
                    continue
                }
                let (cp, length) = decodeUTF8(p, i, n)
                i &+= length
                let folded = foldCodePoint(cp, options)
                if folded == 0 {
                    if inWord { sink.endToken(); inWord = false }
                } else if folded != dropCodePoint {
                    Tokenizer.encode(folded, into: &sink)
                    inWord = true
                }
            }
            if inWord { sink.endToken() }
        }
    }

    @inline(__always)
    static func encode<S: TokenSink>(_ cp: UInt32, into sink: inout S) {
        if cp < 0x80 {
            sink.byte(UInt8(cp))
        } else if cp < 0x800 {
            sink.byte(UInt8(0xC0 | (cp >> 6)))
            sink.byte(UInt8(0x80 | (cp & 0x3F)))
        } else if cp < 0x10000 {
            sink.byte(UInt8(0xE0 | (cp >> 12)))
            sink.byte(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            sink.byte(UInt8(0x80 | (cp & 0x3F)))
        } else {
            sink.byte(UInt8(0xF0 | (cp >> 18)))
            sink.byte(UInt8(0x80 | ((cp >> 12) & 0x3F)))
            sink.byte(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            sink.byte(UInt8(0x80 | (cp & 0x3F)))
        }
    }

    /// The folded words of `text`, as strings. For tests and debugging, not for the hot path.
    public func tokens(_ text: String) -> [String] {
        var sink = CollectingSink()
        var copy = text
        copy.withUTF8 { scan($0, into: &sink) }
        return sink.words
    }

    /// The 64-bit hash of each word of `text` (`seed` as in `SketchParameters`), appended to `hashes`.
    public func tokenHashes(_ text: UnsafeBufferPointer<UInt8>, seed: UInt64, into hashes: inout [UInt64]) {
        let old = hashes.count
        let capacity = text.count / 2 + 1
        hashes.append(contentsOf: repeatElement(0, count: capacity))
        let n = hashes.withUnsafeMutableBufferPointer { hashWords(text, seed: tokenSeed(seed), into: $0.baseAddress! + old) }
        hashes.removeLast(capacity - n)
    }

    /// Reference implementation of `tokenHashes` through the byte-by-byte `scan` (tests).
    func tokenHashesByScan(_ text: UnsafeBufferPointer<UInt8>, seed: UInt64) -> [UInt64] {
        var sink = ArraySink(hasher: ByteHasher(seed: tokenSeed(seed)))
        scan(text, into: &sink)
        return sink.hashes
    }
}

/// Seed of the per-word byte hash, derived from the sketch seed.
@inline(__always)
func tokenSeed(_ seed: UInt64) -> UInt64 { mum(seed ^ secret0, secret1) }

/// Receives the folded bytes of words from `Tokenizer.scan`.
protocol TokenSink {
    mutating func byte(_ b: UInt8)
    mutating func endToken()
}

struct CollectingSink: TokenSink {
    var words: [String] = []
    var current: [UInt8] = []
    mutating func byte(_ b: UInt8) { current.append(b) }
    mutating func endToken() {
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
    }
}

struct ArraySink: TokenSink {
    var hasher: ByteHasher
    var hashes: [UInt64] = []
    mutating func byte(_ b: UInt8) { hasher.add(b) }
    mutating func endToken() { hashes.append(hasher.finish()) }
}
