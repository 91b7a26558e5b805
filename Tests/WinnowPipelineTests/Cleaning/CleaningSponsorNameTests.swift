import XCTest
@testable import WinnowPipeline

/// An advertiser's name in a recommendation widget (SponsorName.swift) is stripped as
/// `sponsor_name`: between the widget's labels, or under a learned teaser. A one-word line of the
/// article under a share row, a kicker over its headline and a headline in markup residue stay.
final class CleaningSponsorNameTests: XCTestCase {
    private func rules(_ lines: [String], learned: LearnedBoilerplate? = nil) throws -> [String?] {
        let classifier = try LineClassifier(config: CleaningFixtures.configs().0, learned: learned)
        return classifier.classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
    }

    func testNameBetweenTheWidgetsLabelsIsStripped() throws {
        XCTAssertEqual(try rules(["Paid content by Outbrain", "Sponsored", "HarborDeals", "Promoted", "Ad"]),
                       ["chrome_label", "widget", "sponsor_name", "chrome_label", "widget"])
    }

    func testNameUnderALearnedTeaserIsStripped() throws {
        let config = LearnedConfig(minDocuments: 5, proseMinWords: 12, minSources: 2)
        let learner = BoilerplateLearner(config: config)
        let teasers = ["Doctors Stunned: This Simple Trick Melts Belly Fat", "New Rule For Drivers Born Before 1965"]
        for (i, w) in ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"].enumerated() {
            learner.observe(TextBlock.dump("Unique body line on \(w) with its own facts.\nSponsored content\n\(teasers[0])\n\(teasers[1])\nThe \(w) story goes on here.\n", source: i / 3))
        }
        let learned = learner.finish()
        XCTAssertEqual(try rules(["The harbour council voted on Tuesday to dredge the channel.", "Sponsored content",
                                  teasers[0], "ValleyDeals", teasers[1], "CoastalDeals", ""], learned: learned),
                       [nil, "widget", "learned", "sponsor_name", "learned", "sponsor_name", nil])
    }

    func testArticleLinesNextToWidgetsStay() throws {
        // A share row over a one-word line and a blank: the article's (a dateline, a section).
        XCTAssertEqual(try rules(["The harbour master said the channel would be closed.", "Share", "Tweet", "Email",
                                  "Washington", "", "The council met again on Friday."]),
                       [nil, "widget", "widget", "widget", nil, nil, nil])
        // A kicker over its headline under a share row.
        XCTAssertEqual(try rules(["Share", "Tweet", "Email", "Politics", "Council Votes To Dredge The Harbour"]),
                       ["widget", "widget", "widget", nil, nil])
        // A headline between a template's markup residue.
        XCTAssertEqual(try rules(["<div>", "[]", "<span>", "The False-Accuser-in-Chief", "<div>", "[]"]).map { $0 == SponsorName.rule },
                       [false, false, false, false, false, false])
    }

    /// Negative: a short headline of three words under a related-link list and over a share row
    /// is the next story's, not a shop's name (a name is one or two words).
    func testAThreeWordHeadlineBetweenWidgetsStays() throws {
        let out = try rules(["Related:", "• Another Shutdown?", "• Council Votes To Dredge", "If Romney loses…", "Save", "Gift article", "Share"])
        XCTAssertNotEqual(out[3], SponsorName.rule, "\(out)")
    }
}
