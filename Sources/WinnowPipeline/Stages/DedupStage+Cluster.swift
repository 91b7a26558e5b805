import WinnowCore

/// Clustering: candidate pairs from the band buckets, confirmed on all threads, joined with
/// union-find on this one.
///
/// Pairs are gathered in bucket order into blocks of `pairsPerBlock` (skipping pairs already in one
/// cluster, and a pair met again under another band in the same block). A block is then measured
/// in waves: a wave takes the block's pairs in order, skipping those already in one cluster and
/// deferring those the wave's earlier pairs would join if they confirm (so a bucket of m copies
/// costs m − 1 measures, not m(m − 1)/2); the wave is measured in parallel and its confirmed pairs
/// joined in order; the deferred pairs make the next wave. The clusters are the connected
/// components of the confirmed pairs, so which pairs are skipped changes work, never the result;
/// waves depend only on the pairs and the joins, so even the counts in stats.json do not depend on
/// the thread count.
///
/// Each bucket's pairs start with a star from the member the survivor rule's cheap keys (date,
/// length) prefer: in a cluster of copies that member is usually the survivor, and the pair each
/// duplicate is first confirmed in is then the very pair its duplicates record measures
/// (`MeasuredPairs`), so `writeDuplicates` need not read both shingle digests again.
extension DedupStage {
    static let pairsPerBlock = 4096
    /// Most pairs one wave measures (a fixed number: the waves must not depend on the threads).
    static let pairsPerWave = 1024
    /// Consecutive pairs one worker measures in a row (they often share a document: its
    /// signature and shingle digest are read once).
    static let pairsPerTask = 64

    func cluster() throws -> (UnionFind, MeasuredPairs) {
        var walk = ClusterWalk(stage: self)
        try buckets.forEachBucket { try walk.bucket($0) }
        try walk.resolve()
        if walk.pairsChecked > 0 { stats.count("candidate_pairs_checked", walk.pairsChecked) }
        if walk.pairsSkipped > 0 { stats.count("candidate_pairs_skipped", walk.pairsSkipped) }
        if walk.pairsConfirmed > 0 { stats.count("pairs_confirmed", walk.pairsConfirmed) }
        return (walk.clusters, walk.measured)
    }
}

/// The state of `cluster`'s walk over the buckets, as a struct with mutating methods: as local
/// variables captured by nested functions it was boxed, and every access to it (several per
/// candidate pair) went through a dynamic exclusivity check (`swift_beginAccess`), ~60% of the
/// pair bookkeeping's instructions. Here the checks are static; the walk is the same.
struct ClusterWalk {
    let stage: DedupStage
    let threshold: Double
    var clusters: UnionFind
    var measured: MeasuredPairs
    private var pending: [(Int32, Int32)] = [], wave: [(Int32, Int32)] = [], deferred: [(Int32, Int32)] = []
    /// Pairs queued in this block (an open-addressing table: the keys need no SipHash).
    private var queued = BlockKeySet(capacity: DedupStage.pairsPerBlock)
    private var links: WaveLinks
    private(set) var pairsChecked = 0, pairsConfirmed = 0, pairsSkipped = 0
    private let threads: Int
    private let readers: [PairReader]
    /// Each bucket member's cluster (`bucket`), reused.
    private var roots: [Int] = []

    init(stage: DedupStage) {
        self.stage = stage
        threshold = stage.config.threshold
        clusters = UnionFind(count: stage.documentCount)
        measured = MeasuredPairs(count: stage.documentCount)
        links = WaveLinks(count: stage.documentCount)
        pending.reserveCapacity(DedupStage.pairsPerBlock)
        threads = max(1, stage.context.threads)
        readers = (0..<threads).map { _ in PairReader(stage: stage) }
    }

    private mutating func measureWave() throws {
        let wave = self.wave, readers = self.readers
        let tasks = (wave.count + DedupStage.pairsPerTask - 1) / DedupStage.pairsPerTask
        let results = parallelMap(tasks, threads: threads) { t, worker -> Result<[PairMeasure?], Error> in
            Result {
                let range = (t * DedupStage.pairsPerTask)..<min(wave.count, (t + 1) * DedupStage.pairsPerTask)
                return try range.map { try readers[worker].pair(Int(wave[$0].0), Int(wave[$0].1)) }
            }
        }
        var p = 0
        for result in results {
            for pair in try result.get() {
                defer { p += 1 }
                guard let pair else { continue }
                let similarity = pair.exact ?? pair.estimate
                pairsChecked += 1
                guard similarity >= threshold else { continue }
                measured.keep(Int(wave[p].0), Int(wave[p].1), pair, prefers: stage.cheaplyPrefers)
                // Counted when the pair joins two clusters: the number of joins, n − clusters.
                if clusters.union(Int(wave[p].0), Int(wave[p].1)) { pairsConfirmed += 1 }
            }
        }
    }

