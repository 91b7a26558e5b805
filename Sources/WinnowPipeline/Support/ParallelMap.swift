import Dispatch
import Synchronization

/// Runs `body` for every index in parallel (when `threads` > 1) and returns results in index order,
/// so output does not depend on the thread count.
///
/// Work sharing: each worker takes the next unclaimed index (an atomic counter), so one big item
/// does not leave the other workers idle behind it. `body` gets `(index, worker)`, worker in
/// `0..<min(threads, count)`, for per-thread state (a classifier, a hasher, a compressor).
func parallelMap<T>(_ count: Int, threads: Int, _ body: (_ index: Int, _ worker: Int) -> T) -> [T] {
    if threads <= 1 || count <= 1 { return (0..<count).map { body($0, 0) } }
    var results = [T?](repeating: nil, count: count)
    let next = Atomic<Int>(0)
    results.withUnsafeMutableBufferPointer { out in
        let slots = out
        DispatchQueue.concurrentPerform(iterations: min(threads, count)) { worker in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < count else { break }
                slots[i] = body(i, worker)
            }
        }
    }
    return results.map { $0! }
}
