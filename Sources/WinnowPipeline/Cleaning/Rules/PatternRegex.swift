import CPCRE2
import Foundation

/// A rule or dateline regular expression, matched on UTF-8 bytes in place (PCRE2, JIT-compiled).
///
/// NSRegularExpression (ICU) bridged every subject to UTF-16 and cost ~15k instructions a call;
/// PCRE2 reads the line's bytes where they are, and its JIT runs these short patterns in a few
/// hundred. The rules were written for ICU, so a pattern keeps ICU's meaning: compiled with
/// `PCRE2_UTF | PCRE2_UCP` (`\d`, `\p{..}` and case folding by Unicode properties) and
/// `PCRE2_NEWLINE_ANY` (`.` and `$` see the same line ends as ICU: CR, LF, VT, FF, NEL, LS, PS),
/// with `\w`, `\s` and `\b`, where the engines differ, spelled out as ICU defines them
/// (`icuSyntax`). Left: ICU's full case folding (`ß` ~ `ss`; PCRE2's is simple).
///
/// Not shareable across threads: it owns its match data. The compiled pattern is, so the
/// classifiers of a run's workers compile once and each takes a `copy()` (its own match data).
///
/// The JIT compiles a pattern only once it has been tried `jitAfter` times: JIT-compiling every
/// rule and dateline pattern up front cost ~16 M instructions a run (~300 k each, 54 patterns;
/// callgrind on /tmp/cge), while the prefilters leave many patterns a handful of lines or none.
/// Until then the interpreter matches: the same matches (PCRE2's two engines differ only in
/// resource limits, and a limit hit already falls back to the interpreter).
final class PatternRegex {
    /// The pattern as written (for `explain`'s detail and error messages).
    let pattern: String
    /// Capture groups in the pattern.
    let captureCount: Int
    /// Tries by the interpreter before the pattern is JIT-compiled: about where the JIT's
    /// compile cost (~300 k instructions) is paid back by its cheaper matches. Measured (callgrind,
    /// --threads 1 --no-dedup, M instructions, cge / cgin): 16: 1,829.4 / 432.9; 64: 1,828.6 / 432.4;
    /// 256: 1,830.0 / 432.9.
    static let jitAfter = 64
    /// PCRE2's compiled pattern, read-only once built (PCRE2 lets several threads match one at
    /// once, each with match data of its own), and its JIT-compiled copy once some matcher asks
    /// for it. The JIT works on a copy: compiling in place would write to a pattern other
    /// threads are matching with.
    private final class Code: @unchecked Sendable {
        let pointer: OpaquePointer
        private let lock = NSLock()
        private var tried = false
        private var jitted: OpaquePointer?
        init(_ pointer: OpaquePointer) { self.pointer = pointer }

        /// The JIT-compiled copy, compiled on the first call (nil when the JIT cannot compile it).
        func jitCode() -> OpaquePointer? {
            lock.lock()
            defer { lock.unlock() }
            if !tried {
                tried = true
                if let copy = pcre2_code_copy_8(pointer) {
                    if pcre2_jit_compile_8(copy, PCRE2_JIT_COMPLETE) == 0 { jitted = copy } else { pcre2_code_free_8(copy) }
                }
            }
            return jitted
        }

        deinit {
            pcre2_code_free_8(pointer)
            if let jitted { pcre2_code_free_8(jitted) }
        }
    }
    private let compiled: Code
    private let code: OpaquePointer
    /// The JIT-compiled copy, once this matcher has fetched it.
    private var jit: OpaquePointer?
    /// Tries left before this matcher fetches the JIT-compiled copy (below zero: the JIT could
    /// not compile it, the interpreter matches for good).
    private var untilJIT = PatternRegex.jitAfter
    private let matchData: OpaquePointer
    /// Where the last match's group offsets are (pairs of byte offsets into the subject).
    private let ovector: UnsafeMutablePointer<Int>

    /// A pattern PCRE2 refuses.
    struct SyntaxError: Error {
        var message: String
    }

