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
        // The label set off by a dash, as older wire captions print it.
        XCTAssertTrue(opens("FILE PHOTO - U.S. Ambassador Jane Doe arrives at the Capitol in Washington. REUTERS/John Roe"))
        XCTAssertTrue(opens("File photo – The harbour at dawn"))
        XCTAssertFalse(opens("FILE PHOTO -"), "the label alone")
        XCTAssertFalse(opens("FILED PHOTOS - a line that only looks like one"))
        XCTAssertFalse(opens("WASHINGTON - The Senate voted on Tuesday"), "a dateline lede stays one")
    }

    /// A Reuters caption set off by a dash between two paragraphs of one article: no second story.
    func testDashCaptionMidArticleDoesNotSplitIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let para = "The committee released the transcript of the ambassador's testimony on Tuesday, and lawmakers from both parties said the account raised new questions about the aid."
        let text = """
        Diplomat's testimony to become public

        \(para)

        Lawmakers said the ambassador would be asked to return to the committee next week to answer questions about the text messages.

        FILE PHOTO - U.S. Ambassador Jane Doe arrives to review her previous testimony to the House committee on Capitol Hill in Washington, U.S., November 4, 2019. REUTERS/John Roe

        Democrats accuse the president of misusing taxpayer dollars destined for a vulnerable U.S. ally for personal political gain. The president denies any wrongdoing.

        Senate Republicans have so far shown little appetite for removing the president, and the majority leader said the vote would fail.
        """
        let stories = splitter.split(classifier.classify(text), record: true)
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains("Senate Republicans have so far") == true)
    }
}
