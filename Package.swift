// swift-tools-version:6.0
// Winnow: corpus cleaning and near-duplicate removal for raw news scrape dumps.
//
// Read it top down: `WinnowCore` is the dependency-free hashing hot path (tokenize → shingle →
// MinHash → LSH), `WinnowPipeline` the staged stream pipeline (read → clean → split → dedup →
// write), `WinnowCLI` the `winnow` command. Benchmarks live in their own package (Benchmarks/)
// so that depending on Winnow never builds benchmark dependencies.
import PackageDescription

/// The hot loop needs the machine's vector units: without a CPU flag the compiler emits SSE2 only,
/// 2.3–2.8× slower (shared notes, measured on this machine kind). x86-64-v3 (AVX2) is as fast here
/// as -march=native (204 vs 208 MB/s), runs on any x86 server of the last decade, and, unlike the
/// AVX-512 code -march=native emits on these hosts, under valgrind for instruction counts.
#if arch(x86_64)
let hotPathFlags: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-march=x86-64-v3"])]
#else
let hotPathFlags: [SwiftSetting] = []
#endif

/// The same CPU level for the C byte scans (CWinnowScan, run over every input byte): VEX
/// three-operand forms, POPCNT and TZCNT cut their instructions 3–8% (line keys, folds,
/// content-word and follower hashes; valgrind on /tmp/cge, output unchanged).
#if arch(x86_64)
let scanCFlags: [CSetting] = [.unsafeFlags(["-march=x86-64-v3"])]
#else
let scanCFlags: [CSetting] = []
#endif

let package = Package(
    name: "Winnow",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "winnow", targets: ["WinnowCLI"]),
        .library(name: "WinnowCore", targets: ["WinnowCore"]),
        .library(name: "WinnowPipeline", targets: ["WinnowPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    ],
    targets: [
        // zlib through its C API: multi-member gzip streams, which scrape dumps often are.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // SQLite through its C API: the persistent cross-batch index (`--index FILE`).
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // libdeflate: whole-buffer gzip, ~3x zlib's speed at the same ratio (Benchmarks/compression).
        .systemLibrary(
            name: "CLibDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        // PCRE2 (8-bit, JIT): rule and dateline regexes matched on the line's UTF-8 bytes in place
        // (NSRegularExpression converted every subject to UTF-16 for ICU, ~15k instructions a call).
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // SHA-256 compression (SHA-NI when the CPU has it): story ids hash every story's text.
        .target(name: "CWinnowSHA"),
        // Byte scans in C with SSE2 (line keys, the ASCII fold, cohesion's content-word keys): every
        // input line is keyed twice (learned pass, classifier); Swift versions measured slower (README).
        .target(name: "CWinnowScan", cSettings: scanCFlags),
        .target(
            name: "WinnowCore",
            swiftSettings: hotPathFlags
        ),
        .target(
            name: "WinnowPipeline",
            dependencies: [
                "WinnowCore",
                "CWinnowSHA",
                "CWinnowScan",
                "CZlib",
                "CSQLite",
                "CLibDeflate",
                "CPCRE2",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "WinnowCLI",
            dependencies: [
                "WinnowPipeline",
                "WinnowCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "WinnowCoreTests", dependencies: ["WinnowCore"]),
        .testTarget(name: "WinnowPipelineTests", dependencies: ["WinnowPipeline", "WinnowCore"]),
        .testTarget(name: "WinnowCLITests", dependencies: ["WinnowPipeline"]),
    ],
    swiftLanguageModes: [.v5]
)