    init(_ pattern: String, caseless: Bool) throws {
        self.pattern = pattern
        var options = PCRE2_UTF | PCRE2_UCP
        if caseless { options |= PCRE2_CASELESS }
        let context = pcre2_compile_context_create_8(nil)
        defer { pcre2_compile_context_free_8(context) }
        pcre2_set_newline_8(context, UInt32(PCRE2_NEWLINE_ANY))
        var error: Int32 = 0, offset = 0
        let compiled = try Self.icuSyntax(pattern).utf8CString.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: p.count) {
                pcre2_compile_8($0, p.count - 1, options, &error, &offset, context)
            }
        }
        guard let compiled else {
            var buffer = [UInt8](repeating: 0, count: 256)
            let n = pcre2_get_error_message_8(error, &buffer, buffer.count)
            let text = String(decoding: buffer.prefix(max(0, Int(n))), as: UTF8.self)
            throw SyntaxError(message: "\(text) at offset \(offset)")
        }
        self.compiled = Code(compiled)
        code = compiled
        var groups: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &groups)
        captureCount = Int(groups)
        matchData = pcre2_match_data_create_from_pattern_8(compiled, nil)
        ovector = UnsafeMutableRawPointer(pcre2_get_ovector_pointer_8(matchData)).assumingMemoryBound(to: Int.self)
    }

    /// The same compiled pattern with match data of its own (for another thread).
    private init(sharing other: PatternRegex) {
        pattern = other.pattern
        captureCount = other.captureCount
        compiled = other.compiled
        code = other.code
        matchData = pcre2_match_data_create_from_pattern_8(code, nil)
        ovector = UnsafeMutableRawPointer(pcre2_get_ovector_pointer_8(matchData)).assumingMemoryBound(to: Int.self)
    }

    /// Whether this matcher runs the JIT-compiled pattern by now (tests).
    var usesJIT: Bool { jit != nil }

    /// A matcher of the same pattern for another thread: no compilation (that is the pattern's
    /// icuSyntax rewrite, PCRE2's compile and its JIT, shared once done), only new match data.
    func copy() -> PatternRegex { PatternRegex(sharing: self) }

    /// ICU's word characters (`\w`, and what `\b` separates): its `URX_ISWORD_SET`.
    static let icuWord = #"\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\x{200c}\x{200d}"#
    /// ICU's white space (`\s`): `\p{White_Space}` (PCRE2's leaves out NEL).
    static let icuSpace = #"\p{White_Space}"#
    /// What ICU's `\b` skips backwards over and is never before: combining (Grapheme_Extend) and
    /// format characters.
    private static let icuSkip = #"[\p{Grapheme_Extend}\p{Cf}]"#
    /// ICU's `\b` (`RegexMatcher::isWordBoundary`): no boundary before a combining or format
    /// character; else one where the next character and the last one before it that is neither
    /// differ in being word characters (up to three of them skipped: a lookbehind has a fixed length).
    static let icuBoundary: String = {
        let w = "[\(icuWord)]", e = icuSkip
        let before = (0...3).map { k in "(?<=(?!\(e))\(w)\(String(repeating: e, count: k)))" }.joined(separator: "|")
        return "(?:(?!\(e))(?:(?=\(w))(?!\(before))|(?!\(w))(?:\(before))))"
    }()

    /// `pattern` with ICU's `\b`, `\B`, `\w`, `\W`, `\s` and `\S` written out (outside a class; in
    /// one, `\w` and `\s` become their members and the negated ones are left as PCRE2 reads them),
    /// and ICU's code point escapes `\uhhhh` and `\Uhhhhhhhh` as PCRE2's `\x{…}` (rules write curly
    /// quotes so). ICU's set operations (a `[` inside a class: nested sets, `[:alpha:]`; `&&`, `--`)
    /// would compile under PCRE2 with another meaning, so they are refused: a load error, not a rule
    /// that silently matches something else. Everything else is passed on as is.
    static func icuSyntax(_ pattern: String) throws -> String {
        var out = ""
        var inClass = false
        var it = Array(pattern.unicodeScalars)[...]
        while let c = it.popFirst() {
            if c == "\\", let e = it.popFirst() {
                switch (e, inClass) {
                case ("b", false): out += icuBoundary
                case ("B", false): out += "(?!\(icuBoundary))"
                case ("w", false): out += "[\(icuWord)]"
                case ("W", false): out += "[^\(icuWord)]"
                case ("s", false): out += icuSpace
                case ("S", false): out += "\\P{White_Space}"
                case ("w", true): out += icuWord
                case ("s", true): out += icuSpace
                case ("u", _), ("U", _):
                    // ICU's `\uhhhh` / `\Uhhhhhhhh`: PCRE2 has no such escape.
                    let width = e == "u" ? 4 : 8
                    let digits = String(String.UnicodeScalarView(it.prefix(width)))
                    guard digits.count == width, UInt32(digits, radix: 16) != nil else {
                        throw SyntaxError(message: "\\\(e) needs \(width) hex digits in \(pattern)")
                    }
                    it.removeFirst(width)
                    out += "\\x{\(digits)}"
                case ("Q", _):
                    // Quoted to \E: copied as is.
                    out += "\\Q"
                    while let q = it.popFirst() {
                        out.unicodeScalars.append(q)
                        if q == "\\", it.first == "E" { out.unicodeScalars.append(it.removeFirst()); break }
                    }
                default: out.unicodeScalars.append(c); out.unicodeScalars.append(e)
                }
                continue
            }
            if inClass, c == "[" || ((c == "&" || c == "-") && it.first == c) {
                throw SyntaxError(message: "ICU set operations (a nested set, [:class:], && or --) are not supported inside [...]: list the members instead, in \(pattern)")
            }
            out.unicodeScalars.append(c)
            if inClass {
                if c == "]" { inClass = false }
            } else if c == "[" {
                inClass = true
                // A `]` (after an optional `^`) right at the start is a member, not the end.
                if it.first == "^" { out.unicodeScalars.append(it.removeFirst()) }
                if it.first == "]" { out.unicodeScalars.append(it.removeFirst()) }
            }
        }
        return out
    }

    deinit {
        pcre2_match_data_free_8(matchData)   // the code goes with the last `Code` reference
    }

    /// A byte for empty subjects, which have no address.
    private static let empty = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

    /// Whether the pattern occurs in `subject` (valid UTF-8: bytes of a Swift string) at or after
    /// byte `from` (lookbehinds still read the bytes before it); the leftmost match's groups are
    /// then `group(_:)`, as offsets into the whole subject.
    func firstMatch(_ subject: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Bool {
        let base = subject.baseAddress ?? UnsafePointer(Self.empty)
        var rc: Int32
        if let jit {
            rc = pcre2_jit_match_8(jit, base, subject.count, from, 0, matchData, nil)
            // The JIT's default stack (32 KiB) ran out: the interpreter has no such limit.
            if rc == PCRE2_ERROR_JIT_STACKLIMIT {
                rc = pcre2_match_8(code, base, subject.count, from, PCRE2_NO_UTF_CHECK, matchData, nil)
            }
        } else {
            if untilJIT >= 0 {
                untilJIT -= 1
                if untilJIT < 0 { jit = compiled.jitCode() }
            }
            rc = pcre2_match_8(code, base, subject.count, from, PCRE2_NO_UTF_CHECK, matchData, nil)
        }
        if rc >= 0 { return true }
        // Anything but "no match" (a resource limit on a pathological line) reads as no match,
        // as the line is then kept.
        return false
    }

    /// The byte range of group `i` (0: the whole match) in the subject of the last successful
    /// `firstMatch`, nil when the pattern has no such group or it took no part in the match.
    func group(_ i: Int) -> Range<Int>? {
        guard i <= captureCount else { return nil }
        let a = ovector[2 * i], b = ovector[2 * i + 1]
        guard a != -1, a <= b else { return nil }  // PCRE2_UNSET reads as -1 here
        return a..<b
    }
}
