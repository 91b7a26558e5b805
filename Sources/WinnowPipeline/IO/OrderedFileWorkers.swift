import Foundation

/// Produces items for several input files at once on worker threads and hands them to the calling
/// thread strictly in file order (all of file 0's items in the order made, then file 1's, …), so
/// whatever consumes them sees exactly what a serial loop over the files would give: the thread
/// count changes speed only.
///
/// Decompression is a serial stream per file, so files are the unit of parallel work. At most
/// `threads` files are in progress, and each file's queue holds at most about `maxPendingWeight`
/// (a producer ahead of the consumer waits), so memory is bounded whatever the file sizes.
enum OrderedFileWorkers {
    /// Thrown inside a producer when the consumer has stopped (an error or an interruption).
    struct Cancelled: Error {}

    private final class Queue<T> {
        var items: [T] = []
        var weight = 0
        var done = false
        var error: Error?
    }

    /// Set when the consumer stops (read and written under the lock).
    private final class Stop { var cancelled = false }

    /// Calls `produce(i, sink)` for every file index `0..<count` (on worker threads when
    /// `threads` > 1) and `consume` on the calling thread with every item in file order. A
    /// producer's error is rethrown here when its file's turn comes; a consumer's error stops the
    /// producers (their `sink` throws `Cancelled`) and is rethrown once they have ended.
    static func run<T>(count: Int, threads: Int, maxPendingWeight: Int, weight: @escaping (T) -> Int,
                       produce: @escaping (Int, (T) throws -> Void) throws -> Void,
                       consume: (T) throws -> Void) throws {
        guard threads > 1 && count > 1 else {
            for i in 0..<count { try produce(i, consume) }
            return
        }
        let lock = NSCondition()
        let stop = Stop()
        var queues: [Queue<T>] = []
        var started = 0
        func start(_ i: Int) {
            let q = Queue<T>()
            queues.append(q)
            let thread = Thread {
                var failure: Error?
                do {
                    try produce(i) { item in
                        let w = weight(item)
                        lock.lock()
                        defer { lock.unlock() }
                        while q.weight > 0 && q.weight + w > maxPendingWeight && !stop.cancelled { lock.wait() }
                        if stop.cancelled { throw Cancelled() }
                        q.items.append(item)
                        q.weight += w
                        lock.broadcast()
                    }
                } catch {
                    failure = error
                }
                lock.lock()
                q.done = true
                q.error = failure
                lock.broadcast()
                lock.unlock()
            }
            thread.stackSize = 8 << 20   // the JSON parser recurses into nested values
            thread.start()
        }
        do {
            for i in 0..<count {
                while started < min(count, i + threads) { start(started); started += 1 }
                let q = queues[i]
                while true {
                    lock.lock()
                    while q.items.isEmpty && !q.done { lock.wait() }
                    let batch = q.items
                    let finished = q.done
                    q.items = []
                    q.weight = 0
                    lock.broadcast()
                    lock.unlock()
                    for item in batch { try consume(item) }
                    if finished {
                        if let error = q.error { throw error }
                        break
                    }
                }
            }
        } catch {
            // Stop the producers still running and wait for them: none may outlive the run.
            lock.lock()
            stop.cancelled = true
            lock.broadcast()
            while queues.contains(where: { !$0.done }) { lock.wait() }
            lock.unlock()
            throw error
        }
    }
}
