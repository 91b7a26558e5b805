import XCTest
@testable import WinnowPipeline

/// An embedded post's signature alone on its line (EmbedSignature.swift) is stripped as
/// `social_embed`, with the post's one line above it when that ends on the post's link. A post
/// quoted in hard-wrapped copy, signature and all, and a roundup of posts stay.
final class CleaningEmbedSignatureTests: XCTestCase {
    private func rules(_ lines: [String]) throws -> [String?] {
        let classifier = try LineClassifier(config: CleaningFixtures.configs().0, learned: nil)
        return classifier.classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
    }

    private let prose = "The harbour council voted on Tuesday to dredge the channel before the winter storms arrive."
    private let after = "The dredging is expected to take about six weeks, officials said."

    func testSignatureAndLinkedPostInTheirOwnParagraphAreStripped() throws {
        XCTAssertEqual(try rules([prose, "", "Big news coming tomorrow. pic.twitter.com/bc3b9245f2",
                                  "— Jane Doe (@janedoe) March 2, 2020", "", after]),
                       [nil, nil, "social_embed", "social_embed", nil, nil])
    }

    func testSignatureInUnwrappedCopyIsStripped() throws {
        XCTAssertEqual(try rules([prose, "Read the full statement here: pic.twitter.com/833d0cbe4d",
                                  "— Jane Q. Doe (@jane_doe) September 17, 2020", after]),
                       [nil, "social_embed", "social_embed", nil])
    }

    /// Negative: a post quoted in a hard-wrapped paragraph keeps its signature (the body's last line).
    func testSignatureEndingAWrappedParagraphStays() throws {
        let out = try rules(["    My warmest condolences and sympathies to the victims and",
                             "families of the terrible shooting. God bless you!",
                             "— John Roe (@johnroe) October 2, 2017", "    Off-duty officers were at the concert."])
        XCTAssertEqual(out, [nil, nil, nil, nil])
        // The same with blank lines around the paragraph: three lines are no embed's card.
        let spaced = try rules(["", "Rarely have I seen a candidate commit so completely to",
                                "running against the Bill of Rights. https://t.co/JALW5P11SW",
                                "— John Roe (@johnroe) October 11, 2019", "", after])
        XCTAssertEqual(spaced, [nil, nil, nil, nil, nil, nil])
    }

    /// Negative: a roundup of reactions, posts signed at their lines' ends, keeps a signature alone.
    func testSignatureInARoundupOfPostsStays() throws {
        let out = try rules(["GFY Haley — Jane Doe (@janedoe) December 6, 2019", "",
                             "This is a deeply insensitive thing to say. https://t.co/evVfyAeOmg",
                             "— John Roe (@johnroe) December 6, 2019", "", after])
        XCTAssertEqual(out, [nil, nil, nil, nil, nil, nil])
    }

    /// Negative: a line opening with a dash that quotes more than a name before the handle.
    func testPostQuotedAfterADashStays() throws {
        XCTAssertFalse(try rules(["", "— Police arrest a reporter on live tv. https://t.co/lvpK — Jake Roe (@jroe) May 29, 2020", ""])
                        .contains("social_embed"))
    }
}
