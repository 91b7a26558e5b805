import Yams

/// A pipeline file: an ordered list of stages, each with its parameters.
///
/// ```yaml
/// version: 1
/// pipeline:
///   - read: {text_field: text}
///   - clean: {...}
///   - split: {...}
///   - dedup: {threshold: 0.8}
///   - write: {compression_level: 6}
/// ```
/// `read` comes first and `write` last (both may be omitted: defaults); `clean`, `split` and
/// `dedup` are optional, in that order. A stage listed twice, out of order, or unknown is an error.
public struct PipelineConfig {
    public enum Stage {
        case read(ReadConfig)
        case clean(CleanConfig)
        case split(SplitConfig)
        case dedup(DedupConfig)
        case write(WriteConfig)

        var name: String {
            switch self {
            case .read: "read"
            case .clean: "clean"
            case .split: "split"
            case .dedup: "dedup"
            case .write: "write"
            }
        }

        static let order = ["read", "clean", "split", "dedup", "write"]
    }

    public var read = ReadConfig()
    public var clean: CleanConfig?
    public var split: SplitConfig?
    public var dedup: DedupConfig?
    public var write = WriteConfig()
    /// The file's text and its SHA-256, recorded in the manifest.
    public var sourceText: String
    public var sha256: String

    /// Parses a pipeline file; errors name the key (`pipeline[3].dedup.threshold: …`).
    public static func parse(yaml: String) throws -> PipelineConfig {
        let file: PipelineFile
        do {
            file = try YAMLDecoder().decode(PipelineFile.self, from: yaml)
        } catch {
            throw configError(from: error)
        }
        var config = PipelineConfig(sourceText: yaml, sha256: SHA256.hex(yaml))
        var last = -1
        for (i, stage) in file.pipeline.enumerated() {
            let rank = Stage.order.firstIndex(of: stage.name)!
            guard rank > last else {
                throw ConfigError(path: "pipeline[\(i)].\(stage.name)",
                                  message: "stage out of order or repeated; the order is \(Stage.order.joined(separator: " → "))")
            }
            last = rank
            switch stage {
            case .read(let c): config.read = c
            case .clean(let c): config.clean = c
            case .split(let c): config.split = c
            case .dedup(let c): config.dedup = c
            case .write(let c): config.write = c
            }
        }
        return config
    }

    public static func load(path: String) throws -> PipelineConfig {
        guard let data = FileManager_contents(path) else {
            throw ConfigError(path: path, message: "cannot read pipeline file")
        }
        do { return try parse(yaml: data) } catch let e as ConfigError {
            throw ConfigError(path: e.path.isEmpty ? path : "\(path): \(e.path)", message: e.message)
        }
    }

    /// The stage names in order, as they will run.
    public var stageNames: [String] {
        var names = ["read"]
        if clean != nil { names.append("clean") }
        if split != nil { names.append("split") }
        if dedup != nil { names.append("dedup") }
        names.append("write")
        return names
    }
}

/// Turns whatever the YAML decoder threw into a `ConfigError` naming the key: our own errors are
/// wrapped by Yams as the underlying error of a `DecodingError`, so unwrap those first.
func configError(from error: Error) -> ConfigError {
    if let e = error as? ConfigError { return e }
    switch error {
    case DecodingError.dataCorrupted(let ctx):
        if let inner = ctx.underlyingError { return configError(from: inner) }
        return ConfigError(path: dottedPath(ctx.codingPath), message: ctx.debugDescription)
    case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
        if let inner = ctx.underlyingError { return configError(from: inner) }
        return ConfigError(path: dottedPath(ctx.codingPath), message: "bad value: \(ctx.debugDescription)")
    case DecodingError.keyNotFound(let key, let ctx):
        return ConfigError(path: dottedPath(ctx.codingPath + [key]), message: "missing key")
    default:
        return ConfigError(path: "", message: "not a valid pipeline file: \(error)")
    }
}

/// The file's top level.
struct PipelineFile: Decodable {
    var version: Int
    var pipeline: [PipelineConfig.Stage]

    enum CodingKeys: String, CodingKey, CaseIterable { case version, pipeline }

    init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.value(.version, default: 1)
        guard version == 1 else { throw decoder.badValue("version", "this Winnow reads pipeline files of version 1") }
        pipeline = try c.value(.pipeline, default: [])
    }
}

extension PipelineConfig.Stage: Decodable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        guard c.allKeys.count == 1, let key = c.allKeys.first else {
            throw ConfigError(path: dottedPath(decoder.codingPath),
                              message: "each pipeline entry is one stage name (\(Self.order.joined(separator: ", "))) with its settings")
        }
        // An empty entry (`- dedup:`) means all defaults: decode an empty mapping.
        func settings<T: Decodable>(_ type: T.Type) throws -> T {
            if try c.decodeNil(forKey: key) { return try YAMLDecoder().decode(T.self, from: "{}") }
            return try c.decode(T.self, forKey: key)
        }
        switch key.stringValue {
        case "read": self = .read(try settings(ReadConfig.self))
        case "clean": self = .clean(try settings(CleanConfig.self))
        case "split": self = .split(try settings(SplitConfig.self))
        case "dedup": self = .dedup(try settings(DedupConfig.self))
        case "write": self = .write(try settings(WriteConfig.self))
        default:
            throw ConfigError(path: dottedPath(decoder.codingPath + [key]),
                              message: "unknown stage '\(key.stringValue)'; stages are \(Self.order.joined(separator: ", "))")
        }
    }
}

import Foundation

private func FileManager_contents(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(decoding: data, as: UTF8.self)
}
