
/// Compresses chunks into gzip members in the background while the caller gathers the next ones,
/// and hands the members back strictly in submission order (so output does not depend on timing
/// or the thread count).
///
/// At most `compressorCount` jobs are in flight: submitting one more first waits for the oldest.
/// They run on the shared worker pool (`BackgroundJob(pooled:)`), so however many are in flight, no
/// more compress at once than there are cores, and no thread is started per member.
/// Job s uses compressor `s % compressorCount`; job s + count is only started once job s has been
/// collected, so no compressor is ever used by two jobs at once. Memory stays bounded to a few
/// chunks.
final class MemberPipeline {
    private let compressor: MemberCompressor
    /// Jobs in flight, oldest first, with their record counts.
    private var jobs: [(job: BackgroundJob<[UInt8]>, records: Int)] = []
    private var submitted = 0
    /// One thread: each chunk is compressed inline, on submission (nothing to overlap with).
    private let inline: Bool
    /// Seconds the caller spent compressing inline or waiting for a member (compression it could
    /// not overlap).
    private(set) var waitSeconds = 0.0

    init(compressor: MemberCompressor, inline: Bool = false) {
        self.compressor = compressor
        self.inline = inline
    }

    deinit { waitAll() }

    /// Starts compressing `chunk`; first delivers the oldest member if the pipeline is full.
    func submit(_ chunk: [UInt8], records: Int, deliver: ([UInt8], Int) throws -> Void) throws {
        if jobs.count >= compressor.compressorCount { try deliverOldest(deliver) }
        let index = submitted % compressor.compressorCount
        submitted += 1
        let compressor = self.compressor
        let start = monotonicSeconds()
        let body = { compressor.compress(chunk, compressor: index) }
        jobs.append((inline ? BackgroundJob(inline: true, body) : BackgroundJob(pooled: body), records))
        if inline { waitSeconds += monotonicSeconds() - start }
    }

    /// Delivers every member still in flight, in order.
    func drain(_ deliver: ([UInt8], Int) throws -> Void) throws {
        while !jobs.isEmpty { try deliverOldest(deliver) }
    }

    /// Waits for the jobs in flight and drops their output (an abandoned write).
    func waitAll() {
        for entry in jobs { _ = try? entry.job.join() }
        jobs.removeAll()
    }

    private func deliverOldest(_ deliver: ([UInt8], Int) throws -> Void) throws {
        let entry = jobs.removeFirst()
        let start = monotonicSeconds()
        let member = try entry.job.join()
        waitSeconds += monotonicSeconds() - start
        try deliver(member, entry.records)
    }
}
