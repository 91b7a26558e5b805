// Compression choice for output shards: zlib levels vs libdeflate levels, on the same bytes,
// compressed in independent 1 MiB members (how Winnow writes shards). One core.
// Build and run: see run.sh beside this file.
#include <libdeflate.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }

static size_t zlib_member(const unsigned char *in, size_t n, unsigned char *out, size_t cap, int level) {
    z_stream s; memset(&s, 0, sizeof s);
    deflateInit2(&s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    s.next_in = (unsigned char *)in; s.avail_in = n; s.next_out = out; s.avail_out = cap;
    deflate(&s, Z_FINISH);
    size_t got = cap - s.avail_out;
    deflateEnd(&s);
    return got;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s FILE\n", argv[0]); return 64; }
    FILE *f = fopen(argv[1], "rb");
    fseek(f, 0, SEEK_END); size_t n = ftell(f); fseek(f, 0, SEEK_SET);
    unsigned char *in = malloc(n); fread(in, 1, n, f); fclose(f);
    size_t chunk = 1 << 20, cap = chunk + chunk / 2 + 1024;
    unsigned char *out = malloc(cap);
    printf("| codec | level | MB/s (one core) | ratio |\n|---|---|---|---|\n");
    int zlevels[] = {1, 3, 6, 9};
    for (int k = 0; k < 4; k++) {
        double best = 1e9; size_t total = 0;
        for (int round = 0; round < 3; round++) {
            double t = now(); total = 0;
            for (size_t at = 0; at < n; at += chunk) total += zlib_member(in + at, n - at < chunk ? n - at : chunk, out, cap, zlevels[k]);
            t = now() - t; if (t < best) best = t;
        }
        printf("| zlib | %d | %.1f | %.3f |\n", zlevels[k], n / 1e6 / best, (double)n / total);
    }
    int dlevels[] = {1, 3, 4, 5, 6, 7, 9, 12};   // 4, 5, 7: the neighbours of the default (6)
    for (int k = 0; k < 8; k++) {
        struct libdeflate_compressor *c = libdeflate_alloc_compressor(dlevels[k]);
        double best = 1e9; size_t total = 0;
        for (int round = 0; round < 3; round++) {
            double t = now(); total = 0;
            for (size_t at = 0; at < n; at += chunk) total += libdeflate_gzip_compress(c, in + at, n - at < chunk ? n - at : chunk, out, cap);
            t = now() - t; if (t < best) best = t;
        }
        libdeflate_free_compressor(c);
        printf("| libdeflate | %d | %.1f | %.3f |\n", dlevels[k], n / 1e6 / best, (double)n / total);
    }
    return 0;
}
