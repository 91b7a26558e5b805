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
        trimmer.release()   // sets the ceiling
        trimmer.release()
        #endif
    }
}
