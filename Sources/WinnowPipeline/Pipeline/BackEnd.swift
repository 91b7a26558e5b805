import Foundation

/// Runs the stages after split (checkpoint, then dedup's signing and spooling, or write) on a
/// thread of their own, one batch behind the front end (read, clean, split), so the two overlap:
/// the front end's idle moments (the tail of a batch shared out among threads, a file still being
/// decoded) are filled with the back end's work instead of waiting for it.
///
/// Deterministic: while the front end runs, what it makes (stories, and rejections, which
/// `RunContext.deferred` hands here) is kept as events in the order made, and the back end
/// applies them in that order. Rejections are written (and checkpointed) where a serial run
/// writes them, and dedup's own (`no_words`) land between them where they always did.
///
/// Bounded: at most two batches of events are in flight behind the front end (one applied, one
/// waiting: a short batch of the front end need not wait for a long one of the back end); handing
/// on another waits for room. A step is journaled as finished by the back end, after its events: a
/// step counts as finished only once checkpointed. With one thread the back end runs inline.
final class BackEnd {
    private enum Event {
        case rejection(Rejection, log: Bool)
        case documents([Document])
    }

    private let next: Pipe<Document>
    private let context: RunContext
    private let checkpointStage: CheckpointStage
    private var events: [Event] = []
    private let worker: SerialWorker
    /// Seconds the front end waited for the back end (work it could not overlap).
    private(set) var waitSeconds = 0.0
    /// Seconds the back end's thread worked, and waited for the front end (after `finishSteps`).
    var busySeconds: Double { worker.busySeconds }
    var idleSeconds: Double { worker.idleSeconds }

    /// `next`: the checkpoint stage's pipe (into dedup or write).
    init(next: Pipe<Document>, context: RunContext, checkpointStage: CheckpointStage, threads: Int) {
        self.next = next
        self.context = context
        self.checkpointStage = checkpointStage
        worker = SerialWorker(capacity: 2, inline: threads <= 1)
    }

    deinit { abandon() }

    /// Where the front end's stories go: each batch is handed on as it comes, with the rejections
    /// made before it.
    var input: Pipe<Document> {
        Pipe(push: { [unowned self] docs in
            events.append(.documents(docs))
            try handOn()
        }, finish: { [unowned self] in
            try finishSteps()
            try next.finish()   // dedup's clustering and the write: after the last step, here
        })
    }

    /// From now on the front end's rejections wait for the back end (call after any replay).
    func start() {
        // Only the front end's thread defers: a stage on the back end must call `rejectHere`
        // (appending here from there would race and put the rejection out of order).
        let frontEnd = Thread.current
        context.deferred = { [unowned self] r, log in
            precondition(Thread.current === frontEnd, "a rejection deferred from the back end: use rejectHere")
            events.append(.rejection(r, log: log))
        }
    }

    /// Hands on what the front end made since the last hand-off, then `after` (a step's journal
    /// line), to run after the batches before it.
    func handOn(then after: (() throws -> Void)? = nil) throws {
        let batch = events
        events = []
        let (context, stage, next) = (self.context, checkpointStage, self.next)
        let start = monotonicSeconds()
        defer { waitSeconds += monotonicSeconds() - start }
        try worker.submit {
            stage.recording = true   // upstream rejections and stories go into the checkpoint
            defer { stage.recording = false }
            for event in batch {
                switch event {
                case .rejection(let r, let log): try context.rejectHere(r, log: log)
                case .documents(let docs): try next.push(docs)
                }
            }
            try after?()
        }
    }

    /// Waits for the back end to finish every step handed on, and stops deferring (what comes
    /// after runs here).
    func finishSteps() throws {
        if !events.isEmpty { try handOn() }
        let start = monotonicSeconds()
        defer { waitSeconds += monotonicSeconds() - start }
        try worker.drain()
        worker.stop()
        context.deferred = nil
    }

    /// A failed or interrupted run: waits for the batch being applied (it must not outlive what
    /// it writes to) and drops the rest.
    func abandon() {
        worker.stop()
        events = []
        context.deferred = nil
    }
}
