import XCTest
@testable import WinnowPipeline

/// A footer's last link kept as one word (`Contacto`) over the next page's top (masthead buttons,
/// an ad label) took the next story's start; the page's headline under that chrome takes the
/// title back (`StorySplitter+KickerGap.swift`, `onlyChromeBetween`; fresh portal p977 027).
final class SplitLoneWordTitleTests: XCTestCase {
    static let footer = ["Privacy Policy", "© 2020 The City Courier. All rights reserved.", "Contacto", ""]
    static let top = ["Subscribe", "Sign in", "Advertisement", ""]
    static let head = "Orchestra Unveils Its Autumn Season"

    func text(_ between: [String]) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour Board Backs Dredging Plan", "By John Roe", "Published March 2, 2020"] + h + Self.footer + between
                + [Self.head, "By Jane Doe", "Published March 3, 2020"] + o).joined(separator: "\n")
    }

    func testHeadlineUnderThePageTopTakesTheTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        XCTAssertEqual(splitter.split(classifier.classify(text(Self.top))).map(\.title),
                       ["Harbour Board Backs Dredging Plan", Self.head])
    }

    /// Guard: a time stamp between is the word's own header: the line under it is no headline taken back.
    func testStampBetweenKeepsTheWord() throws {
        XCTAssertFalse(try stampBetween())
    }

    private func stampBetween() throws -> Bool {
        let lines = try CleaningFixtures.classifier().classify((["Contacto", "Published March 3, 2020", "Sign in", Self.head]).joined(separator: "\n")).lines
        return StorySplitter.onlyChromeBetween(0, 3, in: lines)
    }
}