    mutating func resolve() throws {
        while !pending.isEmpty {
            wave.removeAll(keepingCapacity: true)
            deferred.removeAll(keepingCapacity: true)
            for pair in pending {
                let a = clusters.find(Int(pair.0)), b = clusters.find(Int(pair.1))
                if a == b { pairsSkipped += 1; continue }
                if wave.count < DedupStage.pairsPerWave && links.link(a, b) { wave.append(pair) } else { deferred.append(pair) }
            }
            links.reset()
            try measureWave()
            swap(&pending, &deferred)
        }
        queued.removeAll()
    }

    private mutating func candidate(_ i: Int, _ j: Int) throws {
        guard queued.insert(UInt64(min(i, j)) << 32 | UInt64(max(i, j))) else { return }
        pending.append((Int32(i), Int32(j)))
        if pending.count >= DedupStage.pairsPerBlock { try resolve() }
    }

    /// One bucket's candidate pairs (`forEachBucket` order).
    mutating func bucket(_ members: [Int]) throws {
        // Each member's cluster once per bucket (a join in between only makes a pair
        // redundant, which its wave then skips): a bucket already one cluster, as most are
        // under a cluster's other bands, costs no pair.
        roots.removeAll(keepingCapacity: true)
        for m in members { roots.append(clusters.find(m)) }
        guard roots.contains(where: { $0 != roots[0] }) else { return }
        // A star from the preferred member first, then (small buckets) all other pairs, which
        // the waves skip once the star has joined them. A huge bucket (boilerplate-only texts)
        // gets a star from its first member and a chain only, to stay linear: the hub stays the
        // first member there, so its candidate pairs are exactly those of measuring it whole.
        if members.count <= 64 {
            var hub = 0
            for x in 1..<members.count where stage.cheaplyPrefers(members[x], over: members[hub]) { hub = x }
            for x in 0..<members.count where x != hub && roots[x] != roots[hub] { try candidate(members[hub], members[x]) }
            for x in 0..<members.count where x != hub {
                for y in (x + 1)..<members.count where y != hub && roots[x] != roots[y] {
                    try candidate(members[x], members[y])
                }
            }
        } else {
            for x in 1..<members.count where roots[x] != roots[0] { try candidate(members[0], members[x]) }
            // The chain's links not already on the star (member 0 – member 1 is).
            for x in 2..<members.count where roots[x - 1] != roots[x] { try candidate(members[x - 1], members[x]) }
        }
    }
}

/// A wave's tentative joins over cluster roots: `link(a, b)` is false when the wave's earlier
/// pairs already join a and b (if they all confirm), else it joins them. Reset after each wave,
/// touching only what it set.
struct WaveLinks {
    private var parent: [Int32]
    private var touched: [Int32] = []

    init(count: Int) { parent = [Int32](repeating: -1, count: count) }

    private mutating func root(_ x: Int32) -> Int32 {
        var r = x
        while parent[Int(r)] >= 0 {
            let up = parent[Int(r)]
            if parent[Int(up)] >= 0 { parent[Int(r)] = parent[Int(up)] }   // path halving (r is touched)
            r = up
        }
        return r
    }

    mutating func link(_ a: Int, _ b: Int) -> Bool {
        let ra = root(Int32(a)), rb = root(Int32(b))
        if ra == rb { return false }
        parent[Int(rb)] = ra
        touched.append(rb)
        return true
    }

    mutating func reset() {
        for x in touched { parent[Int(x)] = -1 }
        touched.removeAll(keepingCapacity: true)
    }
}

/// A pair's estimated and (with `confirm_exact`) exact Jaccard. Both are symmetric in the pair.
struct PairMeasure {
    var estimate: Double
    var exact: Double?
}

