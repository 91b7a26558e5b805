/// A JSON parser over UTF-8 bytes, for JSONL records.
///
/// Foundation's `JSONDecoder` into an enum costs about a millisecond per news record here (each
/// failed `try?` of the value cascade throws); this reads the bytes once, copies string runs
/// without escapes in bulk, and reports errors with their byte offset.
public struct JSONParseError: Error, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public var description: String { "\(message) at byte \(offset)" }
}

public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    private var scratch: [UInt8] = []
    /// The input is valid UTF-8 (`parse(_:validUTF8:)`).
    private var valid = false

    /// Parses one complete JSON value (surrounding white space allowed).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
        try parse(bytes, validUTF8: false)
    }

    /// `validUTF8`: the caller vouches that `bytes` are valid UTF-8 (a JSONL record after the read
    /// stage's `TextNormalizer`): strings are then made without a second check
    /// (`TextBlockString.make`; `String(decoding:)` validated a record's text byte by byte, ~11
    /// instructions a byte). Their bytes stay valid: a string is cut at ASCII quotes, and escapes
    /// add ASCII or whole scalars (`appendScalar`: a surrogate becomes U+FFFD).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, validUTF8: Bool) throws -> JSONValue {
        var p = JSONParser(bytes: bytes)
        p.valid = validUTF8
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        if p.i != bytes.count { throw JSONParseError(offset: p.i, message: "unexpected data after the JSON value") }
        return v
    }

    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { try parse($0) }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private func fail(_ message: String) -> JSONParseError { JSONParseError(offset: i, message: message) }

    private mutating func value() throws -> JSONValue {
        guard i < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[i] {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return try number()
        default: throw fail("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw fail("unexpected end of input") }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw fail("invalid literal") }
        i += n
    }

    private mutating func object() throws -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 512 else { throw fail("nesting too deep") }
        i += 1
        var out: [String: JSONValue] = [:]
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(out) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a string key") }
            let key = try string()
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':'") }
            i += 1
            skipSpace()
            out[key] = try value()
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end of input in object") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; return .object(out) }
            throw fail("expected ',' or '}'")
        }
    }

    private mutating func array() throws -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 512 else { throw fail("nesting too deep") }
        i += 1
        var out: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(out) }
        while true {
            skipSpace()
            out.append(try value())
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end of input in array") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; return .array(out) }
            throw fail("expected ',' or ']'")
        }
    }

    /// The first index from `from` on whose byte ends a plain string run (a quote, a backslash or
    /// a control byte < 0x20), or the last index a whole word no longer fits before (the byte
    /// loops after a call finish from there). Eight bytes a step: each `ByteScan.zeroBytes`-style
    /// mask is exact at its lowest mark, so the lowest mark of their union is the first such
    /// byte. Record texts are runs of prose between `\n` escapes: the byte-at-a-time loops were
    /// ~8 instructions a byte (JSONL records are parsed twice with the learned pass).
    @inline(__always)
    private static func specialByte(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let p = bytes.baseAddress else { return from }
        let n = bytes.count
        var i = from
        while i &+ 8 <= n {
            let x = ByteScan.load(p, i)
            let hits = ByteScan.zeroBytes(x ^ 0x22 &* ByteScan.ones) | ByteScan.zeroBytes(x ^ 0x5C &* ByteScan.ones)
                | (x &- 0x20 &* ByteScan.ones) & ~x & ByteScan.highs
            if hits != 0 { return i &+ ByteScan.firstIndex(hits) }
            i &+= 8
        }
        return i
    }

    private mutating func string() throws -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        i = Self.specialByte(bytes, from: i)
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                let run = UnsafeBufferPointer(rebasing: bytes[start..<i])
                let s = valid ? TextBlockString.make(run) : String(decoding: run, as: UTF8.self)
                i += 1
                return s
            }
            if b == 0x5C || b < 0x20 { break }
            i += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                i += 1
                return valid ? scratch.withUnsafeBufferPointer(TextBlockString.make) : String(decoding: scratch, as: UTF8.self)
            }
            if b < 0x20 { throw fail("control character in string") }
            if b != 0x5C {
                // Copy the run up to the next quote or backslash.
                var j = Self.specialByte(bytes, from: i + 1)
                while j < bytes.count, bytes[j] != 0x22, bytes[j] != 0x5C, bytes[j] >= 0x20 { j += 1 }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                i = j
                continue
            }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case 0x22: scratch.append(0x22)
            case 0x5C: scratch.append(0x5C)
            case 0x2F: scratch.append(0x2F)
            case 0x62: scratch.append(0x08)
            case 0x66: scratch.append(0x0C)
            case 0x6E: scratch.append(0x0A)
            case 0x72: scratch.append(0x0D)
            case 0x74: scratch.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    // A surrogate pair; a lone surrogate becomes U+FFFD (repaired, not fatal).
                    if i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            appendScalar(0xFFFD)
                            scalar = low
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                appendScalar(scalar)
            default:
                i -= 1
                throw fail("invalid escape")
            }
        }
        throw fail("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("bad hex digit in \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private mutating func appendScalar(_ v: UInt32) {
        let s = Unicode.Scalar(v) ?? "\u{FFFD}"
        var buf: [UInt8] = []
        UTF8.encode(s) { buf.append($0) }
        scratch.append(contentsOf: buf)
    }

    private mutating func number() throws -> JSONValue {
        let start = i
        if bytes[i] == 0x2D { i += 1 }
        var isInteger = true
        var digits = 0
        while i < bytes.count {
            let b = bytes[i]
            if b.isASCIIDigit { digits += 1; i += 1; continue }
            if b == 0x2E || b == 0x65 || b == 0x45 || b == 0x2B || (b == 0x2D && i > start) { isInteger = false; i += 1; continue }
            break
        }
        guard digits > 0 else { throw fail("invalid number") }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        if isInteger, let v = Int(text) { return .int(v) }
        guard let d = Double(text) else { i = start; throw fail("invalid number") }
        return .double(d)
    }
}
