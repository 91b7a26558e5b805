/// The content words `Cohesion` and `HeadlineAffinity` compare: runs of 5+ word bytes (ASCII
/// letters case-folded, non-ASCII bytes as they are, except typographic dashes, quotes and `…`,
/// which separate words like their ASCII forms), minus a short list of frequent function words.
///
/// A word is known by a 64-bit key (`hash`): a word of up to 8 bytes by its folded bytes
/// themselves, a longer one by a hash of them. A text's words matter only by which of them are
/// equal (`WordIDs` numbers them in order of first sight), so any key with no collision among a
/// text's words gives the same cohesion. This one takes a word eight bytes at a time (`WordHash`),
/// where FNV took a multiply per byte, and most content words (5-8 letters) need no hashing.
extension Cohesion {
    /// Keys of the line's content words, in order.
    static func contentWords(_ s: some StringProtocol) -> [UInt64] {
        var out: [UInt64] = []
        appendContentWords(s, to: &out)
        return out
    }

    /// `contentWords`, appended to `out`.
    static func appendContentWords(_ s: some StringProtocol, to out: inout [UInt64]) {
        SplitText.withBytes(s) { u in forEachContentWord(u) { if !isStopword($0) { out.append($0) } } }
    }

    /// The key of a word given folded (lower case): its bytes fed one by one to `WordHash`, the
    /// definition the scanner's 8-byte reads are tested against.
    static func hash(_ word: String) -> UInt64 {
        var w = WordHash()
        for b in word.utf8 { w.append(b) }
        return w.value
    }

    /// Calls `body` with the key of each 5+-byte word of `u`, in order, stop words included.
    /// `Cohesion.init` takes the same keys from the C scan `winnow_content_word_keys` (SSE2 bit
    /// masks, CWinnowScan); this scanner is the reference the tests hold that one to. A change to
    /// what separates words (`Cohesion.isSeparator`) must be made in `content_words.c` too.
    ///
    /// Plain-ASCII text is read eight bytes at a time: a letter mask gives where words start and
    /// end in the chunk (bit tricks, no byte loop), a word of under 5 bytes (most words) gets no
    /// key, and a longer one's key comes from 8-byte loads of its text. A chunk with a non-ASCII
    /// byte, and the last bytes of the line, are read byte by byte; a word with a non-ASCII byte gets
    /// its key byte by byte.
    @inline(__always)
    static func forEachContentWord(_ u: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        guard let base = u.baseAddress else { return }
        letterFold.withUnsafeBufferPointer { foldTable in
            let fold = foldTable.baseAddress!
            let n = u.count
            // The word being read: its first byte (-1: none), and whether it has a non-ASCII byte.
            var start = -1
            var wide = false
            /// The word `base[s..<e]` ends: a word of 5+ bytes goes to `body`.
            @inline(__always) func finish(_ s: Int, _ e: Int, wide: Bool) {
                guard e &- s >= 5 else { return }
                let h = wide ? WordHash.folded(base, from: s, to: e, fold: fold) : WordHash.ascii(base, from: s, to: e)
                body(h)
            }
            var i = 0
            while i &+ 8 <= n {
                let x = ByteScan.load(base, i)
                if x & ByteScan.highs == 0 {
                    // Byte k starts a word when it is a letter after a non-letter, ends one when
                    // it is a non-letter after a letter; byte -1 is the previous chunk's last.
                    let letters = ByteScan.letters(x)
                    let before = letters &<< 8 | (start >= 0 ? 0x80 : 0)
                    var starts = letters & ~before
                    var ends = ~letters & ByteScan.highs & before
                    if start >= 0 {
                        if ends == 0 { i &+= 8; continue }   // the word goes on
                        finish(start, i &+ ByteScan.firstIndex(ends), wide: wide)
                        ends &= ends &- 1
                        start = -1
                    }
                    while starts != 0 {
                        let s = i &+ ByteScan.firstIndex(starts)
                        starts &= starts &- 1
                        if ends == 0 { start = s; wide = false; break }   // runs past the chunk
                        finish(s, i &+ ByteScan.firstIndex(ends), wide: false)
                        ends &= ends &- 1
                    }
                    i &+= 8
                    continue
                }
                // Byte by byte through this chunk (a separator's bytes may run past it).
                let limit = i &+ 8
                while i < limit { i = step(base, i, n, fold, &start, &wide, finish) }
            }
            while i < n { i = step(base, i, n, fold, &start, &wide, finish) }
            if start >= 0 { finish(start, n, wide: wide) }
        }
    }

