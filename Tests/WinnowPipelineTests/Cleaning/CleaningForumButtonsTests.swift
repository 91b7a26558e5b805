import XCTest
@testable import WinnowPipeline

/// A forum post's furniture the rules missed (`forum_widget`, `forum_topic` in news.yaml): the
/// buttons row under a reply set apart by wide spaces (`Reply  Quote  Like 13`) and a like count
/// alone (`Curtir 45`), kept as body they titled stories; a reply's subject with an initial's
/// point (`Re: … U.S. workers …`), read as a sentence break; a thread title opening with a quote
/// (`Topic: 'Comey's a Leaker': …`), which kept its label.
final class CleaningForumButtonsTests: XCTestCase {
    func testButtonRowsAndLikeCountsAreForumWidgets() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        for line in ["Reply  Quote  Like 13", "Responder  Citar  Curtir 6", "Répondre  Citer  J'aime 18", "Antworten  Zitieren  Gefällt mir 8",
                     "Like 13", "Mi piace 25", "Vind ik leuk 48", "Re: Senator Rubio says U.S. workers get little benefit from tax",
                     "Re: Why the N.S.A. Isn’t Howling Over Restrictions"] {
            XCTAssertEqual(classifier.classify(line).lines[0].strippedRule, "forum_widget", line)
        }
    }

    func testQuotedThreadTitleLosesItsLabel() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let line = classifier.classify("Topic: 'Comey's a Leaker': The Fallout from the Testimony").lines[0]
        XCTAssertEqual(line.kind, .body)
        XCTAssertEqual(String(line.content), "'Comey's a Leaker': The Fallout from the Testimony")
    }

    /// A reply's subject opening with its title's quote, or with a title's abbreviation (`Gov.`,
    /// `Sen.`) inside it, is the reply's subject all the same; past a real sentence break it is an
    /// interview's turn and stays.
    func testQuotedAndAbbreviatedReplySubjects() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        for line in ["Re: 'Comey's a Leaker': The Fallout from Fired FBI Director's Bo",
                     "Re: African-American Pastors Decry Gov. Deal's Betrayal on Relig",
                     "Re: “We're Opening Up Our Country”: White House Offers States Ro"] {
            XCTAssertEqual(classifier.classify(line).lines[0].strippedRule, "forum_widget", line)
        }
        for line in ["RE: Gov. Deal vetoed the bill. We see no reason to wait.",
                     "Re: 'The press is out of control.' Then he left the room."] {
            XCTAssertNotEqual(classifier.classify(line).lines[0].strippedRule, "forum_widget", line)
        }
    }

    /// Prose negatives: sentences opening with a button's word, and an interview's `RE:` turn
    /// running past a sentence break, stay.
    func testProseOfTheSameWordsStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        for line in ["Like 13 other states, Ohio voted to expand the program.", "Reply to the senator came quickly.",
                     "RE: It's watching multiple generations die. We see pictures of babies."] {
            XCTAssertNotEqual(classifier.classify(line).lines[0].strippedRule, "forum_widget", line)
        }
    }
}
