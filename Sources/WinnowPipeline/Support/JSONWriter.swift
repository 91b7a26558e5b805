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
            var runStart = 0, i = 0
            while true {
                // The next byte to escape: sixteen, then eight bytes at a time while there is none
                // (story text is mostly such runs); the mask's lowest bit marks it exactly.
                var at = -1
                while i &+ 16 <= n {
                    let m = Self.escapes(ByteScan.load(base, i)) | Self.escapes(ByteScan.load(base, i &+ 8))
                    if m == 0 { i &+= 16; continue }
                    break
                }
                while i &+ 8 <= n {
                    let m = Self.escapes(ByteScan.load(base, i))
                    if m != 0 { at = i &+ ByteScan.firstIndex(m); break }
                    i &+= 8
                }
                if at < 0 {
                    while i < n, !Self.needsEscape(base[i]) { i &+= 1 }
                    guard i < n else { break }
                    at = i
                }
                if at > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: at - runStart)) }
                escape(base[at])
                i = at &+ 1
                runStart = i
            }
            if n > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: n - runStart)) }
        }
        bytes.append(0x22)
    }

    @inline(__always)
    private static func needsEscape(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C }

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

    /// The 8 bytes `w` (any bytes) with the high bit of each byte that needs escaping (a control
    /// character, a quote or a backslash) set. Exact at the lowest set bit, which is all callers
    /// read (the classic "has a zero byte" / "has a byte below n" word tests: a false mark can only
    /// follow a true one, through the borrow, which runs upward); zero when no byte needs escaping.
    @inline(__always)
    private static func escapes(_ w: UInt64) -> UInt64 {
        let ones = ByteScan.ones
        let below20 = (w &- ones &* 0x20) & ~w & ByteScan.highs   // "has a byte below n", n = 0x20
        return below20 | ByteScan.zeroBytes(w ^ (ones &* 0x22)) | ByteScan.zeroBytes(w ^ (ones &* 0x5C))
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
