import XCTest
@testable import WinnowPipeline

/// Page furniture as scrapes leave it on every kind of site (Pipelines/news.yaml's `widget`,
/// `promo` and `timestamp_published` families): gallery counters, ad labels with their scroll
/// cue, skip links, comment boxes, media players' notices, both stamps on one line.
final class CleaningPageFurnitureTests: XCTestCase {
    func testPlayersGalleriesCommentBoxesAndAdLabelsAreFurniture() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let furniture = ["Image 1 of 5", "Slide 2 of 9", "1 / 12", "Page 2 of 7", "Trending Now", "Advertisement - Scroll to continue", "ADVERTISING",
                         "Sponsored content", "Comments (12)", "Skip to main content", "Tap to unmute", "Leave a comment",
                         "Story continues after advertisement", "Share via Email", "4 min listen", "View gallery",
                         "Your browser does not support the video tag.",
                         "Please enable JavaScript to view the comments powered by Disqus."]
        for line in furniture {
            XCTAssertNotNil(classifier.classify(line).lines[0].strippedRule, line)
        }
        let prose = ["Image quality has improved since 2019, the agency said.",
                     "Comments from the mayor (12 of them) were read aloud at the hearing.",
                     "Advertisement revenue fell 12% in the quarter, the company said.",
                     "Page 2 of the report lists 7 of the 12 berths."]
        for line in prose {
            XCTAssertNil(classifier.classify(line).lines[0].strippedRule, line)
        }
    }

    /// Two ad slots' labels joined on one line, and an author's address alone under its label, are
    /// furniture; prose about advertisements or naming an address is kept.
    func testDoubledAdLabelAndAnAddressLineAreFurniture() throws {
        XCTAssertEqual(try CleaningFixtures.strippedRule("Advertisement Advertisement"), "widget")
        XCTAssertEqual(try CleaningFixtures.strippedRule("Email: jdoe@harbourgazette.example"), "promo")
        XCTAssertEqual(try CleaningFixtures.strippedRule("E-mail: jdoe@harbourgazette.example."), "promo")
        for line in ["Advertisement advertisement everywhere, the mayor complained.",
                     "This advertisement from the group's page was released in November.",
                     "Email: the council never answered mine, said the fisherman.",
                     "Readers wrote to jdoe@harbourgazette.example to complain about the dredging."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    func testPublishedAndUpdatedOnOneLineIsAStamp() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let line = classifier.classify("Published Nov. 3, 2024 5:12 p.m. ET | Updated Nov. 4, 2024 9:00 a.m. ET").lines[0]
        XCTAssertEqual(line.strippedRule, "timestamp_published")
        XCTAssertEqual(line.metadata["published"], .string("Nov. 3, 2024 5:12 p.m. ET"))
    }
}
