#if canImport(Glibc)
import Glibc

@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
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
