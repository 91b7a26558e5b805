/// Strict decoding for pipeline files: an unknown key is an error that names it.
///
/// `Decodable` ignores keys it does not know, so a typo such as `treshold:` would silently
/// fall back to a default. Every config type calls `rejectUnknownKeys` first in `init(from:)`.

/// A coding key for any string, used to list the keys actually present.
public struct AnyCodingKey: CodingKey, Hashable {
    public var stringValue: String
    public var intValue: Int?
    public init(stringValue: String) { self.stringValue = stringValue; self.intValue = nil }
    public init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

/// A pipeline-file problem, with the dotted path of the offending key.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var message: String
    public init(path: String, message: String) { self.path = path; self.message = message }
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// The dotted path of a decoder position, e.g. `pipeline[2].split.min_score`.
func dottedPath(_ codingPath: [CodingKey]) -> String {
    var out = ""
    for key in codingPath {
        if let i = key.intValue { out += "[\(i)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
    }
    return out
}

extension Decoder {
    /// Throws a `ConfigError` naming the first key present that `Keys` does not list.
    public func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let present = try container(keyedBy: AnyCodingKey.self).allKeys
        let known = Set(Keys.allCases.map { $0.stringValue })
        // The first unknown key in sorted order; sorting only when there is one (an error).
        guard let key = present.lazy.map({ $0.stringValue }).filter({ !known.contains($0) }).min() else { return }
        let path = dottedPath(codingPath + [AnyCodingKey(stringValue: key)])
        throw ConfigError(path: path, message: "unknown key '\(key)'; known keys here: \(known.sorted().joined(separator: ", "))")
    }

    /// A `ConfigError` at this position for a bad value of `key`.
    public func badValue(_ key: String, _ message: String) -> ConfigError {
        ConfigError(path: dottedPath(codingPath + [AnyCodingKey(stringValue: key)]), message: message)
    }
}

extension KeyedDecodingContainer {
    /// Decodes `key` if present, else returns `fallback`: config fields all have documented defaults.
    public func value<T: Decodable>(_ key: Key, default fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}
