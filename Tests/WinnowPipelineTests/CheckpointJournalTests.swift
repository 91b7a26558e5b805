import XCTest
@testable import WinnowPipeline

/// The checkpoint's journal across resumes.
final class CheckpointJournalTests: XCTestCase {
    /// Killed after the index commit, then killed again while resuming (before that resume's own
    /// commit): the next resume must still know the batch in the index may be this job's own.
    func testTheIndexCommitMarkSurvivesAResume() throws {
        let out = try temporaryDirectory(self)
        let first = try Checkpoint.create(output: out, header: ["fingerprint": .string("job")])
        _ = try first.append(.rejection, Array("{}".utf8))
        try first.finishInputs(through: 0, stats: .array([]))
        try first.markIndexCommit()
        first.close()
        let found = try XCTUnwrap(Checkpoint.find(output: out))
        XCTAssertTrue(found.indexCommitStarted)
        XCTAssertEqual(found.finishedInputs, 1)
        let resumed = try Checkpoint.resume(output: out, found: found)   // rewrites the journal
        resumed.close()
        let again = try XCTUnwrap(Checkpoint.find(output: out))
        XCTAssertTrue(again.indexCommitStarted)
        XCTAssertEqual(again.finishedInputs, 1)
        XCTAssertEqual(again.fingerprint, .string("job"))
    }
}

/// The checkpoint holds only its last journal entry (one per step would grow with the input);
/// a resume still finds every finished input from the journal.
final class CheckpointLastEntryTests: XCTestCase {
    func testOnlyTheLastEntryIsHeldAndResumeSeesAllFinishedInputs() throws {
        let out = try temporaryDirectory(self)
        let cp = try Checkpoint.create(output: out, header: ["fingerprint": .string("job")])
        for i in 0..<5 {
            _ = try cp.append(.rejection, Array("{}".utf8))
            try cp.finishInputs(through: i * 2 + 1, stats: .object(["step": .int(i)]))
        }
        XCTAssertEqual(cp.lastEntry?.input, 9)
        XCTAssertEqual(cp.lastEntry?.stats, .object(["step": .int(4)]))
        XCTAssertEqual(cp.finishedInputs, 10)
        cp.close()
        let found = try XCTUnwrap(Checkpoint.find(output: out))
        XCTAssertEqual(found.entries.map(\.input), [1, 3, 5, 7, 9])
        let resumed = try Checkpoint.resume(output: out, found: found)
        XCTAssertEqual(resumed.finishedInputs, 10)
        XCTAssertEqual(resumed.lastEntry?.eventsEnd, found.entries.last?.eventsEnd)
        resumed.close()
    }
}
