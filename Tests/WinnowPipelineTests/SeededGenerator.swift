import Foundation

/// The randomized equivalence tests' generator: SplitMix64, seeded so a failure can be replayed.
///
/// Each call site gets its own stream (the seed mixes the file, function and line it is created
/// at), so every run draws the same inputs and a failure replays by running the test again.
/// `WINNOW_TEST_SEED=N swift test` moves every stream at once to explore other inputs; a failure
/// found that way replays with the same N.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// The base seed: `WINNOW_TEST_SEED` when set (decimal), else a fixed constant.
    static let baseSeed: UInt64 = {
        if let text = ProcessInfo.processInfo.environment["WINNOW_TEST_SEED"], let value = UInt64(text) { return value }
        return 0x5EED_2026
    }()

    init(fileID: String = #fileID, function: String = #function, line: Int = #line) {
        // FNV-1a over the call site: stable across runs and platforms (Hasher is randomly seeded).
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(fileID):\(function):\(line)".utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        state = h ^ Self.baseSeed
    }

    /// A stream from an explicit seed (the fuzz tests take theirs from `WINNOW_FUZZ_SEED`).
    init(seed: UInt64) { state = seed }

    /// A uniform-enough index below `n` (modulo bias is irrelevant for test inputs).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
