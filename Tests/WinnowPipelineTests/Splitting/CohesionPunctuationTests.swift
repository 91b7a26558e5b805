import XCTest
@testable import WinnowPipeline

/// Typographic dashes, curly quotes and `…` separate words in `Cohesion`'s content words exactly
/// as their ASCII forms do, so a headline's `‘Murder Hornet’` shares `hornet` with its lede and
/// `Trump’s` is the word `trump`. Other non-ASCII letters stay inside words.
final class CohesionPunctuationTests: XCTestCase {
    func testCurlyQuotesAndDashesSeparateLikeAscii() {
        XCTAssertEqual(Cohesion.contentWords("Just How Dangerous Is the ‘Murder Hornet’?"),
                       Cohesion.contentWords("Just How Dangerous Is the 'Murder Hornet'?"))
        XCTAssertEqual(Cohesion.contentWords("Trump’s hat ultimatum—friend chooses “wisely”…"),
                       Cohesion.contentWords("Trump's hat ultimatum-friend chooses \"wisely\"..."))
        XCTAssertEqual(Cohesion.contentWords("‘Murder Hornet’"), [Cohesion.hash("murder"), Cohesion.hash("hornet")])
        XCTAssertEqual(Cohesion.contentWords("ultimatum–friend"), [Cohesion.hash("ultimatum"), Cohesion.hash("friend")])
    }

    func testOtherNonAsciiLettersStayInWords() {
        XCTAssertEqual(Cohesion.contentWords("Anchía Ramírez"), [Cohesion.hash("anchía"), Cohesion.hash("ramírez")])
        // A separator at the very end of the text, and a truncated sequence, are handled.
        XCTAssertEqual(Cohesion.contentWords("hornet’"), [Cohesion.hash("hornet")])
        let truncated = String(decoding: Array("hornet".utf8) + [0xE2, 0x80], as: UTF8.self)
        XCTAssertEqual(Cohesion.contentWords(truncated).count, 1)
    }
}
