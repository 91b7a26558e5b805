import Dispatch

/// Compresses chunks into gzip members in the background while the caller gathers the next ones,
/// and hands the members back strictly in submission order (so output does not depend on timing
/// or the thread count).
///
/// At most `compressorCount` jobs are in flight: submitting one more first waits for the oldest.
/// Job s uses compressor `s % compressorCount`; job s + count is only started once job s has been
/// collected, so no compressor is ever used by two jobs at once. Memory stays bounded to a few
/// chunks.
final class MemberPipeline {
    private final class Job {
        let chunk: [UInt8]
        let records: Int
        var member: [UInt8] = []
        let done = DispatchSemaphore(value: 0)
        init(chunk: [UInt8], records: Int) {
            self.chunk = chunk
            self.records = records
        }
    }

    private let compressor: MemberCompressor
    private let queue = DispatchQueue(label: "winnow.write.compress", attributes: .concurrent)
    private var jobs: [Job] = []
    private var submitted = 0
    /// Seconds the caller spent waiting for a member (compression it could not overlap).
    private(set) var waitSeconds = 0.0

    init(compressor: MemberCompressor) {
        self.compressor = compressor
    }

    deinit { waitAll() }

    /// Starts compressing `chunk`; first delivers the oldest member if the pipeline is full.
    func submit(_ chunk: [UInt8], records: Int, deliver: ([UInt8], Int) throws -> Void) throws {
        if jobs.count >= compressor.compressorCount { try deliverOldest(deliver) }
        let job = Job(chunk: chunk, records: records)
        let index = submitted % compressor.compressorCount
        submitted += 1
        jobs.append(job)
        let compressor = self.compressor
        queue.async {
            job.member = compressor.compress(job.chunk, compressor: index)
            job.done.signal()
        }
    }

    /// Delivers every member still in flight, in order.
    func drain(_ deliver: ([UInt8], Int) throws -> Void) throws {
        while !jobs.isEmpty { try deliverOldest(deliver) }
    }

    /// Waits for the jobs in flight and drops their output (an abandoned write).
    func waitAll() {
        for job in jobs { job.done.wait() }
        jobs.removeAll()
    }

    private func deliverOldest(_ deliver: ([UInt8], Int) throws -> Void) throws {
        let job = jobs.removeFirst()
        let start = monotonicSeconds()
        job.done.wait()
        waitSeconds += monotonicSeconds() - start
        try deliver(job.member, job.records)
    }
}
