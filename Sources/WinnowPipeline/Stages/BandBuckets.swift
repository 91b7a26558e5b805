import Foundation

/// LSH band entries `(band key, document)` collected during a run and read back grouped by key,
/// with memory bounded whatever the input size.
///
/// Entries gather in a fixed-size buffer; a full buffer is sorted and spilled to a run file. At
/// the end the runs are merged (a k-way merge over small read buffers), so a run over 4× more
/// documents uses 4× more disk, not more memory. The merged order is the total order of
/// `(key, document)`, so buckets come out identical whatever the spill points or thread count.
///
/// With `background`, a full buffer is sorted and written on a thread of its own while the next
/// one fills (at most one spill in flight: two buffers); the runs are the same, in the same order.
/// A spill's radix sort (`BandBuckets+RadixSort.swift`) allocates a scratch array of the spilled
/// buffer's size while it sorts, so the peak is three buffers' worth (12 MiB at the default
/// capacity), two without `background`.
final class BandBuckets {
    struct Entry: Comparable {
        var key: UInt64
        var doc: UInt32
        static func < (a: Entry, b: Entry) -> Bool { a.key != b.key ? a.key < b.key : a.doc < b.doc }
    }

    private let directory: String
    private let capacity: Int
    private var buffer: [Entry] = []
    private var runs: [(file: SpoolFile, count: Int)] = []
    private let background: Bool
    /// The spill in flight (background mode): its run, added to `runs` once joined.
    private var spilling: BackgroundJob<((file: SpoolFile, count: Int), [Entry])>?
    /// The buffer the last background spill sorted, handed back for reuse.
    private var spare: [Entry] = []

    /// `capacity` entries are held in memory before a spill (16 bytes each: 4 MiB by default,
    /// about 16k documents at 16 bands; a larger buffer only means fewer, longer runs).
    init(directory: String, capacity: Int = 1 << 18, background: Bool = false) {
        self.directory = directory
        self.capacity = max(16, capacity)
        self.background = background
        buffer.reserveCapacity(min(self.capacity, 1 << 16))
    }

    func append(key: UInt64, doc: Int) throws {
        buffer.append(Entry(key: key, doc: UInt32(doc)))
        if buffer.count >= capacity { try spill() }
    }

    /// Sorts the buffer into a new run file (on a thread of its own in background mode).
    private func spill() throws {
        guard background else {
            runs.append(try Self.writeRun(&buffer, path: "\(directory)/bands-\(runs.count).bin"))
            buffer.removeAll(keepingCapacity: true)
            return
        }
        try joinSpill()
        var full = buffer
        buffer = spare
        buffer.removeAll(keepingCapacity: true)
        spare = []
        let path = "\(directory)/bands-\(runs.count).bin"
        spilling = BackgroundJob {
            let run = try Self.writeRun(&full, path: path)
            return (run, full)
        }
    }

    /// Waits for the spill in flight, adds its run and keeps its buffer for the next fill.
    private func joinSpill() throws {
        guard let job = spilling else { return }
        spilling = nil
        let (run, used) = try job.join()
        runs.append(run)
        spare = used
    }

    /// Sorts `entries` and writes them as packed 12-byte records (key then document,
    /// little-endian as in memory).
    private static func writeRun(_ entries: inout [Entry], path: String) throws -> (file: SpoolFile, count: Int) {
        sortEntries(&entries)
        let file = try SpoolFile(path: path)
        var packed = [UInt8](repeating: 0, count: entries.count * 12)
        entries.withUnsafeBufferPointer { list in
            packed.withUnsafeMutableBytes { out in
                for (i, e) in list.enumerated() {
                    out.storeBytes(of: e.key, toByteOffset: i * 12, as: UInt64.self)
                    out.storeBytes(of: e.doc, toByteOffset: i * 12 + 8, as: UInt32.self)
                }
            }
        }
        _ = try file.append(packed)
        // A run is only read from now on; its write buffer must not stay resident per run (runs
        // grow in number with the input).
        try file.finishWriting()
        return (file, entries.count)
    }

    /// Calls `body` once per key shared by two or more documents, with the documents in ascending
    /// order, keys in ascending order. Removes the run files.
    func forEachBucket(_ body: ([Int]) throws -> Void) throws {
        try joinSpill()
        spare = []
        defer { for r in runs { r.file.remove() }; runs.removeAll() }
        var members: [Int] = []
        var currentKey: UInt64 = 0
        func take(_ e: Entry) throws {
            if !members.isEmpty && e.key != currentKey {
                if members.count > 1 { try body(members) }
                members.removeAll(keepingCapacity: true)
            }
            currentKey = e.key
            // The same document twice under one key (two bands hashing alike) is one member.
            if members.last != Int(e.doc) { members.append(Int(e.doc)) }
        }
        if runs.isEmpty {
            Self.sortEntries(&buffer)
            for e in buffer { try take(e) }
            buffer = []
        } else {
            if !buffer.isEmpty {
                runs.append(try Self.writeRun(&buffer, path: "\(directory)/bands-\(runs.count).bin"))
            }
            buffer = []
            var readers = runs.map { RunReader(file: $0.file, count: $0.count) }
            var heap = MergeHeap()
            for r in readers.indices { if let e = try readers[r].next() { heap.push(e, run: r) } }
            while let (e, r) = heap.pop() {
                try take(e)
                if let next = try readers[r].next() { heap.push(next, run: r) }
            }
        }
        if members.count > 1 { try body(members) }
    }

    /// Sequential reader of one run, through a small buffer.
    private struct RunReader {
        let file: SpoolFile
        let count: Int
        var consumed = 0
        var chunk: [UInt8] = []
        var position = 0

        init(file: SpoolFile, count: Int) {
            self.file = file
            self.count = count
        }

        mutating func next() throws -> Entry? {
            if position >= chunk.count {
                guard consumed < count else { return nil }
                let n = min(count - consumed, 1 << 14)
                try file.read(at: Int64(consumed) * 12, count: n * 12, into: &chunk)
                consumed += n
                position = 0
            }
            let e = chunk.withUnsafeBytes { raw in
                Entry(key: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self),
                      doc: raw.loadUnaligned(fromByteOffset: position + 8, as: UInt32.self))
            }
            position += 12
            return e
        }
    }

    /// A binary min-heap of run heads.
    private struct MergeHeap {
        var items: [(Entry, Int)] = []

        mutating func push(_ e: Entry, run: Int) {
            items.append((e, run))
            var i = items.count - 1
            while i > 0 {
                let p = (i - 1) / 2
                guard less(items[i], items[p]) else { break }
                items.swapAt(i, p)
                i = p
            }
        }

        mutating func pop() -> (Entry, Int)? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var m = i
                    if l < items.count && less(items[l], items[m]) { m = l }
                    if r < items.count && less(items[r], items[m]) { m = r }
                    if m == i { break }
                    items.swapAt(i, m)
                    i = m
                }
            }
            return top
        }

        private func less(_ a: (Entry, Int), _ b: (Entry, Int)) -> Bool { a.0 != b.0 ? a.0 < b.0 : a.1 < b.1 }
    }
}
