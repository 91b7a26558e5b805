/// Record ids: stable, documented, derived from where a story came from and what it says.
///
/// - A JSONL record that is not split keeps its own id (the `id` field), as a user running the
///   dedup-only pipeline on an existing corpus expects.
/// - A JSONL record split into several stories: `<id>#<k>` (k from 0).
/// - Otherwise: `wn-` + the first 16 hex digits of SHA-256 over the input file's base name, the
///   story's index in that file and the story's text (NUL-separated). The base name, not the
///   path, so `winnow run ./dumps` and `winnow run /abs/dumps` give the same ids.
enum DocumentID {
    static func derive(recordID: String?, storyIndex: Int, storyCount: Int?, source: String, text: String) -> String {
        if let recordID {
            if storyCount == 1 { return recordID }
            return "\(recordID)#\(storyIndex)"
        }
        let base = source.split(separator: "/").last.map(String.init) ?? source
        var h = SHA256()
        h.update(base.utf8)
        h.update([0])
        h.update(String(storyIndex).utf8)
        h.update([0])
        h.update(text.utf8)
        return "wn-" + h.finalizeHex().prefix(16)
    }
}

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

import Dispatch
