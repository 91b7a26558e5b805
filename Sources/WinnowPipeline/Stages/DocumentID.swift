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
        var h = SHA256()
        // The base name's bytes straight from the path (no split, no copies of the text): the
        // last non-empty `/`-separated component, or the whole path if it has none.
        var source = source
        source.withUTF8 { path in
            var end = path.count
            while end > 0 && path[end - 1] == 0x2F { end -= 1 }
            let base = end == 0 ? path[...] : path[((path[..<end].lastIndex(of: 0x2F) ?? -1) + 1)..<end]
            h.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: base)))
        }
        // NUL, the decimal index, NUL: written into a small stack buffer (no String for the digits).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buf in
            var n = 0
            buf[n] = 0; n += 1
            if storyIndex < 0 { buf[n] = 0x2D; n += 1 }
            var v = storyIndex.magnitude, digits = 0
            repeat { digits += 1; v /= 10 } while v > 0
            v = storyIndex.magnitude
            for k in stride(from: n + digits - 1, through: n, by: -1) { buf[k] = 0x30 + UInt8(v % 10); v /= 10 }
            n += digits
            buf[n] = 0; n += 1
            h.update(UnsafeRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buf)[..<n]))
        }
        h.update(text.utf8)
        let w = h.finalizeWords()
        return SHA256.hex([w.0, w.1], prefix: "wn-")
    }
}
