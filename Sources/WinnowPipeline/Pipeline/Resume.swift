#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deciding, before any work, whether the output directory starts a run or resumes one.
///
/// An output directory must be absent or empty, with two exceptions Winnow made itself: stale
/// temporaries of a killed run (hidden `.NAME.tmp-PID` files and `.winnow-spool-PID` directories),
/// and a checkpoint (`.winnow-partial/`) next to Winnow's own output names, which a rerun of the
/// same command resumes. A checkpoint from another pipeline or other inputs is refused, naming the
/// difference; `--restart` discards it.
enum Resume {
    /// The output names a run writes; a directory holding anything else is not Winnow's.
    static func isRunOutput(_ name: String) -> Bool {
        if ["duplicates.jsonl.gz", "rejected.jsonl.gz", "stats.json", "manifest.json"].contains(name) { return true }
        let u = Array(name.utf8)
        return name.hasPrefix("part-") && name.hasSuffix(".jsonl.gz") && u.count > 14
            && u[5..<(u.count - 9)].allSatisfy { $0.isASCIIDigit }
    }

    /// A temporary or scratch name Winnow leaves behind when killed.
    static func isStaleScratch(_ name: String) -> Bool {
        if name.hasPrefix(".winnow-spool-") { return true }
        guard name.hasPrefix("."), let r = name.range(of: ".tmp-") else { return false }
        return isRunOutput(String(name[name.index(after: name.startIndex)..<r.lowerBound]))
    }

    /// The checkpoint to resume in `output`, or nil for a fresh start.
    static func inspect(output: String, fingerprint: JSONValue, restart: Bool) throws -> Checkpoint.Found? {
        var st = stat()
        guard stat(output, &st) == 0 else { return nil }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw OutputError(path: output, message: "exists and is not a directory")
        }
        let names = listDirectory(output)
        let visible = names.filter { !$0.hasPrefix(".") }
        guard let found = Checkpoint.find(output: output) else {
            if !visible.isEmpty {
                throw OutputError(path: output, message: "output directory is not empty; remove it or choose another --output")
            }
            return nil
        }
        if let foreign = visible.first(where: { !isRunOutput($0) }) {
            throw OutputError(path: output, message: "holds an interrupted Winnow run but also '\(foreign)', which Winnow did not write; remove it or choose another --output")
        }
        if restart { return nil }
        if let difference = difference(found.fingerprint, fingerprint) {
            throw OutputError(path: output, message: "holds an interrupted run of a different job (\(difference)); rerun the same command to resume it, add --restart to discard it and start over, or choose another --output")
        }
        return found
    }

    /// Removes what a killed run left that this run replaces: stale scratch, earlier outputs
    /// (rewritten from the checkpoint), and the checkpoint itself unless resuming.
    static func clear(output: String, keepCheckpoint: Bool) {
        for name in listDirectory(output) {
            if isStaleScratch(name) || isRunOutput(name) || (!keepCheckpoint && name == Checkpoint.directoryName) {
                removeTree("\(output)/\(name)")
            }
        }
    }

    /// What in a job decides its output: the pipeline, the dedup switch, batch and index, and the
    /// inputs (path, size, modification time).
    static func fingerprint(options: RunOptions, inputs: [InputFile], batch: String?) -> JSONValue {
        var o: [String: JSONValue] = [
            "format": .int(1),
            "winnow_version": .string(WinnowVersion.string),
            "pipeline_path": .string(options.pipelinePath),
            "pipeline_sha256": .string(options.pipeline.sha256),
            "dedup": .bool(options.dedup && options.pipeline.dedup != nil),
            "inputs": .array(inputs.map { f in
                .object(["path": .string(f.path), "size": .int(Int(f.size)), "mtime_ns": .int(modificationTime(f.path))])
            }),
        ]
        if let batch { o["batch"] = .string(batch) }
        if let index = options.index { o["index"] = .string(index) }
        return .object(o)
    }

    /// The first difference between two fingerprints, in words (nil when they agree).
    static func difference(_ old: JSONValue, _ new: JSONValue) -> String? {
        guard case .object(let a) = old, case .object(let b) = new else { return old == new ? nil : "unreadable checkpoint" }
        for key in Set(a.keys).union(b.keys).sorted() where a[key] != b[key] {
            if key == "inputs", case .array(let x)? = a[key], case .array(let y)? = b[key] {
                for i in 0..<max(x.count, y.count) where i >= x.count || i >= y.count || x[i] != y[i] {
                    let then = i < x.count ? describe(x[i]) : "none"
                    let now = i < y.count ? describe(y[i]) : "none"
                    return "input \(i + 1): was \(then), now \(now)"
                }
            }
            return "\(key): was \(describe(a[key] ?? .null)), now \(describe(b[key] ?? .null))"
        }
        return nil
    }

    private static func describe(_ v: JSONValue) -> String {
        var w = JSONWriter()
        w.value(v)
        return String(String(decoding: w.bytes, as: UTF8.self).prefix(200))
    }

    static func modificationTime(_ path: String) -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { return 0 }
        return Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
    }
}

/// Names in a directory (without "." and ".."), unsorted; empty when it cannot be read.
func listDirectory(_ path: String) -> [String] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}
