/// What the classifier asks of a family before matching it: the conditions its family gate
/// (`FamilyGate`) is built from, once per classifier, and the first byte of a long line the family
/// reads (`readsFrom`, `LineClassifier.foldStart`), so the line is folded only from there.
extension CompiledFamily {
    /// A way this family can match a line other than its exact keys, as a condition the
    /// classifier tests before trying the family (`FamilyGate`).
    struct GateCondition {
        /// The trimmed line's first and last raw bytes, ASCII lower-cased (nil: any).
        var first: ByteSet?
        var last: ByteSet?
        /// ASCII bytes the folded line must hold.
        var need = ByteMask()
        /// Bytes one of which the folded line must hold (empty: none): a pattern's needles without
        /// usable byte pairs (`PatternPrefilter.byteNeedles`).
        var anyByte: [UInt8] = []
        /// Folded literals one of which must have all its byte pairs in the folded line (empty: none).
        var literals: [[UInt8]] = []
        /// Folded literals one of which the folded line starts (ends) with: tested on its first
        /// (last) byte pair (nil: none).
        var starts: [[UInt8]]? = nil
        var ends: [[UInt8]]? = nil

        /// Tests the line's ends (first or last byte, first or last pair): gets a gate bit.
        var hasEnd: Bool { first != nil || last != nil || starts != nil || ends != nil }
    }

    /// The family's `GateCondition`s, or nil when some way can match any line (an empty literal,
    /// a pattern the prefilter knows nothing about).
    /// A prefix literal starts the folded line: its first byte pair is the line's (the line's
    /// first raw byte, ASCII lower-cased, is its first byte; a non-ASCII one may fold to ASCII, so
    /// it is let through); a suffix literal likewise ends it; any literal (of two bytes or more)
    /// occurs only with all its byte pairs; a pattern runs only when its prefilter admits
    /// the line's first (whole-line subjects only) and last bytes, finds its required bytes and
    /// one of its needles (by their byte pairs, or by a byte of each when they have no usable pairs).
    var gateConditions: [GateCondition]? {
        var conditions: [GateCondition] = []
        func folding(_ keys: ByteSet) -> ByteSet {
            var set = keys
            for b in 0x80...0xFF { set.insert(UInt8(b)) }
            return set
        }
        // Literals as a pair condition, when every one has pairs (one of one byte has none).
        func paired(_ table: LiteralTable) -> [[UInt8]] {
            table.literalBytes.allSatisfy { $0.count >= 2 } ? table.literalBytes : []
        }
        if !prefixes.isEmpty {
            guard !prefixes.hasEmpty else { return nil }
            conditions.append(GateCondition(first: folding(prefixes.keyBytes), last: nil, literals: paired(prefixes),
                                            starts: prefixes.literalBytes))
        }
        if !suffixes.isEmpty {
            guard !suffixes.hasEmpty else { return nil }
            conditions.append(GateCondition(first: nil, last: folding(suffixes.keyBytes), literals: paired(suffixes),
                                            ends: suffixes.literalBytes))
        }
        if !contains.isEmpty {
            let literals = paired(contains)
            guard !literals.isEmpty else { return nil }
            conditions.append(GateCondition(first: nil, last: nil, literals: literals))
        }
        for p in prefilters {
            // A tail subject may start anywhere in the line: only its last byte is the line's.
            let first = tailChars == nil ? p.firstBytes : nil
            let needles = p.pairNeedles ?? []
            let anyByte = needles.isEmpty ? p.byteNeedles ?? [] : []
            let need = p.requiredBytes
            if first == nil && p.lastBytes == nil && needles.isEmpty && anyByte.isEmpty && need.lo == 0 && need.hi == 0 {
                return nil
            }
            conditions.append(GateCondition(first: first, last: p.lastBytes, need: need, anyByte: anyByte, literals: needles))
        }
        return conditions
    }

    /// The first byte of `line` (trimmed, `chars` long, within `maxChars`) whose folded form
    /// `match` can read: 0 when it reads the line's start (prefixes, `contains`, a pattern on the
    /// whole line whose prefilter admits the line's first byte), the start of the tail subject for
    /// tail patterns, else `line.count` (exact keys need no fold; suffixes are the caller's).
    /// `tail`: `tailSubject(line, chars:)` when the caller has it.
    func readsFrom(_ line: UnsafeBufferPointer<UInt8>, chars: Int, tail known: UnsafeBufferPointer<UInt8>? = nil) -> Int {
        if !prefixes.isEmpty || !contains.isEmpty { return 0 }
        guard !patterns.isEmpty else { return line.count }
        if let tail = tailChars, chars > tail {
            let subject = known ?? LineText.lastCharacters(line, tail)
            return line.count - subject.count
        }
        // A whole-line pattern whose prefilter turns the first byte away never reads the mask.
        return prefilters.allSatisfy { $0.rejectsFirstByte(line) } ? line.count : 0
    }
}
