/// A byte test derived from one dateline regex: a line head that fails it cannot match the regex,
/// so the regex (ICU, behind `NSRegularExpression`, thousands of instructions a call) is skipped.
///
/// It is derived only where it can be proved from the pattern text. The pattern must end, at the
/// top level, with `[C]\s` or `[C]+\s`, where `C` is a plain list of characters (no ranges,
/// escapes, nested sets, negation or POSIX/property syntax), and have no top-level `|` and no
/// `(?…)` other than `(?:` (inline flags could change what `\s` or the set means). Every match of
/// such a pattern then contains a character of `C` directly followed by a character `\s` accepts.
/// `\s` never accepts printable ASCII (`!` … `~`), so the test asks for a character of `C` followed
/// by any other byte (a control, a space, DEL or a non-ASCII lead byte): a necessary condition,
/// never stricter than the regex. Lookarounds (`(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`) are dropped
/// before the walk: they match no characters and only narrow what the rest matches, so a condition
/// every match of the rest meets holds for the pattern too. Any other pattern gets no requirement
/// and always runs.
struct DatelineRequirement: Equatable {
    /// The UTF-8 encodings of the characters of `C`.
    let marks: [[UInt8]]
    /// Bit b set when some mark starts with byte b: most bytes of a head start none, and are
    /// passed over with one test instead of a walk over the marks.
    private let leads: ByteSet

    /// The requirement of `pattern`, or nil when none can be proved.
    init?(pattern: String) {
        guard let s = Self.withoutLookarounds(Array(pattern.unicodeScalars)) else { return nil }
        let n = s.count
        // The tail `[C]\s` or `[C]+\s`.
        guard n >= 5, s[n - 2] == "\\", s[n - 1] == "s" else { return nil }
        var close = n - 3
        if s[close] == "+" { close -= 1 }
        guard close >= 2, s[close] == "]" else { return nil }
        // Walk the whole pattern: escapes, sets and groups, to find where each top-level set opens
        // and to refuse alternation and inline options.
        var i = 0, depth = 0, endsInEscape = false
        var lastTopSet: (open: Int, close: Int)?
        while i < n {
            let c = s[i]
            if c == "\\" {
                // `\Q…\E` quotes a run: too clever for this walk.
                guard i + 1 < n, s[i + 1] != "Q" else { return nil }
                if i == n - 2 { endsInEscape = true; break }  // the final `\s`, an escape indeed
                i += 2
                continue
            }
            if c == "[" {
                guard let end = Self.setEnd(s, from: i) else { return nil }
                if depth == 0 { lastTopSet = (i, end) }
                i = end + 1
                continue
            }
            if c == "(" {
                if i + 1 < n && s[i + 1] == "?" { guard i + 2 < n, s[i + 2] == ":" else { return nil } }
                depth += 1
            } else if c == ")" {
                depth -= 1
                guard depth >= 0 else { return nil }
            } else if c == "|" && depth == 0 {
                return nil
            }
            i += 1
        }
        guard endsInEscape, depth == 0, let set = lastTopSet, set.close == close else { return nil }
        let members = Array(s[(set.open + 1)..<set.close])
        guard let chars = Self.plainMembers(members) else { return nil }
        marks = chars.map { Array(String($0).utf8) }
        var leads = ByteSet()
        for m in marks { leads.insert(m[0]) }
        self.leads = leads
    }

    /// `s` without its lookaround groups (escapes and sets copied whole), nil if a group or set
    /// does not close.
    static func withoutLookarounds(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\\" {
                out.append(contentsOf: s[i..<min(i + 2, s.count)]); i += 2; continue
            }
            if c == "[" {
                guard let end = setEnd(s, from: i) else { return nil }
                out.append(contentsOf: s[i...end]); i = end + 1; continue
            }
            if c == "(", isLookaround(s, at: i) {
                guard let end = groupEnd(s, from: i) else { return nil }
                i = end + 1; continue
            }
            out.append(c); i += 1
        }
        return out
    }

    /// `(?=`, `(?!`, `(?<=` or `(?<!` opens at `i` (not `(?<name>`, a named group).
    private static func isLookaround(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 2 < s.count, s[i + 1] == "?" else { return false }
        if s[i + 2] == "=" || s[i + 2] == "!" { return true }
        return s[i + 2] == "<" && i + 3 < s.count && (s[i + 3] == "=" || s[i + 3] == "!")
    }

    /// Index of the `)` closing the group opened at `open` (escapes, sets and nested groups skipped).
    private static func groupEnd(_ s: [Unicode.Scalar], from open: Int) -> Int? {
        var i = open + 1, depth = 1
        while i < s.count {
            switch s[i] {
            case "\\": i += 2; continue
            case "[":
                guard let end = setEnd(s, from: i) else { return nil }
                i = end + 1; continue
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// Index of the `]` closing the set opened at `open` (nested sets and escapes skipped), nil if none.
    private static func setEnd(_ s: [Unicode.Scalar], from open: Int) -> Int? {
        var i = open + 1, depth = 1
        // A `]` right after `[` or `[^` is a literal member.
        if i < s.count && s[i] == "^" { i += 1 }
        if i < s.count && s[i] == "]" { i += 1 }
        while i < s.count {
            switch s[i] {
            case "\\": i += 2; continue
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The characters of a set body made only of literal characters (a `-` allowed last, where it
    /// is literal), or nil for anything with syntax: ranges, escapes, nesting, negation, `&&`,
    /// `[:…:]`, `{…}`, `$` or whitespace (which set modes may ignore).
    private static func plainMembers(_ m: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard !m.isEmpty, m.first != "^", m.last != ":" else { return nil }
        for (k, c) in m.enumerated() {
            switch c {
            case "\\", "[", "]", "&", "{", "}", "$", "^", " ", "\t", "\n", "\r": return nil
            case "-": if k != m.count - 1 { return nil }
            default: if c.value < 0x21 || c.value == 0x7F { return nil }
            }
        }
        return m
    }

    /// False when `head` (the UTF-8 of the examined prefix) cannot match the pattern.
    func mayMatch(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = head.count
        guard n >= 2 else { return false }
        for k in 0..<(n - 1) where leads.contains(head[k]) && passes(head, at: k) { return true }
        return false
    }

    /// A mark of `C` opens at offset `k` of `head` (`k < head.count - 1`) with a byte `\s` may
    /// accept right after it: the test `mayMatch` makes at each offset.
    @inline(__always)
    func passes(_ head: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        let n = head.count, b = head[k]
        for mark in marks where mark[0] == b {
            let after = k + mark.count
            guard after < n else { continue }
            var same = true
            for j in 1..<mark.count where head[k + j] != mark[j] { same = false; break }
            guard same else { continue }
            let next = head[after]
            if next < 0x21 || next > 0x7E { return true }
        }
        return false
    }

    /// Whether some mark opens with byte `b` (`DatelineMatcher` tables them for all patterns).
    func leadsWith(_ b: UInt8) -> Bool { leads.contains(b) }
}
