/// Disjoint sets over 0..<count, for grouping near-duplicate documents into clusters.
///
/// Union by size with path compression: near-constant time per operation. Deterministic: on equal
/// sizes the smaller index becomes the root, so the same unions in the same order always give the
/// same roots.
public struct UnionFind: Sendable {
    private var parent: [Int32]
    private var size: [Int32]

    public init(count: Int) {
        precondition(count >= 0 && count < Int(Int32.max))
        parent = (0..<Int32(count)).map { $0 }
        size = [Int32](repeating: 1, count: count)
    }

    public var count: Int { parent.count }

    /// The representative of `x`'s set. Compresses the path it walks.
    public mutating func find(_ x: Int) -> Int {
        var root = Int32(x)
        while parent[Int(root)] != root { root = parent[Int(root)] }
        var node = Int32(x)
        while parent[Int(node)] != root {
            let next = parent[Int(node)]
            parent[Int(node)] = root
            node = next
        }
        return Int(root)
    }

    /// Merges the sets of `a` and `b`; returns false when they were already one set.
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Bool {
        var ra = find(a), rb = find(b)
        if ra == rb { return false }
        if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
        return true
    }

    /// Number of elements in `x`'s set.
    public mutating func setSize(_ x: Int) -> Int { Int(size[find(x)]) }

    /// Every set with more than one element, each sorted, ordered by its smallest element.
    public mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for x in 0..<count { byRoot[find(x), default: []].append(x) }
        return byRoot.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}
