import CWinnowScan

/// Writes JSON as UTF-8 bytes, keys in a fixed order, so output is byte-identical run to run.
///
/// Records are written field by field (`id`, `text`, `title`, `source`, `metadata`), not through
/// `JSONEncoder`, whose key order and float format are not ours to pin.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init(reservingCapacity n: Int = 256) { bytes.reserveCapacity(n) }

    public mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// Escapes per RFC 8259: quote, backslash and control characters; everything else as UTF-8.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        if let base = utf8.baseAddress {
            let n = utf8.count
            var runStart = 0
            while true {
                // The next byte to escape, found 32 bytes a step in C (story text is mostly runs
                // with none: a Swift loop of 8-byte words cost ~2.2 instructions a byte).
                let at = winnow_json_next_escape(base, runStart, n)
                guard at < n else { break }
                if at > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: at - runStart)) }
                escape(base[at])
                runStart = at &+ 1
            }
            if n > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: n - runStart)) }
        }
        bytes.append(0x22)
    }

    /// The escape of `b` (a control character, quote or backslash).
    private mutating func escape(_ b: UInt8) {
        switch b {
        case 0x22: bytes.append(0x5C); bytes.append(0x22)
        case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
        case 0x0D: bytes.append(0x5C); bytes.append(0x72)
        case 0x09: bytes.append(0x5C); bytes.append(0x74)
        default:
            let hex: StaticString = "0123456789abcdef"
            hex.withUTF8Buffer { h in bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, h[Int(b >> 4)], h[Int(b & 15)]]) }
        }
    }

    public mutating func key(_ k: String) {
        string(k)
        bytes.append(0x3A)
    }

    public mutating func int<I: BinaryInteger>(_ v: I) { bytes.append(contentsOf: String(v).utf8) }

    /// Doubles with a fixed number of digits, so reports do not vary in their last bits' spelling.
    public mutating func double(_ v: Double, digits: Int = 6) {
        guard v.isFinite else { raw("null"); return }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (v * scale).rounded() / scale
        if rounded == rounded.rounded() && abs(rounded) < 1e15 {
            bytes.append(contentsOf: String(Int64(rounded)).utf8)
        } else {
            bytes.append(contentsOf: "\(rounded)".utf8)
        }
    }

    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: raw("null")
        case .bool(let b): b ? raw("true") : raw("false")
        case .int(let i): int(i)
        case .double(let d): double(d, digits: 9)
        case .string(let s): string(s)
        case .array(let items):
            bytes.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(0x2C) }
                value(item)
            }
            bytes.append(0x5D)
        case .object(let dict):
            bytes.append(0x7B)
            for (i, k) in dict.keys.sorted().enumerated() {
                if i > 0 { bytes.append(0x2C) }
                key(k)
                value(dict[k]!)
            }
            bytes.append(0x7D)
        }
    }

    /// Pretty-printed JSON for reports (`manifest.json`, `stats.json`), sorted keys, 2-space indent.
    public static func pretty(_ v: JSONValue) -> String {
        var out = ""
        prettyAppend(v, indent: "", to: &out)
        return out + "\n"
    }

    private static func prettyAppend(_ v: JSONValue, indent: String, to out: inout String) {
        let inner = indent + "  "
        switch v {
        case .array(let items) where !items.isEmpty:
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                prettyAppend(item, indent: inner, to: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let dict) where !dict.isEmpty:
            out += "{\n"
            let keys = dict.keys.sorted()
            for (i, k) in keys.enumerated() {
                var w = JSONWriter()
                w.key(k)
                out += inner + String(decoding: w.bytes, as: UTF8.self) + " "
                prettyAppend(dict[k]!, indent: inner, to: &out)
                out += i + 1 < keys.count ? ",\n" : "\n"
            }
            out += indent + "}"
        default:
            var w = JSONWriter()
            w.value(v)
            out += String(decoding: w.bytes, as: UTF8.self)
        }
    }
}
