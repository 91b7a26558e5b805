import Foundation

/// Produces items for several input files at once on worker threads and hands them to the calling
/// thread strictly in file order (all of file 0's items in the order made, then file 1's, …), so
/// whatever consumes them sees exactly what a serial loop over the files would give: the thread
/// count changes speed only.
///
/// Decompression is a serial stream per file, so files are the unit of parallel work. At most
/// `threads` producers run at once, on files up to `2 × threads` ahead of the one being drained: a
/// producer that finishes its file early (files differ in size) goes on to the next instead of
/// idling until the consumer catches up. Each file's queue holds at most about `maxPendingWeight`
/// (a producer ahead of the consumer waits), so memory is bounded whatever the file sizes. Workers
/// keep going between `drain` calls: the next files are read while the caller works on the last.
final class OrderedFileWorkers<T> {
    /// Thrown inside a producer when the consumer has stopped (an error or an interruption).
    struct Cancelled: Error {}

    private final class Queue {
        var items: [T] = []
        var weight = 0
        var done = false
        var error: Error?
    }

    let count: Int
    private let threads: Int
    private let maxPendingWeight: Int
    private let weight: (T) -> Int
    private let produce: (Int, (T) throws -> Void) throws -> Void
    private let lock = NSCondition()
    private var queues: [Int: Queue] = [:]
    private var started = 0
    /// Producers not done yet (at most `threads`), and the files they may start: below `window`.
    private var running = 0
    private var window = 0
    private var cancelled = false
    /// The next file `drain` must be asked for.
    private(set) var next = 0

    init(count: Int, threads: Int, maxPendingWeight: Int, weight: @escaping (T) -> Int,
         produce: @escaping (Int, (T) throws -> Void) throws -> Void) {
        self.count = count
        self.threads = threads
        self.maxPendingWeight = maxPendingWeight
        self.weight = weight
        self.produce = produce
    }

    deinit { cancel() }

    /// Calls `consume` on this thread with every item of file `i` (files in order: `i == next`).
    /// A producer's error is rethrown here; an error of `consume` stops every worker (their `sink`
    /// throws `Cancelled`) and is rethrown once they have ended.
    func drain(_ i: Int, consume: (T) throws -> Void) throws {
        precondition(i == next && i < count, "files are drained in order")
        next += 1
        guard threads > 1 else { return try produce(i, consume) }
        do {
            lock.lock()
            open(from: i)
            let q = queues[i]!
            lock.unlock()
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
                    lock.lock()
                    queues[i] = nil
                    lock.unlock()
                    if let error = q.error { throw error }
                    return
                }
            }
        } catch {
            cancel()
            throw error
        }
    }

    /// The items made so far for the files after the one being drained (`next` on), in file
    /// order: a look at what the next `drain` calls will hand on, for work that can start early.
    /// Takes nothing out of the queues.
    func peekAhead() -> [T] {
        guard threads > 1 else { return [] }
        lock.lock()
        defer { lock.unlock() }
        return (next..<started).flatMap { queues[$0]?.items ?? [] }
    }

    /// Starts the first files' producers now, before the first `drain` (which would start them):
    /// the caller has other work to do meanwhile.
    func startAhead() {
        guard threads > 1 else { return }
        lock.lock()
        open(from: next)
        lock.unlock()
    }

    /// Lets producers run up to 2 × `threads` files past file `i` and starts them (lock held).
    private func open(from i: Int) {
        window = min(count, i + 2 * threads)
        startMore()
    }

    /// Stops the workers still running and waits for them: none may outlive their consumer.
    func cancel() {
        lock.lock()
        cancelled = true
        lock.broadcast()
        while queues.values.contains(where: { !$0.done }) { lock.wait() }
        lock.unlock()
    }

    /// Starts files in order while fewer than `threads` producers run (under `lock`). Files start
    /// in order, so the file being drained always has its producer, and a producer waiting on a
    /// full queue holds a file before it: the consumer reaches it.
    private func startMore() {
        while running < threads && started < window && !cancelled {
            start(started)
            started += 1
            running += 1
        }
    }

    /// Under `lock`.
    private func start(_ i: Int) {
        let q = Queue()
        queues[i] = q
        let (produce, weight, lock, max) = (self.produce, self.weight, self.lock, maxPendingWeight)
        // The worker holds the object weakly: dropping it cancels (deinit) instead of leaking it.
        let thread = Thread { [weak self] in
            var failure: Error?
            do {
                try produce(i) { item in
                    let w = weight(item)
                    lock.lock()
                    defer { lock.unlock() }
                    while q.weight > 0 && q.weight + w > max && !(self?.cancelled ?? true) { lock.wait() }
                    if self?.cancelled ?? true { throw Cancelled() }
                    q.items.append(item)
                    q.weight += w
                    lock.broadcast()
                }
            } catch {
                failure = error
            }
            // The next file in the window takes this producer's place. The owner is released
            // after the lock (its deinit takes it: cancel).
            let owner = self
            withExtendedLifetime(owner) {
                lock.lock()
                q.done = true
                q.error = failure
                if let owner {
                    owner.running -= 1
                    owner.startMore()
                }
                lock.broadcast()
                lock.unlock()
            }
        }
        thread.stackSize = 8 << 20   // the JSON parser recurses into nested values
        thread.start()
    }

    /// Every file's items, in order, through `consume` (the workers end with this call).
    static func run(count: Int, threads: Int, maxPendingWeight: Int, weight: @escaping (T) -> Int,
                    produce: @escaping (Int, (T) throws -> Void) throws -> Void,
                    consume: (T) throws -> Void) throws {
        let workers = OrderedFileWorkers(count: count, threads: threads, maxPendingWeight: maxPendingWeight,
                                         weight: weight, produce: produce)
        for i in 0..<count { try workers.drain(i, consume: consume) }
    }
}
