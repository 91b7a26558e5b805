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

/// Trims the heap (`releaseFreedMemory`) only when resident memory has crept above a ceiling.
///
/// Every batch frees about as much as the next one allocates (~80 MB on dumps-75): trimming after
/// each handed those pages back only for the next batch to fault them in again (a third of the
/// run's page faults, ~9% of its CPU time). The ceiling is set at the first call, an eighth above
/// the resident memory then (one batch through the front end, and with more than one thread
/// whatever the back end holds at that moment); later calls trim only above it, so
/// the peak stays bounded by it whatever the input size, not by the number of batches.
/// Where resident memory cannot be read, every call trims.
struct MemoryTrimmer {
    private var ceiling = 0

    mutating func release() {
        guard let rss = residentBytes() else { return releaseFreedMemory() }
        if ceiling == 0 {
            ceiling = rss + rss / 8
        } else if rss <= ceiling {
            return
        }
        releaseFreedMemory()
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
