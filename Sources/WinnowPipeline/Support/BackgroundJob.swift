import Foundation

/// Runs one closure on a thread of its own, on the shared worker pool (`init(pooled:)`), or inline;
/// `join` waits for it and returns its result (or rethrows its error). For work that overlaps the caller's, e.g. dedup writing
/// `duplicates.jsonl.gz` while the survivors stream to write.
final class BackgroundJob<T> {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?
    private var joined = false

    /// Starts `body` on a thread of its own, or with `inline` runs it here and now (one code path
    /// for callers that overlap work only when they have threads to spare).
    init(inline: Bool = false, _ body: @escaping () throws -> T) {
        if inline {
            result = Result { try body() }
            done.signal()
            return
        }
        let thread = Thread { [self] in
            result = Result { try body() }
            done.signal()
        }
        thread.stackSize = 8 << 20   // the JSON parser recurses into nested values
        thread.start()
    }

    /// Starts `body` on the system's shared worker pool (libdispatch's global queue: at most about
    /// one running job per core, the rest wait their turn), for many short jobs that should
    /// neither each start a thread nor run more at once than there are cores.
    init(pooled body: @escaping () throws -> T) {
        DispatchQueue.global().async { [self] in
            result = Result { try body() }
            done.signal()
        }
    }

    /// Waits for the job (once; later calls return the same result).
    func join() throws -> T {
        if !joined {
            done.wait()
            joined = true
        }
        return try result!.get()
    }

    /// Waits for the job if nobody did: it must not outlive what it reads.
    deinit { if !joined { done.wait() } }
}
