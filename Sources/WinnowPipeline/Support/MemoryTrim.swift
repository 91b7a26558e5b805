#if canImport(Glibc)
import Glibc

@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32

@_silgen_name("mallopt")
private func glibcMallopt(_ param: Int32, _ value: Int32) -> Int32
#endif

/// Hands freed heap pages back to the system.
///
/// glibc keeps pages freed in the middle of its heap: a long run that allocates large blocks
/// (a text block, a batch of documents) between small long-lived allocations sees its resident
/// memory creep up with the input size although its live heap stays flat. Trimming once per batch
/// keeps the peak near the live heap; it costs a walk of the free lists (microseconds to
/// a few milliseconds).
func releaseFreedMemory() {
    #if canImport(Glibc)
    _ = glibcMallocTrim(0)
    #endif
}

/// Trims the heap (`releaseFreedMemory`) only when resident memory is above both an eighth over
/// what it was at the first call and twice what the last trim left (the live heap then).
///
/// Every batch frees about as much as the next one allocates (~40 MB on dumps-300): a trim hands
/// those pages back only for the next batch to fault them in again, page by page, in the kernel.
/// The first ceiling alone (session 8) sat below the steady state at two threads and trimmed after
/// nearly every batch; the live-heap rule alone trims every batch at one thread, where a batch's
/// transient is large next to what stays live. Both must be passed. A quarter over the live heap
/// (sessions 8–16) still trimmed every ~4 batches: 21 trims of ~35 MB on dumps-75, and 1.10 M
/// page faults, 6.2 s of system time (a fifth of the run's CPU) on dumps-300. Twice the live heap
/// trims 1–4 times: page faults 246k → 72k on dumps-75 and 1.10 M → 72k on dumps-300 (threads 2),
/// system time 6.2 → 2.6 s there; peak RSS 147 → 165 MB and 153 → 174 MB (300 over 75: 1.06x).
/// The peak stays bounded by max(1.125x the first batch, 2x the live heap) plus one batch, not by
/// the number of batches. Where resident memory cannot be read, every call trims.
struct MemoryTrimmer {
    /// An eighth above resident memory at the first call; 0 before it.
    private(set) var firstCeiling = 0
    /// Resident bytes right after the last trim.
    private(set) var liveAfterTrim = 0

    /// Whether a trim is due at `resident` bytes.
    func shouldTrim(resident: Int) -> Bool {
        firstCeiling == 0 || (resident > firstCeiling && resident > 2 * liveAfterTrim)
    }

    /// Notes a trim done at `before` resident bytes that left `resident`.
    mutating func trimmed(before: Int, leaving resident: Int) {
        if firstCeiling == 0 { firstCeiling = before + before / 8 }
        liveAfterTrim = resident
    }

    mutating func release() {
        guard let rss = residentBytes() else { return releaseFreedMemory() }
        guard shouldTrim(resident: rss) else { return }
        releaseFreedMemory()
        trimmed(before: rss, leaving: residentBytes() ?? rss)
    }
}

/// Resident memory of this process in bytes (`/proc/self/statm`), or nil where it cannot be read.
func residentBytes() -> Int? {
    #if canImport(Glibc)
    let fd = open("/proc/self/statm", O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 128)
    let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard n > 0 else { return nil }
    // "size resident shared ...", in pages: the second field.
    let fields = buffer[0..<n].split(separator: 0x20)
    guard fields.count >= 2, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    #else
    return nil
    #endif
}

/// Caps glibc's heap arenas at two for the process.
///
/// glibc gives threads their own arenas (up to 8 per core), and each keeps its own freed pages:
/// with reader threads decoding files next to the clean/split/dedup workers, peak RSS on the
/// 75 MB e2e set went from 114 to 156 MB with the default, 128 MB with two arenas (one: 115 MB),
/// at the same CPU time. Called once, before any worker thread starts.
func limitHeapArenas() {
    #if canImport(Glibc)
    _ = glibcMallopt(-8 /* M_ARENA_MAX */, 2)
    #endif
}
