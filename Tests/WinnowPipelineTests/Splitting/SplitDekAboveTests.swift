import XCTest
@testable import WinnowPipeline

/// A lede under a header block topped by a dek its own first paragraphs print again does not start
/// the story (`dek_above`): the story begins at the headline over the dek, even where the header
/// runs taller than the header lift walks.
final class SplitDekAboveTests: XCTestCase {
    /// Headline, dek, 15 furniture lines (contributor, time stamp, share widgets, byline), then the
    /// lede and the dek's sentence again inside the second paragraph (a blind-generator page).
    static let page = [
        "Amid COVID-19, the prognosis for press freedom is dim. Here are 10 symptoms to track | The Pinecrest Observer",
        "Certain dangers will subside with time: a vaccine for COVID-19 should ultimately protect people, including journalists, from spreading or contracting the virus.",
        "Reporting by Owen Varga; Editing by Jane Roe",
        "Updated 1 June 2019",
        "Reading time: 8 minutes",
        "Print",
        "Email",
        "Gift Article",
        "Share this: Twitter",
        "Facebook",
        "WhatsApp",
        "LinkedIn",
        "Email",
        "Telegram",
        "By Katherine Jacobsen",
        "The COVID-19 pandemic has sent public health officials scrambling, the global economy into shock, and governments everywhere into crisis. It has also reshaped the way journalists work, not least because many authorities in many countries have cited the contagion as a reason to crack down on the news media.",
        "Certain dangers will subside with time: a vaccine for COVID-19 should ultimately protect people, including journalists, from spreading or contracting the virus. But some of the measures put into place that restrict press freedom – whether intended or not — could continue well into the future, experts say. Click to explore a map of the data",
        "It is possible that responses to the coronavirus could shift the long-term paradigm for journalism in unforeseen ways, in the same way the attacks of September 11, 2001, fueled the global expansion of anti-terrorism laws – and in turn, ushered in an uptick in the jailing of journalists that continues today.",
        "Global press freedom violations that CPJ has documented in relation to the pandemic can roughly be divided into 10 categories to monitor (with examples cited):",
        "1. Laws against “fake news”",
        "",
    ]
    static let dek = page[1]

    /// The stories' titles (the lede the feature scores down leaves no fate with its features).
    private func titles(_ page: [String]) throws -> [String?] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        return splitter.split(classifier.classify(([h[0], h[1], h[2], ""] + page).joined(separator: "\n"))).map(\.title)
    }

    func testLedeUnderItsOwnDekGivesTheStoryToTheHeadline() throws {
        let t = try titles(Self.page)
        XCTAssertEqual(t.count, 2)
        XCTAssertTrue(t.last??.hasPrefix("Amid COVID-19, the prognosis") ?? false, "\(t)")
    }

    /// The same page whose text does not print the dek again: no dek to read, the lede under the
    /// tall header keeps its start and the headline is left to the story above (the lift's reach).
    func testDekNotRepeatedBelowLeavesTheLedeItsStart() throws {
        var page = Self.page
        page.removeAll { $0.hasPrefix("Certain dangers") && $0 != Self.dek }
        let t = try titles(page)
        XCTAssertEqual(t.count, 2)
        XCTAssertFalse(t.last??.hasPrefix("Amid COVID-19") ?? false, "\(t)")
    }
}
