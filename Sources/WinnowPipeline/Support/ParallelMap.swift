import Dispatch

/// Runs `body` for every index in parallel (when `threads` > 1) and returns results in index order,
/// so output does not depend on the thread count.
func parallelMap<T>(_ count: Int, threads: Int, _ body: (Int) -> T) -> [T] {
    if threads <= 1 || count <= 1 { return (0..<count).map(body) }
    var results = [T?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { out in
        let slots = out
        DispatchQueue.concurrentPerform(iterations: min(threads, count)) { worker in
            var i = worker
            while i < count {
                slots[i] = body(i)
                i += threads
            }
        }
    }
    return results.map { $0! }
}
