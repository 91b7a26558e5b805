import XCTest
@testable import WinnowPipeline

/// A wire picture's caption (`FILE PHOTO: U.S. President Donald Trump speaks … REUTERS/Jane Doe`)
/// has a capitals dateline's shape, but a page sets it wherever its picture is: it starts no story.
final class SplitFilePhotoCaptionTests: XCTestCase {
    /// A Reuters article from allsides-dev (`Fixtures/split/file-photo-caption.txt`) with its
    /// picture's caption after the twentieth paragraph; it opened a second story there.
    func testCaptionMidArticleDoesNotSplitIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let url = CleaningFixtures.root.appendingPathComponent("Fixtures/split/file-photo-caption.txt")
        let stories = splitter.split(classifier.classify(try String(contentsOf: url, encoding: .utf8)), record: true)
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains("FILE PHOTO: U.S. President Donald Trump speaks") == true)
    }

    func testLabel() {
        func opens(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { BoundaryPlanner.opensFilePhoto($0) } }
        XCTAssertTrue(opens("FILE PHOTO: Protesters gather outside the court. REUTERS/Jane Doe"))
        XCTAssertTrue(opens("File photos: The harbour at dawn"))
        XCTAssertFalse(opens("FILE PHOTO:"), "the label alone")
        XCTAssertFalse(opens("The file photo: a picture the paper ran in 2019 showed the harbour at dawn."))
        XCTAssertFalse(opens("BRUSSELS: EU ministers met on Tuesday"))
    }
}
