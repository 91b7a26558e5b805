import Foundation

/// Big buffers kept for reuse from one input file to the next.
///
/// Reading a file takes a few buffers of about its size (the gzip bytes, the inflated text, the
/// normalised block): megabytes each, freed when the file is done. Freed, they go back to the heap,
/// and when the heap is trimmed (`MemoryTrimmer`) to the system, so the next file faults them in
/// again, page by page. Kept here they stay resident and warm. The pool holds at most `maxBytes`
/// (a buffer that would pass it is dropped), so what it keeps is bounded whatever the input.
final class ReusePool<Item>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(item: Item, bytes: Int)] = []
    private var held = 0
    let maxBytes: Int
    private let dispose: (Item) -> Void

    init(maxBytes: Int, dispose: @escaping (Item) -> Void = { _ in }) {
        self.maxBytes = maxBytes
        self.dispose = dispose
    }

    /// The smallest kept buffer of at least `bytes` (with its size), or nil: the caller makes one.
    func take(atLeast bytes: Int) -> (item: Item, bytes: Int)? {
        lock.lock()
        defer { lock.unlock() }
        var best: Int?
        for (i, entry) in items.enumerated() where entry.bytes >= bytes {
            if best == nil || entry.bytes < items[best!].bytes { best = i }
        }
        guard let i = best else { return nil }
        held -= items[i].bytes
        return items.remove(at: i)
    }

    /// Keeps `item` for a later `take`, or disposes of it when the pool is full.
    func give(_ item: Item, bytes: Int) {
        lock.lock()
        if held + bytes <= maxBytes {
            items.append((item, bytes))
            held += bytes
            lock.unlock()
            return
        }
        lock.unlock()
        dispose(item)
    }

    /// Disposes of every kept buffer (reading is over: the memory goes to what comes after).
    func drain() {
        lock.lock()
        let all = items
        items.removeAll()
        held = 0
        lock.unlock()
        for entry in all { dispose(entry.item) }
    }

    /// Bytes kept now (for tests).
    var heldBytes: Int {
        lock.lock()
        defer { lock.unlock() }
        return held
    }
}

/// Raw buffers (`malloc`): the gzip input and the inflated text of `WholeGzipSource`. At two threads
/// about 2 × (1 + 4) MB are in use at once on the e2e dumps (the pool holds them between files).
let rawBufferPool = ReusePool<UnsafeMutableRawPointer>(maxBytes: 12 << 20, dispose: { free($0) })

/// Byte arrays: the block a text dump is normalised into before it becomes a String (at most
/// `block_bytes` and a line: 4 MiB by default, one per reader).
let byteArrayPool = ReusePool<[UInt8]>(maxBytes: 10 << 20)

/// Sizes are rounded up to a whole MiB (small ones to 64 KiB) so that a kept buffer fits the next
/// file of about the same size: exact sizes would keep buffers just too small for it.
func reuseSize(_ bytes: Int) -> Int {
    let unit = bytes <= (1 << 20) ? 1 << 16 : 1 << 20
    return Swift.max(unit, (bytes + unit - 1) / unit * unit)
}

extension ReusePool where Item == UnsafeMutableRawPointer {
    /// A kept buffer of at least `bytes`, or a new one (contents undefined).
    func buffer(atLeast bytes: Int) -> (item: UnsafeMutableRawPointer, bytes: Int) {
        if let kept = take(atLeast: bytes) { return kept }
        let size = reuseSize(bytes)
        return (malloc(size)!, size)
    }
}

extension ReusePool where Item == [UInt8] {
    /// An empty array with room for at least `bytes`.
    func array(atLeast bytes: Int) -> [UInt8] {
        if var kept = take(atLeast: bytes)?.item {
            kept.removeAll(keepingCapacity: true)
            return kept
        }
        var fresh: [UInt8] = []
        fresh.reserveCapacity(reuseSize(bytes))
        return fresh
    }

    /// Keeps an array's storage for reuse (its capacity is what counts).
    func keep(_ array: [UInt8]) { give(array, bytes: array.capacity) }
}
