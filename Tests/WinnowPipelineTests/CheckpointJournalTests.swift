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
