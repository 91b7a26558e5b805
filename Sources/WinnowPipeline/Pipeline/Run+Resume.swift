/// The run's side of checkpoint and resume (see `Checkpoint.swift` and `Resume.swift`).
extension WinnowRun {
    /// A new checkpoint, or the interrupted run's one continued.
    func openCheckpoint() throws -> Checkpoint {
        if let found = resumeFrom { return try Checkpoint.resume(output: options.output, found: found) }
        return try Checkpoint.create(output: options.output, header: [
            "fingerprint": fingerprint,
            "replaced_earlier_run": .bool(indexSession?.replacedEarlierRun ?? false),
        ])
    }

    /// Feeds the finished inputs' stories and rejections, in their original order, to the stages
    /// after the checkpoint (dedup or write), and restores the upstream stages' counters.
    ///
    /// Stories are pushed in batches cut at every rejection, so the rejections dedup makes again
    /// (`no_words`) land between the replayed ones exactly where the interrupted run wrote them.
    func replay(_ checkpoint: Checkpoint, into next: Pipe<Document>, context: RunContext, upstream: [StageStats]) throws {
        guard let last = checkpoint.lastEntry else { return }
        var batch: [Document] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            try next.push(batch)
            batch.removeAll(keepingCapacity: true)
            try Interruption.check()
        }
        try checkpoint.replay { kind, payload, offset in
            switch kind {
            case .document:
                var doc = try CheckpointCodec.document(payload)
                if doc.record != nil { doc.checkpointOffset = offset }   // the record leads the payload
                batch.append(doc)
                if batch.count >= 512 { try flush() }
            case .rejection:
                try flush()
                try context.reject(try CheckpointCodec.rejection(payload), log: false)
            }
        }
        try flush()
        restore(upstream, from: last.stats)
    }

    /// The upstream stages' counters after an input, for the journal.
    func snapshot(_ stats: [StageStats]) -> JSONValue {
        .array(stats.map { s in
            .object([
                "name": .string(s.name), "seen": .int(s.seen), "passed": .int(s.passed), "seconds": .double(s.seconds),
                "dropped": .object(s.dropped.mapValues { .int($0) }),
                "counters": .object(s.counters.mapValues { .int($0) }),
            ])
        })
    }

    /// `front` (a snapshot of the stages before the checkpoint) followed by `stats`' snapshot:
    /// the journal's counters when the back end checkpoints a step the front end has left.
    func snapshot(_ front: JSONValue, then stats: [StageStats]) -> JSONValue {
        guard case .array(let a) = front, case .array(let b) = snapshot(stats) else { return front }
        return .array(a + b)
    }

    private func restore(_ stats: [StageStats], from snapshot: JSONValue) {
        guard case .array(let items) = snapshot else { return }
        for (s, item) in zip(stats, items) {
            guard case .object(let o) = item, o["name"]?.stringValue == s.name else { continue }
            if case .int(let v)? = o["seen"] { s.seen = v }
            if case .int(let v)? = o["passed"] { s.passed = v }
            switch o["seconds"] {
            case .double(let v)?: s.seconds = v
            case .int(let v)?: s.seconds = Double(v)
            default: break
            }
            s.dropped = ints(o["dropped"])
            s.counters = ints(o["counters"])
        }
    }

    private func ints(_ v: JSONValue?) -> [String: Int] {
        guard case .object(let o)? = v else { return [:] }
        return o.compactMapValues { if case .int(let i) = $0 { return i } else { return nil } }
    }

    /// The manifest's `index` entry. A resume that had to replace its own half-finished batch
    /// reports what the interrupted run found, so the manifest matches an uninterrupted run's.
    func indexManifestEntry(_ session: IndexSession) -> JSONValue {
        guard case .object(var o) = session.manifestEntry else { return session.manifestEntry }
        if let original = resumeFrom?.header["replaced_earlier_run"] { o["replaced_earlier_run"] = original }
        return .object(o)
    }
}
