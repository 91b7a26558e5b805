// swift-tools-version:6.1
// Benchmarks for Winnow's hashing core, in their own package so that depending on Winnow never
// builds benchmark dependencies. Run: `swift package benchmark` (from this folder).
import PackageDescription

let package = Package(
    name: "WinnowBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Only the malloc interposer trait: the default "RuntimeInterposer" trait pulls in a package
        // (swift-runtime-interposer) that is not available here, and ARC counting is not needed.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
        .package(name: "Winnow", path: ".."),
    ],
    targets: [
        .target(name: "CorpusLoader", path: "Sources/CorpusLoader"),
        // Plain throughput harness (used by compare_peers.sh until `winnow bench` exists).
        .executableTarget(
            name: "CoreThroughput",
            dependencies: ["CorpusLoader", .product(name: "WinnowCore", package: "Winnow")],
            path: "Sources/CoreThroughput"
        ),
        .executableTarget(
            name: "CoreBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "WinnowCore", package: "Winnow"),
                "CorpusLoader",
            ],
            path: "Benchmarks/CoreBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
