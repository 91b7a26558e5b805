#if canImport(Glibc)
import Glibc
#endif

/// A pipeline stage: typed input and output, its own stats.
///
/// The shape follows swift-nio's `ByteToMessageDecoder` (`decode` / `decodeLast`) and datatrove's
/// `PipelineStep`: a stage is handed bounded batches, emits zero or more batches downstream, may
/// hold state between batches (a splitter holding an unfinished story), and flushes it in `finish`.
/// Stages never reach into each other: all they share is the `RunContext` they were built with,
/// so each can also run alone over one shard of input.
public protocol PipelineStage: AnyObject {
    associatedtype Input
    associatedtype Output

    /// The stage's name in the pipeline file and in `stats.json`.
    var name: String { get }
    var stats: StageStats { get }

    /// Consumes one batch; calls `emit` with zero or more output batches.
    func process(_ batch: [Input], emit: ([Output]) throws -> Void) throws
    /// End of input: emit anything still held.
    func finish(emit: ([Output]) throws -> Void) throws
}

extension PipelineStage {
    public func finish(emit: ([Output]) throws -> Void) throws {}
}

/// What a stage saw, passed on and dropped (by reason), plus counters of its own and its time.
public final class StageStats {
    public let name: String
    public var seen = 0
    public var passed = 0
    public var dropped: [String: Int] = [:]
    /// Stage-specific counters, e.g. `lines_stripped.widget`.
    public var counters: [String: Int] = [:]
    /// Wall time spent in this stage itself, downstream stages excluded.
    public var seconds = 0.0
    /// Stage-specific report sections (e.g. the clean stage's `learned` lines), merged into `json`.
    public var extra: [String: JSONValue] = [:]

    public init(name: String) { self.name = name }

    public func drop(_ reason: String, _ n: Int = 1) { dropped[reason, default: 0] += n }
    public func count(_ key: String, _ n: Int = 1) { counters[key, default: 0] += n }

    var json: JSONValue {
        var o: [String: JSONValue] = [
            "seen": .int(seen), "passed": .int(passed), "seconds": .double(seconds),
            "dropped": .object(dropped.mapValues { .int($0) }),
        ]
        if !counters.isEmpty { o["counters"] = .object(counters.mapValues { .int($0) }) }
        for (k, v) in extra { o[k] = v }
        return .object(o)
    }
}

/// A type-erased connection into a stage: what the stage before it pushes batches into.
public struct Pipe<Input> {
    public let push: ([Input]) throws -> Void
    public let finish: () throws -> Void

    public init(push: @escaping ([Input]) throws -> Void, finish: @escaping () throws -> Void) {
        self.push = push
        self.finish = finish
    }
}

/// Monotonic seconds, for stage timing.
@inline(__always) func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Runs `body`, a stage's step, its non-empty output batches through `next`; adds the step's
/// time to `stats`, less what `next` spent (each stage's time is its own).
func timeStage<T>(_ stats: StageStats, next: ([T]) throws -> Void,
                  _ body: (([T]) throws -> Void) throws -> Void) throws {
    let start = monotonicSeconds()
    var downstream = 0.0
    // Needed: Swift refuses a closure that captures the non-escaping `next` as the argument of
    // the non-escaping `body` ("can allow re-entrant modification of a variable"); `next` does
    // not outlive the call.
    try withoutActuallyEscaping(next) { next in
        try body { batch in
            guard !batch.isEmpty else { return }
            let t = monotonicSeconds()
            try next(batch)
            downstream += monotonicSeconds() - t
        }
    }
    stats.seconds += monotonicSeconds() - start - downstream
}

extension PipelineStage {
    /// Connects this stage in front of `next`; the stage's time excludes what `next` spends.
    public func connect(to next: Pipe<Output>) -> Pipe<Input> {
        Pipe(
            push: { batch in try timeStage(self.stats, next: next.push) { try self.process(batch, emit: $0) } },
            finish: {
                try timeStage(self.stats, next: next.push) { try self.finish(emit: $0) }
                try next.finish()
            }
        )
    }
}

extension Pipe where Input == Never {
    /// The end of a pipeline: the last stage emits nothing.
    public static var end: Pipe<Never> { Pipe(push: { _ in }, finish: {}) }
}