    /// Reads the byte at `i` (with the bytes of a typographic separator it leads) into the word
    /// state; returns the index after it.
    @inline(__always)
    private static func step(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int, _ fold: UnsafePointer<UInt8>,
                             _ start: inout Int, _ wide: inout Bool, _ finish: (Int, Int, Bool) -> Void) -> Int {
        let b = base[i]
        if fold[Int(b)] == 0 || (b == 0xE2 && isSeparator(base, i, n)) {
            if start >= 0 { finish(start, i, wide); start = -1 }
            return b == 0xE2 ? i &+ 3 : i &+ 1
        }
        if start < 0 { start = i; wide = false }
        if b >= 0x80 { wide = true }
        return i &+ 1
    }

    /// 0xE2 at `i` leads U+2000-U+2FFF. Typographic punctuation there (U+2010-U+201F dashes and
    /// curly quotes, U+2026 `…`) separates words like its ASCII forms: `‘Murder Hornet’` holds
    /// `hornet`, `ultimatum—friend` two words, `Trump’s` the word `trump` as `Trump's` does. Other
    /// characters there stay word bytes.
    @inline(__always)
    static func isSeparator(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        n - i >= 3 && base[i + 1] == 0x80 && (base[i + 2] & 0xF0 == 0x90 || base[i + 2] == 0xA6)
    }

    /// Byte → its lower-case form if it is part of a word (ASCII letters, any non-ASCII byte), else 0:
    /// one table load per byte instead of three range checks. 0xE2 maps to 1: it may lead
    /// typographic punctuation (`forEachContentWord` looks at the bytes after it).
    static let letterFold: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        switch b {
        case 0xE2: return 1
        case 0x41...0x5A: return UInt8(b | 0x20)
        case 0x61...0x7A, 0x80...0xFF: return UInt8(b)
        default: return 0
        }
    }

    /// True when `h` is a stop word's hash.
    static func isStopword(_ h: UInt64) -> Bool {
        stopSlots.withUnsafeBufferPointer { isStopword(h, in: $0.baseAddress!) }
    }

    /// One probe in an open-addressing set of the stop-word hashes (a quarter full, so a miss
    /// usually ends at the first empty slot): cheaper than a binary search, and than a `Set`'s
    /// SipHash, for the one word in four of 5+ letters that is a stop word.
    @inline(__always)
    static func isStopword(_ h: UInt64, in slots: UnsafePointer<UInt64>) -> Bool {
        var i = stopSlot(h)
        while true {
            let k = slots[i]
            if k == h { return true }
            if k == 0 { return false }
            i = (i &+ 1) & stopSlotMask
        }
    }

    static let stopSlotMask = 511

    /// A key's first slot: the top 9 bits of a multiply (a short word's key is its bytes, whose
    /// low bits are mostly its first letter).
    @inline(__always)
    static func stopSlot(_ h: UInt64) -> Int { KeyProbe.start(h, shift: 55) }

    /// `stopwords` by the low bits of the hash, linear probing; 0 marks an empty slot (no stop
    /// word hashes to 0: checked when the table is built).
    static let stopSlots: [UInt64] = {
        var slots = [UInt64](repeating: 0, count: stopSlotMask + 1)
        precondition(stopwords.count * 4 <= slots.count && !stopwords.contains(0))
        for h in stopwords {
            var i = stopSlot(h)
            while slots[i] != 0 { i = (i + 1) & stopSlotMask }
            slots[i] = h
        }
        return slots
    }()

    static let stopwords: [UInt64] = Set("""
    about above after again against among around because before being below between both could \
    during every first from having their there these those other others should since still which \
    while would where under until their theirs them themselves through therefore however whether \
    without within would years today people including another already always never often really \
    something nothing anything everything thing things going being years later early never might \
    shall cannot doesn didn wasn isn aren weren hasn haven won said says saying told according \
    also just like many much more most some such than that then they this what when will with \
    your yours very even into over only same each last next week month time times
    """.split(separator: " ").map { hash(String($0)) }).sorted()
}

