/// Key, word count and scalar count of a line in ONE pass over its bytes.
///
/// `LineKey.hash(bytes:)`, `LineText.wordCount` and `LineText.scalarCount` each walked every
/// line; here a run of ASCII letters (most bytes of prose) takes a tight inner loop that only
/// hashes (the word and key state change once per run: with per-byte flag updates the compiler
/// kept the flags in memory, 37 instructions per byte), and only non-ASCII bytes pay for scalar
/// counting. Results are identical to the
/// separate functions (tested in CleaningFastPathTests). Folding stays a pass of its own
/// (`LineText.fold`): fused in here too it measured slower (register pressure), and it only runs
/// on lines short enough for some rule family.
struct LineScan {
    var key: UInt64 = 0
    var words = 0
    var scalars = 0

    /// Scans `line` (valid UTF-8: multi-byte separators are taken whole).
    static func counts(_ line: UnsafeBufferPointer<UInt8>) -> LineScan {
        counts(line, after: LineKey.emptyHash, emitted: false)
    }

    /// The key of `head + " " + line`, given `head`'s key and `hasKey(head)`: after a separator the
    /// key's state is just the hash so far and whether anything was hashed (a digit run or a
    /// pending separator ends at it), so `head` is not read again (`Reflow` re-keys a merged
    /// paragraph from its first line's key).
    static func key(of line: UnsafeBufferPointer<UInt8>, after head: UInt64, emitted: Bool) -> UInt64 {
        counts(line, after: head, emitted: emitted).key
    }

