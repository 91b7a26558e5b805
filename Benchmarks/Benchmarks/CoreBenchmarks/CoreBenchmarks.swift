import Benchmark
import WinnowCore

let benchmarks: @Sendable () -> Void = {
    Benchmark("placeholder") { benchmark in
        blackHole(WinnowCoreInfo.sketchFormatVersion)
    }
}
