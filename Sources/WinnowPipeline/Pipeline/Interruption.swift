#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The signal that asked the run to stop (0: none). A lock-free atomic: the only thing the
/// signal handler touches, so the handler stays async-signal-safe.
private let pendingSignal = Atomic<Int32>(0)

/// SIGINT / SIGTERM handling: the first signal asks the run to stop at the next block or record
/// (the read path checks `Interruption.check()`), the second one kills the process at once.
public enum Interruption {
    /// Installs the handlers for SIGINT and SIGTERM (the CLI does this before a run).
    public static func install() {
        _ = pendingSignal.load(ordering: .relaxed)   // initialise the global outside the handler
        for sig in [SIGINT, SIGTERM] {
            signal(sig) { sig in
                let (first, _) = pendingSignal.compareExchange(expected: 0, desired: sig, ordering: .sequentiallyConsistent)
                if !first {
                    // Second signal: die now, by the signal (the shell sees 128 + sig).
                    signal(sig, SIG_DFL)
                    raise(sig)
                }
            }
        }
    }

    /// The signal received, if any.
    public static var requested: Int32? {
        let s = pendingSignal.load(ordering: .sequentiallyConsistent)
        return s == 0 ? nil : s
    }

    /// Throws `RunInterrupted` when a stop was asked for.
    static func check() throws {
        if let s = requested { throw RunInterrupted(signal: s) }
    }

    /// Asks the run to stop as if `signal` had arrived (tests).
    public static func request(_ signal: Int32) {
        _ = pendingSignal.compareExchange(expected: 0, desired: signal, ordering: .sequentiallyConsistent)
    }

    /// Forgets a request (tests that run several pipelines in one process).
    public static func reset() { pendingSignal.store(0, ordering: .sequentiallyConsistent) }
}

/// The run stopped on SIGINT/SIGTERM: outputs abandoned, index untouched, finished inputs kept in
/// the checkpoint for a resume.
public struct RunInterrupted: Error, CustomStringConvertible {
    public let signal: Int32
    /// Input files finished and checkpointed, of all inputs (filled in by the run).
    public var finishedInputs = 0
    public var totalInputs = 0

    /// 130 for SIGINT, 143 for SIGTERM: the shell convention 128 + signal number.
    public var exitCode: Int32 { 128 + signal }

    public var signalName: String {
        switch signal {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        default: return "signal \(signal)"
        }
    }

    public var description: String {
        "interrupted by \(signalName) after \(finishedInputs) of \(totalInputs) input file(s)"
    }
}

/// A pass-through stage that stops the run when a signal asked for it. Placed after `read` (so a
/// stop comes between blocks or record batches) and before `write` (between survivor batches).
final class StopCheckStage<Item>: PipelineStage {
    typealias Input = Item
    typealias Output = Item
    let name = "stop_check"
    let stats = StageStats(name: "stop_check")

    func process(_ batch: [Item], emit: ([Item]) throws -> Void) throws {
        try Interruption.check()
        try emit(batch)
    }
}
