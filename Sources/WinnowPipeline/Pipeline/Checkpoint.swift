#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `OUT/.winnow-partial/`: what a run has finished so far, so a rerun after an interruption or a
/// kill resumes instead of starting over.
///
/// Dedup needs every story before it can pick survivors, so nothing final is written until the
/// end; what is worth keeping is the read → clean → split work per input file. It goes to two
/// append-only files:
/// - `events.bin`: the stories leaving `split` and the rejections made before them, in the order
///   they happened (frames: kind byte, 32-bit little-endian length, payload as `CheckpointCodec`
///   writes it).
/// - `journal.jsonl`: line 1 the run's fingerprint (pipeline and inputs); then, per finished group
///   of inputs, `{"input": i, "events_end": N, "stats": …}` (inputs up to i are done) once their
///   events are fsynced; `{"index_commit": true}`
///   just before the index commits. Each line is fsynced; a torn last line (a kill mid-append) is
///   ignored, and events past the last finished input are cut off on resume.
final class Checkpoint {
    static let directoryName = ".winnow-partial"

    struct Entry {
        var input: Int
        var eventsEnd: Int64
        var stats: JSONValue
    }

    /// What an earlier run left: its header line, finished inputs, and whether it reached the index commit.
    struct Found {
        var header: [String: JSONValue]
        var entries: [Entry]
        var indexCommitStarted: Bool
        var finishedInputs: Int { entries.finishedInputs }
        var fingerprint: JSONValue { header["fingerprint"] ?? .null }
    }

    let directory: String
    /// Where `remove()` moves the directory before deleting it: scratch a later run clears.
    private let doomedDirectory: String
    private let journalPath: String
    let eventsPath: String
    private var journalFD: Int32 = -1
    private var eventsFD: Int32 = -1
    private var pending: [UInt8] = []
    /// Bytes in events.bin, counting what is still buffered.
    private(set) var eventsSize: Int64 = 0
    /// The last journal line written for finished inputs: all a resume needs (each line covers
    /// every input up to its own). Only the last is held: a line per step, each with a snapshot of
    /// the stats, would grow with the input.
    private(set) var lastEntry: Entry?
    var finishedInputs: Int { lastEntry.map { $0.input + 1 } ?? 0 }

    private init(output: String, lastEntry: Entry?) {
        directory = "\(output)/\(Checkpoint.directoryName)"
        doomedDirectory = "\(output)/.winnow-spool-checkpoint"
        journalPath = "\(directory)/journal.jsonl"
        eventsPath = "\(directory)/events.bin"
        self.lastEntry = lastEntry
    }

    // MARK: opening

    /// Reads the checkpoint of an earlier run in `output`, or nil when there is none (or its
    /// header line never made it to disk).
    static func find(output: String) -> Found? {
        guard let bytes = readWholeFile("\(output)/\(directoryName)/journal.jsonl") else { return nil }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        lines.removeLast()   // the part after the last newline: empty, or a torn line
        guard let first = lines.first, case .object(let header)? = try? JSONParser.parse(Array(first)) else { return nil }
        var found = Found(header: header, entries: [], indexCommitStarted: false)
        for line in lines.dropFirst() {
            guard case .object(let o)? = try? JSONParser.parse(Array(line)) else { break }
            if case .int(let i)? = o["input"], case .int(let end)? = o["events_end"] {
                found.entries.append(Entry(input: i, eventsEnd: Int64(end), stats: o["stats"] ?? .null))
            } else if o["index_commit"] != nil {
                found.indexCommitStarted = true
            }
        }
        return found
    }

    /// Starts a new checkpoint (any old one is replaced).
    static func create(output: String, header: [String: JSONValue]) throws -> Checkpoint {
        let cp = Checkpoint(output: output, lastEntry: nil)
        removeTree(cp.directory)
        if mkdir(cp.directory, 0o755) != 0 {
            throw OutputError(path: cp.directory, message: "cannot create: \(String(cString: strerror(errno)))")
        }
        try cp.rewriteJournal(header: header, found: nil)
        try cp.openEvents(truncateTo: 0)
        return cp
    }

    /// Continues an earlier run's checkpoint: the journal is rewritten without a torn tail and
    /// events.bin is cut back to the last finished input.
    static func resume(output: String, found: Found) throws -> Checkpoint {
        let cp = Checkpoint(output: output, lastEntry: found.entries.last)
        try cp.rewriteJournal(header: found.header, found: found)
        try cp.openEvents(truncateTo: found.entries.last?.eventsEnd ?? 0)
        return cp
    }

