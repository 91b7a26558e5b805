/// `split.dateline_places`: the known places of a mixed-case colon dateline (`Atlanta: The …`,
/// `Des Moines, Iowa: …`), matched by a byte lookup after `split.dateline_patterns`.
///
/// Capitalised words before a colon are mostly a speaker or a label (`Iowa: `, `Update: `), so
/// only listed places count. As one regex alternation (~330 names) the list cost ~17 M
/// instructions a run and per splitter (callgrind, cgin: ICU-syntax translation ~7.5 M, PCRE2
/// compile ~3 M, JIT ~7 M) to match a handful of lines; the lookup builds three hash sets.
/// It decides as `^((?:PLACE)(?:, (?:REGION))?)[:：]\s` would (a `with_region` place only in the
/// second form): no name holds `, ` or a colon, so the place is the bytes before the head's first
/// `, ` or colon and the region those before the next colon; names compare byte for byte (case
/// and accents as written).
public struct DatelinePlaces: Decodable, Sendable, Equatable {
    /// Places that date a line alone or with a region (in the file: one string, `|` between names).
    public var places: [String] { didSet { capitals = Self.capitals(places, withRegion) } }
    /// Places that are also first names (`Austin: ` is a speaker in a transcript): with a region only.
    public var withRegion: [String] { didSet { capitals = Self.capitals(places, withRegion) } }
    /// Both lists in ASCII capitals, to look a capitals dateline or label up (`TOKYO --`): built
    /// once here, not per line that asks (`BoundaryPlanner.knownCapitalsPlaces`).
    private(set) var capitals: Set<[UInt8]> = []
    /// States (and their abbreviations), provinces and countries after a place and `, `.
    public var regions: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case places, withRegion = "with_region", regions
    }

    public init(places: [String] = [], withRegion: [String] = [], regions: [String] = []) {
        self.places = places; self.withRegion = withRegion; self.regions = regions
        capitals = Self.capitals(places, withRegion)
    }

    static func capitals(_ places: [String], _ withRegion: [String]) -> Set<[UInt8]> {
        Set((places + withRegion).map { p in p.utf8.map { $0.isASCIILower ? $0 - 0x20 : $0 } })
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // One string of names per key, `|` between them (blanks and line breaks around a name
        // ignored): a YAML list of ~580 scalars cost ~15 M instructions a run to parse and decode
        // (Yams, per scalar), as much as the regex it replaced; one scalar costs next to nothing.
        func names(_ key: CodingKeys) throws -> [String] {
            let text = try c.value(key, default: "")
            // On the bytes: Foundation's trimming by character set cost ~20 M instructions here.
            let blank = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
            let parts = Array(text.utf8).split(separator: 0x7C, omittingEmptySubsequences: false).map { $0.drop(while: blank).reversed().drop(while: blank).reversed() }
            guard parts.count > 1 || !parts[0].isEmpty else { return [] }
            let list = parts.map { Array($0) }
            // Names the lookup cannot see: empty, or holding `, `, a colon (`:`, `：`) or a line break.
            func unseen(_ u: [UInt8]) -> Bool {
                u.isEmpty || u.indices.contains { k in
                    u[k] == 0x3A || u[k] == 0x0A || (u[k] == 0x2C && k + 1 < u.count && u[k + 1] == 0x20)
                        || (u[k] == 0xEF && k + 2 < u.count && u[k + 1] == 0xBC && u[k + 2] == 0x9A)
                }
            }
            if let bad = list.first(where: unseen) {
                throw decoder.badValue(key.rawValue, "'\(String(decoding: bad, as: UTF8.self))': names are separated by '|', none is empty or holds ', ', a colon or a line break")
            }
            return list.map { String(decoding: $0, as: UTF8.self) }
        }
        places = try names(.places)
        withRegion = try names(.withRegion)
        regions = try names(.regions)
        capitals = Self.capitals(places, withRegion)
    }

    /// The sets `DatelineMatcher` looks names up in (built once per matcher).
    struct Lookup: Sendable {
        private let alone: Set<[UInt8]>
        private let regioned: Set<[UInt8]>
        private let regions: Set<[UInt8]>
        /// The longest name in bytes: a longer span is not looked up.
        private let longest: Int
        /// Bit `n` set when some place (alone or with a region) is `n` bytes long (up to 63; a longer
        /// name sets bit 63, which then admits every longer span): a span of no such length is not
        /// copied into an array to be looked up (a head that opens with `WASHINGTON, ` reaches here
        /// when no pattern took it).
        private let placeLengths: UInt64

        init(_ p: DatelinePlaces) {
            alone = Set(p.places.map { Array($0.utf8) })
            regioned = Set(p.withRegion.map { Array($0.utf8) })
            regions = Set(p.regions.map { Array($0.utf8) })
            longest = (p.places + p.withRegion + p.regions).map(\.utf8.count).max() ?? 0
            placeLengths = (p.places + p.withRegion).reduce(0) { $0 | 1 << UInt64(min($1.utf8.count, 63)) }
        }

        var isEmpty: Bool { alone.isEmpty && regioned.isEmpty }

        /// The byte range of the place (and its region) when `head` opens with a colon dateline
        /// of a listed place; nil otherwise.
        func match(_ h: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
            guard !isEmpty else { return nil }
            let n = h.count
            // The place: the bytes before the first `, ` or colon.
            var k = 0
            while k < n && k <= longest {
                if Self.colonLength(h, k) > 0 || (h[k] == 0x2C && k + 1 < n && h[k + 1] == 0x20) { break }
                k += 1
            }
            guard k > 0, k < n, k <= longest, placeLengths & (1 << UInt64(min(k, 63))) != 0 else { return nil }
            let place = Array(h[..<k])
            let colon = Self.colonLength(h, k)
            if colon > 0 {
                return alone.contains(place) && Self.isSpace(h, at: k + colon) ? 0..<k : nil
            }
            guard alone.contains(place) || regioned.contains(place) else { return nil }
            // `, ` then the region: the bytes before the next colon.
            let r = k + 2
            var m = r
            while m < n && m - r <= longest && Self.colonLength(h, m) == 0 { m += 1 }
            guard m > r, m < n, m - r <= longest, regions.contains(Array(h[r..<m])),
                  Self.isSpace(h, at: m + Self.colonLength(h, m)) else { return nil }
            return 0..<m
        }

        /// 1 for `:`, 3 for the fullwidth `：` (EF BC 9A), else 0.
        private static func colonLength(_ h: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
            if h[k] == 0x3A { return 1 }
            if h[k] == 0xEF && k + 2 < h.count && h[k + 1] == 0xBC && h[k + 2] == 0x9A { return 3 }
            return 0
        }

        /// The scalar at byte `k` is white space as the patterns' `\s` reads it (`\p{White_Space}`,
        /// `LineText.whitespaceLength`).
        static func isSpace(_ h: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
            k < h.count && LineText.whitespaceLength(h, at: k) != nil
        }
    }
}
