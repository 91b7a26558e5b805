import Foundation

/// One thread of its own running submitted work strictly in submission order, with at most
/// `capacity` pieces submitted and not finished (`submit` waits for room): the caller goes on while
/// it runs, and memory stays bounded. With `inline` the work runs in `submit`, at once.
///
/// After a piece fails, the ones after it are dropped (never run) and the error is rethrown by the
/// next `submit` or `drain`. The thread holds the worker until `stop` (the owner calls it); work
/// submitted after `stop` runs inline.
final class SerialWorker {
    private let lock = NSCondition()
    private var queue: [() throws -> Void] = []
    private var running = false
    private var failure: Error?
    private var stopping = false
    private var exited = true
    private let capacity: Int
    /// Seconds the thread ran work, and seconds it waited for work between its first piece and
    /// `stop` (read after `stop`): with the submitter's own waits, which side held the other up.
    private(set) var busySeconds = 0.0, idleSeconds = 0.0

    init(capacity: Int, inline: Bool = false) {
        self.capacity = max(1, capacity)
        guard !inline else { return }
        exited = false
        let thread = Thread { [lock] in self.loop(lock) }
        thread.stackSize = 8 << 20   // the JSON parser recurses into nested values
        thread.start()
    }

    /// Queues `work` (waiting while `capacity` pieces are pending); rethrows an earlier failure.
    func submit(_ work: @escaping () throws -> Void) throws {
        lock.lock()
        while !exited && failure == nil && queue.count + (running ? 1 : 0) >= capacity { lock.wait() }
        if let e = failure {
            lock.unlock()
            throw e
        }
        if !exited {
            queue.append(work)
            lock.broadcast()
            lock.unlock()
            return
        }
        lock.unlock()
        do { try work() } catch {
            failure = error
            throw error
        }
    }

    /// Waits until everything submitted has run; rethrows a failure.
    func drain() throws {
        lock.lock()
        defer { lock.unlock() }
        while failure == nil && (!queue.isEmpty || running) { lock.wait() }
        if let e = failure { throw e }
    }

    /// Drops what has not started, waits for the piece running, and ends the thread.
    func stop() {
        lock.lock()
        queue.removeAll()
        stopping = true
        lock.broadcast()
        while !exited { lock.wait() }
        lock.unlock()
    }

    private func loop(_ lock: NSCondition) {
        lock.lock()
        var started = false
        while true {
            let waitStart = monotonicSeconds()
            while queue.isEmpty && !stopping { lock.wait() }
            if stopping { break }
            if started { idleSeconds += monotonicSeconds() - waitStart }
            started = true
            let work = queue.removeFirst()
            running = true
            lock.unlock()
            var error: Error?
            let workStart = monotonicSeconds()
            do { try work() } catch let e { error = e }
            busySeconds += monotonicSeconds() - workStart
            lock.lock()
            running = false
            if let error, failure == nil {
                failure = error
                queue.removeAll()   // what follows a failure never runs
            }
            lock.broadcast()
        }
        exited = true
        lock.broadcast()
        lock.unlock()
    }
}
