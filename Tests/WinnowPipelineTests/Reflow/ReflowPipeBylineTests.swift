import XCTest
@testable import WinnowPipeline

/// A `Name | Outlet` byline the rules kept, under a flush-left headline as wide as the wrap in
/// indent style, is no tail of the headline (`Reflow+PipeByline.swift`).
final class ReflowPipeBylineTests: XCTestCase {
    static let paragraphs = ReflowIndentBreakTests.paragraphs
    static let headline = "Harbour authority approves a plan to dredge the northern shipping channel"

    func testPipeBylineUnderAWideHeadlineIsNoTail() throws {
        let text = Self.paragraphs + [Self.headline, "Fatima Oyelaran | Harbour News 24"] + Self.paragraphs
        let j = try reflowJoins(text)
        XCTAssertTrue(j[0] && j[1], "the paragraph's wrapped lines continue")
        XCTAssertFalse(j[6], "the byline is not the headline's tail")
    }

    /// Prose negative: a flush-left line under the same headline that opens with a name but is no
    /// byline (a sentence) still goes on from it as before, and the wrapped paragraphs join.
    func testProseUnderTheHeadlineStillJoins() throws {
        let text = Self.paragraphs + [Self.headline, "Jane Doe said on Tuesday, as crews began the work."] + Self.paragraphs
        let j = try reflowJoins(text)
        XCTAssertTrue(j[3] && j[4], "the second paragraph's wrapped lines continue")
        XCTAssertTrue(j[6], "a sentence is no byline: the indent-style test still joins it as before")
    }

    func testShape() {
        func pipe(_ s: String) -> Bool { var s = s; return s.withUTF8 { Reflow.isPipeByline($0) } }
        XCTAssertTrue(pipe("Fatima Oyelaran | NewsNow 24"))
        XCTAssertTrue(pipe("GRACE PETROVA | The Ridge Sentinel"))
        XCTAssertTrue(pipe("Jean-Luc O'Neill | BBC"))
        // A title tag: words in lower case before the bar.
        XCTAssertFalse(pipe("Amy Klobuchar gets little help | NewsNow 24"))
        // One word is no name; a sentence after the bar is prose; two bars are a menu.
        XCTAssertFalse(pipe("Politics | NewsNow 24"))
        XCTAssertFalse(pipe("Jane Doe | The Courier reported the vote."))
        XCTAssertFalse(pipe("Jane Doe | Home | News"))
        XCTAssertFalse(pipe("Jane Doe|NewsNow"))
    }
}
