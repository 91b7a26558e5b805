// A cache prefetch Swift cannot spell: the learner's counter table (`KeyMap.prefetch`,
// Sources/WinnowPipeline/Cleaning/KeyMap.swift) fetches the slot of a key a few lines ahead.
#ifndef WINNOW_PREFETCH_H
#define WINNOW_PREFETCH_H

/// Starts loading the cache line at `p` for writing; no effect on results.
static inline void winnow_prefetch_write(const void *p) { __builtin_prefetch(p, 1, 3); }

#endif
