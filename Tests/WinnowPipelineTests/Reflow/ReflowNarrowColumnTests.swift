import XCTest
@testable import WinnowPipeline

/// A newspaper archive's OCR set in narrow columns (under 30 characters a line): the text is
/// wrapped, so its headline in capitals, broken over several lines, is one title.
final class ReflowNarrowColumnTests: XCTestCase {
    static let body = [
        "JERUSALEM, Israel - Jesus", "said in Matthew 6, \"Where", "your treasure is, there will",
        "your heart be also,\" and", "Christians around the world", "are preparing to connect",
        "their hearts and their busi-", "nesses to Israel at a groun-", "dbreaking summit next week.",
        "More than 600 businessmen", "and women from more than 50", "countries will come to Israel",
        "on Dec. 4 to connect with", "and invest in Israeli busi-", "ness leaders for the second",
        "annual conference, which", "opens in Jerusalem on a", "Wednesday this year.",
    ]

    func testACapitalsHeadlineOverSeveralNarrowLinesIsOneTitle() throws {
        let text = ["CHRISTIAN CEOS WORLDWIDE GEAR", "UP TO 'HUMILIATE BDS' BY", "INVESTING MILLIONS IN ISRAELI",
                    "BUSINESSES", "By NADIA TAKAHASHI", ""] + Self.body
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.first?.title, "CHRISTIAN CEOS WORLDWIDE GEAR UP TO 'HUMILIATE BDS' BY INVESTING MILLIONS IN ISRAELI BUSINESSES")
        XCTAssertTrue(stories.first?.text.hasPrefix("JERUSALEM, Israel - Jesus said in Matthew 6") ?? false, "\(stories.map(\.text))")
    }

    /// Negative: a section label over the headline is too short to be its wrapped first line;
    /// it stays the label, and the headline's lines join.
    func testAShortLabelOverTheHeadlineStaysALabel() throws {
        let text = ["POLITICS", "OBAMA'S BUDGET REVIVES", "BENEFITS AS DIVISIVE ISSUE", "By GRACE HOLLISTER", ""] + Self.body
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.first?.title, "OBAMA'S BUDGET REVIVES BENEFITS AS DIVISIVE ISSUE", "\(stories.map(\.title))")
    }
}