/// Per document, one pair measured at or above the threshold while clustering, with its measure:
/// the one whose other document the survivor rule's cheap keys prefer most (`cheaplyPrefers`,
/// first measured on a tie). A duplicate's record gives its similarity to the survivor, the
/// cluster's most preferred document; when that is the kept pair (a cluster of two, or a star from
/// the survivor), `writeDuplicates` takes it from here instead of reading both signatures and
/// shingle digests back from the spools a second time.
struct MeasuredPairs {
    private var partner: [Int32]
    private var measures: [PairMeasure]

    init(count: Int) {
        partner = [Int32](repeating: -1, count: count)
        measures = [PairMeasure](repeating: PairMeasure(estimate: 0, exact: nil), count: count)
    }

    mutating func keep(_ i: Int, _ j: Int, _ m: PairMeasure, prefers: (Int, Int) -> Bool) {
        if partner[i] < 0 || prefers(j, Int(partner[i])) { partner[i] = Int32(j); measures[i] = m }
        if partner[j] < 0 || prefers(i, Int(partner[j])) { partner[j] = Int32(i); measures[j] = m }
    }

    /// The measure of documents a and b, if it was kept.
    func measure(_ a: Int, _ b: Int) -> PairMeasure? {
        if partner[a] == Int32(b) { return measures[a] }
        if partner[b] == Int32(a) { return measures[b] }
        return nil
    }
}

/// One worker's buffers for measuring pairs: the first document's signature and shingle digest stay
/// cached while it repeats (a bucket's pairs run (0,1), (0,2), ...; a cluster's duplicates are
/// measured against their survivor), the second's are read into reused arrays (a check allocates
/// nothing once warm). One reader per thread: clustering and duplicates both measure through it.
final class PairReader {
    let stage: DedupStage
    private var first = -1
    private var firstSignature: [UInt32] = [], firstSet: [UInt32] = [], firstSetRead = false
    private var otherSignature: [UInt32] = [], otherSet: [UInt32] = []

    init(stage: DedupStage) {
        self.stage = stage
        let k = stage.parameters.permutations
        firstSignature = [UInt32](repeating: 0, count: k)
        otherSignature = firstSignature
    }

    /// The pair's similarity (exact Jaccard with `confirm_exact`, else the estimate); nil when the
    /// estimate is so far below the threshold that the exact check is skipped.
    func pair(_ i: Int, _ j: Int) throws -> PairMeasure? {
        let estimate = try self.estimate(i, j)
        // The estimate's standard error at K = 128 is ≤ 0.045; 0.25 below the threshold is
        // > 5 σ, so skipping the exact check there loses no true pair.
        if estimate < stage.config.threshold - 0.25 { return nil }
        return PairMeasure(estimate: estimate, exact: stage.config.confirmExact ? try exact(i, j) : nil)
    }

    /// Estimated and (with `confirm_exact`) exact Jaccard of documents i and j. Both are symmetric:
    /// pass the document that repeats across calls first.
    func measure(_ i: Int, _ j: Int) throws -> PairMeasure {
        let estimate = try self.estimate(i, j)
        return PairMeasure(estimate: estimate, exact: stage.config.confirmExact ? try exact(i, j) : nil)
    }

    /// With `confirm_exact`, a document's shingle digest is read with its signature (one system call,
    /// not two), before the estimate says whether it is needed: candidate pairs are mostly near
    /// the threshold, so nearly every one goes on to the exact check.
    private func estimate(_ i: Int, _ j: Int) throws -> Double {
        let withSets = stage.config.confirmExact
        if first != i {
            if withSets { try stage.readPieces(i, signature: &firstSignature, digest: &firstSet) }
            else { try stage.readSignature(i, into: &firstSignature) }
            first = i
            firstSetRead = withSets
        }
        if withSets { try stage.readPieces(j, signature: &otherSignature, digest: &otherSet) }
        else { try stage.readSignature(j, into: &otherSignature) }
        return firstSignature.withUnsafeBufferPointer { a in
            otherSignature.withUnsafeBufferPointer { Jaccard.estimate(a, $0) }
        }
    }

    /// After `estimate(i, j)`, which read j's set.
    private func exact(_ i: Int, _ j: Int) throws -> Double {
        if !firstSetRead {
            try stage.readDigest(i, into: &firstSet)
            firstSetRead = true
        }
        return Jaccard.exact(firstSet, otherSet)
    }
}
