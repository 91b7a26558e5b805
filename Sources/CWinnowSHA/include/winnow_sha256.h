// SHA-256 block compression for Winnow's `SHA256` (Sources/WinnowPipeline/Support/SHA256.swift).
//
// Story ids hash every story's text, so the compression function is on the hot path. On x86-64
// CPUs with the SHA extensions (SHA-NI) it runs on them (a few instructions per byte); elsewhere a
// portable C version. Both give the same digests (tested against each other and known vectors).
#ifndef WINNOW_SHA256_H
#define WINNOW_SHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Compresses `blocks` 64-byte blocks at `data` into `state` (8 words, FIPS 180-4 order),
/// with SHA-NI when the CPU has it, else the portable version.
void winnow_sha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The portable version (always available; for tests and CPUs without SHA-NI).
void winnow_sha256_compress_generic(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The SHA-NI version; call only when `winnow_sha256_has_ni()` is 1.
void winnow_sha256_compress_ni(uint32_t state[8], const uint8_t *data, size_t blocks);

/// 1 when this CPU (as CPUID reports it) has SHA-NI with SSSE3 and SSE4.1, else 0.
int winnow_sha256_has_ni(void);

#ifdef __cplusplus
}
#endif

#endif
