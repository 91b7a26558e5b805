#if canImport(Glibc)
import Glibc
#endif

/// Wall and CPU seconds of a run's consecutive phases (learned pass, main pass, dedup's finish, …),
/// for `stats.json`'s `phases`.
///
/// Why: a stage's `seconds` is wall time on the thread that called it, and the stages overlap
/// (the back end runs beside the front end, a stage shares its batch out among threads), so their
/// sum says nothing about how busy the cores were. A phase's CPU seconds over its wall seconds
/// does: near the thread count, the phase keeps every core busy; near 1, it runs one thread at a
/// time (a serial section). CPU seconds also hold on a loaded machine, where wall seconds do not.
final class RunPhases {
    private struct Mark {
        var wall: Double
        var cpu: Double
    }

    private var last: Mark
    private var phases: [(name: String, wall: Double, cpu: Double)] = []

    init() { last = Mark(wall: monotonicSeconds(), cpu: processCPUSeconds()) }

    /// Ends the current phase under `name`; the next one starts now.
    func end(_ name: String) {
        let now = Mark(wall: monotonicSeconds(), cpu: processCPUSeconds())
        phases.append((name, now.wall - last.wall, now.cpu - last.cpu))
        last = now
    }

    /// `{"<phase>": {"wall", "cpu"}, …}` in seconds (times: they differ run to run).
    var json: JSONValue {
        var o: [String: JSONValue] = [:]
        for p in phases { o[p.name] = .object(["wall": .double(rounded(p.wall)), "cpu": .double(rounded(p.cpu))]) }
        return .object(o)
    }

    private func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}

/// User and system CPU seconds of this process so far (every thread).
func processCPUSeconds() -> Double {
    let (user, system) = processCPUTimes()
    return user + system
}

/// User and system CPU seconds of this process so far, apart.
func processCPUTimes() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(rusageSelf, &usage)
    let t = { (v: timeval) in Double(v.tv_sec) + Double(v.tv_usec) / 1e6 }
    return (t(usage.ru_utime), t(usage.ru_stime))
}

#if os(Linux)
private let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let rusageSelf = RUSAGE_SELF
#endif