    private func rewriteJournal(header: [String: JSONValue], found: Found?) throws {
        var text = line(.object(header))
        for e in found?.entries ?? [] { text += entryLine(e) }
        // Kept: a resume killed before its own commit must still know the batch in the index
        // may be this job's (else the next resume refuses it as already indexed).
        if found?.indexCommitStarted == true { text += line(Self.indexCommitMark) }
        try writeAtomically(text, to: journalPath)
        journalFD = open(journalPath, O_WRONLY | O_APPEND)
        if journalFD < 0 { throw OutputError(path: journalPath, message: "cannot open: \(String(cString: strerror(errno)))") }
    }

    private func openEvents(truncateTo size: Int64) throws {
        eventsFD = open(eventsPath, O_RDWR | O_CREAT, 0o644)
        if eventsFD < 0 || ftruncate(eventsFD, off_t(size)) != 0 || lseek(eventsFD, off_t(size), SEEK_SET) < 0 {
            throw OutputError(path: eventsPath, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        eventsSize = size
    }

    // MARK: writing

    enum Kind: UInt8 {
        case document = 0x44   // "D"
        case rejection = 0x52  // "R"
    }

    /// Appends one event; its payload is `payload` followed by `tail`. Returns the payload's
    /// offset in events.bin.
    @discardableResult
    func append(_ kind: Kind, _ payload: [UInt8], _ tail: [UInt8] = []) throws -> Int64 {
        pending.append(kind.rawValue)
        var n = UInt32(payload.count + tail.count).littleEndian
        withUnsafeBytes(of: &n) { pending.append(contentsOf: $0) }
        pending.append(contentsOf: payload)
        pending.append(contentsOf: tail)
        eventsSize += 5 + Int64(payload.count + tail.count)
        if pending.count >= 1 << 20 { try flushEvents() }
        return eventsSize - Int64(payload.count + tail.count)
    }

    private func flushEvents() throws {
        try pending.withUnsafeBytes { try writeAll(eventsFD, $0, path: eventsPath) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Input `index` is done: its events are made durable, then the journal says so.
    /// Inputs `0...index` are finished: their events are on disk. Inputs are read in order, so
    /// one journal line covers every input up to `index`.
    func finishInputs(through index: Int, stats: JSONValue) throws {
        try flushEvents()
        if fsync(eventsFD) != 0 { throw OutputError(path: eventsPath, message: "fsync failed: \(String(cString: strerror(errno)))") }
        let e = Entry(input: index, eventsEnd: eventsSize, stats: stats)
        try appendJournal(entryLine(e))
        lastEntry = e
    }

    /// Written just before the index commits, so a resume knows a batch of this name in the index
    /// may be this run's own (killed between the commit and the manifest).
    func markIndexCommit() throws { try appendJournal(line(Self.indexCommitMark)) }

    /// The journal line that says the index commit has started (kept when a resume rewrites it).
    private static let indexCommitMark: JSONValue = .object(["index_commit": .bool(true)])

    private func appendJournal(_ text: String) throws {
        try Array(text.utf8).withUnsafeBytes { try writeAll(journalFD, $0, path: journalPath) }
        if fsync(journalFD) != 0 { throw OutputError(path: journalPath, message: "fsync failed: \(String(cString: strerror(errno)))") }
    }

    private func line(_ v: JSONValue) -> String {
        var w = JSONWriter()
        w.value(v)
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }

    private func entryLine(_ e: Entry) -> String {
        line(.object(["input": .int(e.input), "events_end": .int(Int(e.eventsEnd)), "stats": e.stats]))
    }

    // MARK: reading back

    /// `count` bytes of events.bin at `offset` (a story's record, for dedup), into `buffer`
    /// (replacing its contents).
    func read(at offset: Int64, count: Int, into buffer: inout [UInt8]) throws {
        if offset + Int64(count) > eventsSize - Int64(pending.count) { try flushEvents() }
        try readAll(eventsFD, at: offset, count: count, into: &buffer, path: eventsPath, what: "checkpoint")
    }

    /// Up to `buffer.count` bytes of events.bin at `offset` (fewer only at its end); returns how
    /// many (dedup's `ReadWindow` over the survivors' records).
    func read(upTo buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws -> Int {
        if !pending.isEmpty { try flushEvents() }
        return try readUpTo(eventsFD, at: offset, into: buffer, path: eventsPath, what: "checkpoint")
    }

    /// Calls `body` with every event of the finished inputs, in order, and its payload's offset.
    func replay(_ body: (Kind, [UInt8], Int64) throws -> Void) throws {
        let end = lastEntry?.eventsEnd ?? 0
        let fd = open(eventsPath, O_RDONLY)
        guard fd >= 0 else { throw OutputError(path: eventsPath, message: "cannot open: \(String(cString: strerror(errno)))") }
        defer { _ = Glibc.close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 22)
        var have = 0, at = 0
        var offset: Int64 = 0
        func fill(_ need: Int) throws {
            if at > 0 {
                buffer.withUnsafeMutableBufferPointer { b in
                    let base = b.baseAddress!
                    base.update(from: base + at, count: have - at)
                }
                have -= at
                at = 0
            }
            if buffer.count < need { buffer += [UInt8](repeating: 0, count: need - buffer.count) }
            while have < need {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + have, $0.count - have) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw OutputError(path: eventsPath, message: "checkpoint ends early (byte \(offset))") }
                have += n
            }
        }
        while offset < end {
            if have - at < 5 { try fill(5) }
            guard let kind = Kind(rawValue: buffer[at]) else {
                throw OutputError(path: eventsPath, message: "checkpoint damaged at byte \(offset); rerun with --restart")
            }
            let length = Int(UInt32(buffer[at + 1]) | UInt32(buffer[at + 2]) << 8 | UInt32(buffer[at + 3]) << 16
                             | UInt32(buffer[at + 4]) << 24)
            if have - at < 5 + length { try fill(5 + length) }
            try body(kind, Array(buffer[(at + 5)..<(at + 5 + length)]), offset + 5)
            at += 5 + length
            offset += 5 + Int64(length)
        }
    }

    // MARK: closing

    /// The run finished: the checkpoint goes.
    func remove() {
        close()
        // Moved out of the way in one step first: deleted file by file, a kill between removing
        // events.bin and the journal left a journal whose events were gone, which the rerun took
        // for a checkpoint to resume and found damaged. The new name is scratch
        // (`Resume.isStaleScratch`) that a later run in this directory clears.
        let doomed = doomedDirectory
        removeTree(doomed)
        if rename(directory, doomed) == 0 {
            syncDirectory(of: directory)
            removeTree(doomed)
        } else {
            removeTree(directory)
        }
        syncDirectory(of: directory)
    }

    /// Dedup has read the survivors' records back: from here events.bin only serves a resume,
    /// which reads it from disk (each step's events were fsynced). Its page cache, the largest the
    /// run holds, is dropped on a thread of its own while write drains, so that `remove` at the
    /// very end, when nothing else is left to run, has no pages to free (that unlink took 0.68 s on
    /// dumps-300, strace under load ~10). `close` waits for it. Output does not change.
    func dropCachedEvents() {
        #if os(Linux)
        guard eventsFD >= 0, cacheDrop == nil else { return }
        let fd = eventsFD
        cacheDrop = BackgroundJob { _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED)) }
        #endif
    }

    private var cacheDrop: BackgroundJob<Void>?

    /// Stops writing (an interrupted run): what is journaled stays for the resume.
    func close() {
        if let job = cacheDrop { _ = try? job.join(); cacheDrop = nil }
        if journalFD >= 0 { _ = Glibc.close(journalFD); journalFD = -1 }
        if eventsFD >= 0 { _ = Glibc.close(eventsFD); eventsFD = -1 }
    }

    deinit { close() }
}

func readWholeFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { break }
        out += chunk[0..<n]
    }
    return out
}

/// Removes a file or a directory tree (only winnow's own: the checkpoint and spool directories).
func removeTree(_ path: String) {
    var st = stat()
    guard lstat(path, &st) == 0 else { return }
    if (st.st_mode & S_IFMT) == S_IFDIR {
        let names = listDirectory(path)
        for name in names { removeTree("\(path)/\(name)") }
        rmdir(path)
    } else {
        unlink(path)
    }
}

extension Array where Element == Checkpoint.Entry {
    /// Inputs `0..<finishedInputs` are finished: inputs are read in order and each journal line
    /// covers every input up to its own.
    var finishedInputs: Int { last.map { $0.input + 1 } ?? 0 }
}
