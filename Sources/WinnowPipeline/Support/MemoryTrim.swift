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
