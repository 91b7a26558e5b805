import XCTest
@testable import WinnowPipeline

/// A sign-off's wording that hard-wrapping put at a line's start inside a paragraph (an embedded
/// video's footer: `… Follow Harbour TV on Facebook: https://… Follow` / `Harbour TV on Twitter: …`)
/// stays the paragraph's text (`WrappedSignOff.swift`); a sign-off opening its own line under a
/// sentence's end, or a short one under a headline, is still stripped.
final class CleaningWrappedSignOffTests: XCTestCase {
    static let page: [String] = [
            "Harbour authority approves dredging plan for the northern channel",
            "",
            "The harbour authority approved a plan on Tuesday to dredge the northern shipping channel,",
            "allowing container vessels with deeper hulls to dock at the terminal for the first time.",
            "Dredging crews will remove sediment from the channel floor over eighteen months, and the",
            "authority expects more container traffic once the work is done.",
            "",
            "Port chief answers the fleet on air. Subscribe to Harbour TV! Watch the",
            "shows: Morning Tide: http://video.harbourtv.example/playlist/morning-tide/",
            "Follow Harbour TV on Facebook: https://www.facebook.com/HarbourTV/ Follow",
            "Harbour TV on Twitter: https://twitter.com/HarbourTV/ Follow Harbour TV on",
            "Instagram: https://www.instagram.com/harbourtv/ 2020-07-10T12:20:17Z",
            "The fishing fleet opposed the plan at every hearing, warning that the sediment would smother",
            "the shellfish beds that its members have worked for generations. The authority said it would",
            "pay for a survey of the beds before the work begins and again a year after it ends.",
            "Officials said the survey would be published before the first dredger arrives in the spring,",
            "and that the fleet would be consulted again on the timing of the work."]

    func testSignOffInsideAWrappedParagraphStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.page.joined(separator: "\n")).lines
        let i = try XCTUnwrap(Self.page.firstIndex { $0.hasPrefix("Follow Harbour TV on Facebook") })
        XCTAssertEqual(lines[i].kind, .body)
        // The paragraph's prose around it stays too.
        XCTAssertEqual(lines[i + 3].kind, .body)
    }

    func testSignOffOwnParagraphIsStripped() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let page = ["Harbour authority approves dredging plan for the northern channel",
                    "The harbour authority approved a plan on Tuesday to dredge the northern shipping",
                    "channel, allowing container vessels with deeper hulls to dock at the terminal.",
                    "Follow Jane Doe on Twitter: https://twitter.com/janedoe for more harbour news",
                    "and reports from the port authority's weekly hearings and the fleet's meetings."]
        let lines = classifier.classify(page.joined(separator: "\n")).lines
        XCTAssertEqual(lines[3].strippedRule, "sign_off", "under a sentence's end: the story's own sign-off")
        XCTAssertEqual(lines[1].kind, .body)
        let short = ["The harbour authority approved a plan on Tuesday to dredge the northern shipping",
                     "Follow @HarbourNews", "channel, allowing container vessels with deeper hulls to dock."]
        XCTAssertEqual(classifier.classify(short.joined(separator: "\n")).lines[1].strippedRule, "sign_off")
    }
}