/// A word's key: its bytes (little-endian, zero bytes above) when there are at most 8; else whole
/// 8-byte blocks mixed into the state in turn, the last partial block and the length at the end. Fed byte by byte (`append`) or read from
/// memory (`ascii`): the same value for the same bytes.
struct WordHash {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    /// Bytes of the unfinished block, byte k in bits 8k..<8k+8.
    private var pending: UInt64 = 0
    /// Bits used in `pending`: 0, 8, …, 56.
    private var bits: UInt64 = 0
    /// Bytes so far.
    private(set) var length = 0
    /// The first 8 bytes, once there are 8.
    private var head: UInt64 = 0

    private static let k1: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let k2: UInt64 = 0xBF58_476D_1CE4_E5B9

    @inline(__always)
    private mutating func mix(_ block: UInt64) {
        state = (state ^ block) &* Self.k1
        state ^= state &>> 29
    }

    /// One byte.
    @inline(__always)
    mutating func append(_ b: UInt8) {
        pending |= UInt64(b) &<< bits
        bits += 8
        length &+= 1
        if bits == 64 {
            if length == 8 { head = pending }
            mix(pending); pending = 0; bits = 0
        }
    }

    /// The value of the bytes so far: a word of up to 8 bytes is its own key (its bytes, zero
    /// bytes above: distinct words, distinct keys, no hashing); a longer one is hashed.
    var value: UInt64 { length < 8 ? pending : length == 8 ? head : Self.finish(state, pending, length) }

    @inline(__always)
    private static func finish(_ state: UInt64, _ pending: UInt64, _ length: Int) -> UInt64 {
        var h = (state ^ pending ^ UInt64(truncatingIfNeeded: length) &<< 56) &* k1
        h ^= h &>> 31
        h = h &* k2
        return h ^ (h &>> 32)
    }

    /// The hash of the word `base[s..<e]` folded through `fold` (0xE2, 1 there, stays 0xE2).
    static func folded(_ base: UnsafePointer<UInt8>, from s: Int, to e: Int, fold: UnsafePointer<UInt8>) -> UInt64 {
        var w = WordHash()
        for j in s..<e {
            let f = fold[Int(base[j])]
            w.append(f == 1 ? 0xE2 : f)
        }
        return w.value
    }

    /// The hash of `base[s..<e]`, all ASCII letters (folded by setting 0x20), from 8-byte loads:
    /// whole blocks, then the last partial block as the top bytes of the 8 bytes ending at `e`.
    @inline(__always)
    static func ascii(_ base: UnsafePointer<UInt8>, from s: Int, to e: Int) -> UInt64 {
        let lower: UInt64 = 0x2020_2020_2020_2020
        // Wrapping arithmetic: indices of one line (no overflow checks in the loop).
        let length = e &- s
        if length <= 8 && e >= 8 { return (ByteScan.load(base, e &- 8) | lower) &>> UInt64(truncatingIfNeeded: 8 &* (8 &- length)) }
        var state: UInt64 = 0x243F_6A88_85A3_08D3
        var k = s
        while e &- k >= 8 {
            state = (state ^ (ByteScan.load(base, k) | lower)) &* k1
            state ^= state &>> 29
            k &+= 8
        }
        let r = e &- k
        var tail: UInt64 = 0
        if r > 0 {
            if e >= 8 {
                tail = (ByteScan.load(base, e &- 8) | lower) &>> UInt64(truncatingIfNeeded: 8 &* (8 &- r))
            } else {
                for j in 0..<r { tail |= UInt64(base[k + j] | 0x20) &<< UInt64(8 * j) }
            }
        }
        return length <= 8 ? tail : finish(state, tail, length)
    }
}