    /// The scan from the key state `h`, `emitted` after a separator.
    @inline(__always)
    private static func counts(_ line: UnsafeBufferPointer<UInt8>, after h0: UInt64, emitted e0: Bool) -> LineScan {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var h = h0
        var pendingSpace = e0, emitted = e0, inDigits = false   // LineKey
        var words = 0, inWord = false                                   // wordCount
        var continuations = 0                     // scalarCount = bytes - continuation bytes
        let n = line.count
        guard n > 0, let base = line.baseAddress else { return LineScan(key: h) }
        var i = 0
        var retry = 0   // the SWAR block test is not tried again before this byte
        while i < n {
            var b = line[i]
            if (b | 0x20) &- 0x61 < 26 {
                // The common case: a run of ASCII letters (a word). The state changes once per run;
                // the loop per letter is a load, a compare, the hash step.
                if pendingSpace { h = (h ^ 0x20) &* prime; pendingSpace = false }
                emitted = true; inDigits = false
                if !inWord { words += 1; inWord = true }
                while true {
                    // `b` = line[i], a letter, not hashed yet. Up to eight bytes of letters and
                    // single spaces between letters ("s of the") hash as their lower-cased bytes
                    // (a space is 0x20 either way) and start a word per space: one test for the
                    // block, then a few instructions a byte. A space in the last byte is left to
                    // the "word word" test below. After a failed test the bytes up to the first
                    // one that failed it go byte by byte.
                    if i >= retry && i &+ 8 <= n {
                        let w = ByteScan.load(base, i)
                        let spaces = ByteScan.equal(w, 0x20)
                        let bad = (w & ByteScan.highs) | (ByteScan.highs & ~(ByteScan.letters(w) | spaces)) | (spaces & (spaces << 8))
                        if bad == 0 {
                            let l = w | 0x20 &* ByteScan.ones
                            h = (h ^ (l & 0xFF)) &* prime
                            h = (h ^ ((l >> 8) & 0xFF)) &* prime
                            h = (h ^ ((l >> 16) & 0xFF)) &* prime
                            h = (h ^ ((l >> 24) & 0xFF)) &* prime
                            h = (h ^ ((l >> 32) & 0xFF)) &* prime
                            h = (h ^ ((l >> 40) & 0xFF)) &* prime
                            h = (h ^ ((l >> 48) & 0xFF)) &* prime
                            words &+= ByteScan.count(spaces & 0x00FF_FFFF_FFFF_FFFF)
                            if spaces >> 56 == 0 {
                                h = (h ^ (l >> 56)) &* prime
                                i &+= 8
                            } else {
                                i &+= 7
                            }
                        } else {
                            // Carries from a byte ≥ 0x80 only spoil later bytes' flags: the
                            // first flagged byte is a real failure.
                            retry = i &+ ByteScan.firstIndex(bad)
                            h = (h ^ UInt64(b | 0x20)) &* prime
                            i &+= 1
                        }
                    } else {
                        h = (h ^ UInt64(b | 0x20)) &* prime
                        i &+= 1
                    }
                    if i == n { break }
                    b = line[i]
                    if (b | 0x20) &- 0x61 < 26 { continue }
                    // "word word": one space between two letter runs is a key separator and a new
                    // word, exactly what the general path below would record for it.
                    if b == 0x20 && i &+ 1 < n && (line[i &+ 1] | 0x20) &- 0x61 < 26 {
                        h = (h ^ 0x20) &* prime
                        words &+= 1
                        i &+= 1
                        b = line[i]
                        continue
                    }
                    // "it's", "well-known" and "said, the": one ASCII punctuation byte (not a
                    // digit or white space) before a letter, or before one space and a letter, is
                    // one key separator (and the space a new word), as the general path records.
                    if b < 0x80 && b != 0x20 && b != 0x09 && b &- 0x30 >= 10 && i &+ 1 < n {
                        let c = line[i &+ 1]
                        if (c | 0x20) &- 0x61 < 26 {
                            h = (h ^ 0x20) &* prime
                            i &+= 1
                            b = c
                            continue
                        }
                        if c == 0x20 && i &+ 2 < n && (line[i &+ 2] | 0x20) &- 0x61 < 26 {
                            h = (h ^ 0x20) &* prime
                            words &+= 1
                            i &+= 2
                            b = line[i]
                            continue
                        }
                    }
                    break
                }
                continue
            }
            if b < 0x80 {
                // LineKey: digit runs → one 0, other ASCII (letters were handled above) → separator.
                if b >= 0x30 && b <= 0x39 {
                    if !inDigits {
                        if pendingSpace { h = (h ^ 0x20) &* prime; pendingSpace = false }
                        h = (h ^ 0x30) &* prime
                        emitted = true; inDigits = true
                    }
                } else {
                    inDigits = false
                    pendingSpace = emitted
                }
                if b == 0x20 || b == 0x09 {
                    inWord = false
                } else if !inWord {
                    words += 1; inWord = true
                }
                i += 1
                continue
            }
            // Non-ASCII: never a word separator.
            inDigits = false
            if !inWord { words += 1; inWord = true }
            if b == 0xC2, i + 1 < n, line[i + 1] == 0xA0 {   // NBSP: a key separator
                pendingSpace = emitted
                continuations += 1
                i += 2
                continue
            }
            if b == 0xE2, i + 1 < n, line[i + 1] == 0x80 || line[i + 1] == 0x81 {
                // U+2000–U+207F: one key separator of 3 bytes (a lead and 2 continuation bytes).
                pendingSpace = emitted
                continuations += 2
                i += 3
                continue
            }
            if pendingSpace { h = (h ^ 0x20) &* prime; pendingSpace = false }
            h = (h ^ UInt64(b)) &* prime
            emitted = true
            if b & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        var r = LineScan()
        r.key = h; r.words = words; r.scalars = n - continuations
        return r
    }

    /// Whether `counts(line).key` hashes any byte (is not `LineKey.emptyHash`): the line holds an
    /// ASCII letter or digit, or a non-ASCII byte outside the separators `counts` skips (NBSP,
    /// U+2000–U+207F). Settled on the first such byte: for prose, the first.
    static func hasKey(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = line.count
        var i = 0
        while i < n {
            let b = line[i]
            if b < 0x80 {
                if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 { return true }
                i &+= 1
            } else if b == 0xC2, i + 1 < n, line[i + 1] == 0xA0 {
                i &+= 2
            } else if b == 0xE2, i + 1 < n, line[i + 1] == 0x80 || line[i + 1] == 0x81 {
                i &+= 3
            } else {
                return true
            }
        }
        return false
    }

}
