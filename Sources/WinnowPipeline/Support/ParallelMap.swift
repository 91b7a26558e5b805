import Dispatch
import Synchronization

/// Runs `body` for every index in parallel (when `threads` > 1) and returns results in index order,
/// so output does not depend on the thread count.
///
/// Work sharing: each worker takes the next unclaimed index (an atomic counter), so one big item
/// does not leave the other workers idle behind it. `body` gets `(index, worker)`, worker in
/// `0..<min(threads, count)`, for per-thread state (a classifier, a hasher, a compressor).
///
/// `costs`: each item's expected work (its bytes, say). Given, items are claimed largest first, so
/// the batch ends on small items and its tail (the last item running alone while the other workers
/// wait) is short. Only the claim order changes: results stay in index order.
///
/// `idle`: work for a worker that has run out of items while others still run theirs (the tail),
/// called again until it returns false (nothing to do) or the others are done. Its work must not
/// be the batch's: it runs ahead for a later call (see `CleanSplitStage`).
func parallelMap<T>(_ count: Int, threads: Int, costs: [Int]? = nil,
                    idle: ((_ worker: Int) -> Bool)? = nil,
                    _ body: (_ index: Int, _ worker: Int) -> T) -> [T] {
    if threads <= 1 || count <= 1 { return (0..<count).map { body($0, 0) } }
    let order = costs.map(claimOrder)
    var results = [T?](repeating: nil, count: count)
    let next = Atomic<Int>(0)
    let workers = min(threads, count)
    let working = Atomic<Int>(workers)
    results.withUnsafeMutableBufferPointer { out in
        let slots = out
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while true {
                let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard k < count else { break }
                let i = order?[k] ?? k
                slots[i] = body(i, worker)
            }
            // Out of items: the others may still be on their last ones.
            var others = working.wrappingSubtract(1, ordering: .acquiringAndReleasing).newValue
            guard let idle else { return }
            while others > 0 && idle(worker) { others = working.load(ordering: .acquiring) }
        }
    }
    return results.map { $0! }
}

/// The order `parallelMap` claims items in, given their costs: largest first, equal costs in index
/// order (stable).
func claimOrder(_ costs: [Int]) -> [Int] {
    costs.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
}
