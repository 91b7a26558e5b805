import XCTest
@testable import WinnowPipeline

/// The trim policy reads resident memory from /proc/self/statm: it must parse to a plausible size
/// and follow an allocation that is touched.
final class MemoryTrimTests: XCTestCase {
    func testResidentBytesFollowsTouchedMemory() throws {
        #if os(Linux)
        let before = try XCTUnwrap(residentBytes())
        XCTAssertGreaterThan(before, 1 << 20)
        let size = 64 << 20
        let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 4096)
        defer { block.deallocate() }
        block.initializeMemory(as: UInt8.self, repeating: 1, count: size)
        let after = try XCTUnwrap(residentBytes())
        XCTAssertGreaterThan(after, before + size / 2)
        var trimmer = MemoryTrimmer()
        trimmer.release()   // the first call trims
        trimmer.release()
        #endif
    }

    /// The first call trims; later ones only above an eighth over the first resident size and
    /// twice what the last trim left (a batch's freed pages are reused, not handed back and
    /// faulted in again).
    func testTrimsOnlyAboveBothCeilings() {
        var trimmer = MemoryTrimmer()
        XCTAssertTrue(trimmer.shouldTrim(resident: 80 << 20))
        trimmer.trimmed(before: 80 << 20, leaving: 40 << 20)   // first ceiling 90 MB
        XCTAssertFalse(trimmer.shouldTrim(resident: 90 << 20), "below the first ceiling")
        XCTAssertTrue(trimmer.shouldTrim(resident: 91 << 20))
        trimmer.trimmed(before: 91 << 20, leaving: 100 << 20)   // the live heap grew: so does the ceiling
        XCTAssertFalse(trimmer.shouldTrim(resident: 126 << 20), "a quarter over the live heap is a batch's churn")
        XCTAssertFalse(trimmer.shouldTrim(resident: 200 << 20), "up to twice the live heap")
        XCTAssertTrue(trimmer.shouldTrim(resident: 201 << 20))
        trimmer.trimmed(before: 201 << 20, leaving: 40 << 20)   // the live heap shrank: the first ceiling holds
        XCTAssertFalse(trimmer.shouldTrim(resident: 90 << 20), "over twice the live heap but not over the first ceiling")
        XCTAssertTrue(trimmer.shouldTrim(resident: 91 << 20))
    }
}
