import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One input file of a run.
public struct InputFile: Hashable, Sendable {
    /// The path as the user gave it, or as found under a directory they gave.
    public var path: String
    public var size: Int64
    public var format: Format
    /// Position in the run's sorted input list.
    public var index: Int

    public enum Format: String, Sendable {
        case text, textGzip, jsonl, jsonlGzip

        public var isJSONL: Bool { self == .jsonl || self == .jsonlGzip }
        public var isGzip: Bool { self == .textGzip || self == .jsonlGzip }

        /// The format for a file name, or nil when Winnow does not read it.
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            if lower.hasSuffix(".jsonl.gz") { self = .jsonlGzip }
            else if lower.hasSuffix(".txt.gz") { self = .textGzip }
            else if lower.hasSuffix(".jsonl") { self = .jsonl }
            else if lower.hasSuffix(".txt") { self = .text }
            else { return nil }
        }
    }
}

/// Expands the command line's inputs into a sorted list of files.
///
/// Directories are walked recursively and only known extensions (`.txt`, `.txt.gz`, `.jsonl`,
/// `.jsonl.gz`) are taken, in byte order of their paths, so every run sees the same order.
/// A missing path fails here, before any work is done.
public enum InputDiscovery {
    public static func expand(_ paths: [String]) throws -> [InputFile] {
        var found: [(String, Int64, InputFile.Format)] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw InputError(file: path, position: "path", reason: "missing_path", message: "no such file or directory")
            }
            if isDir.boolValue {
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                // The walk starts at the resolved directory: Foundation does not descend into a
                // symbolic link given as the root. Paths keep the user's spelling.
                let root = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
                guard let walker = fm.enumerator(atPath: root) else { continue }
                var names: [String] = []
                while let rel = walker.nextObject() as? String { names.append(rel) }
                for rel in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                    let full = base + "/" + rel
                    guard let format = InputFile.Format(fileName: rel) else { continue }
                    var sub: ObjCBool = false
                    guard fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue else { continue }
                    found.append((full, fileSize(full), format))
                }
            } else {
                // A file named explicitly is read even with an unknown extension, as plain text.
                let name = (path as NSString).lastPathComponent
                found.append((path, fileSize(path), InputFile.Format(fileName: name) ?? .text))
            }
        }
        return found.enumerated().map { InputFile(path: $1.0, size: $1.1, format: $1.2, index: $0) }
    }

    /// Directories among `paths` that hold no file Winnow reads (they get a rejection record).
    public static func emptyDirectories(_ paths: [String], files: [InputFile]) -> [String] {
        paths.filter { path in
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return false }
            let base = path.hasSuffix("/") ? path : path + "/"
            return !files.contains { $0.path.hasPrefix(base) }
        }
    }

    /// The size of the file a path names, following symbolic links (`attributesOfItem` would give
    /// the link's own size).
    static func fileSize(_ path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }
}
