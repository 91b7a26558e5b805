import XCTest
@testable import WinnowPipeline

/// A contributor trailer (`Written by Jane Doe`) under a headline is its byline also where the
/// page sets the time stamp above it, or the lead photo's credit below it
/// (`besideHeaderFurniture`, `BoundaryHeaderByline.swift`); under a story's last paragraph it
/// still signs the story off.
final class SplitHeaderBylineFurnitureTests: XCTestCase {
    typealias T = SplitHeaderBylineTests
    static let credit = "Photo: Jane Roe/Pool"

    func shape(_ middle: [String]) throws -> LineFacts.Shape {
        let (classifier, _) = try CleaningFixtures.stages { $0.headerBylines = true }
        let scorer = try CleaningFixtures.scorer { $0.headerBylines = true }
        let text = (["Harbour Authority Approves Dredging of the Northern Shipping Channel"] + SplitStructureTests.harbour + middle
                    + SplitStructureTests.orchestra).joined(separator: "\n\n")
        let lines = classifier.classify(text).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == T.writtenBy })
        guard case .stripped(_, .trailer?) = lines[i].kind else { XCTFail("not stripped as a trailer"); return .body }
        return scorer.facts(lines).shape[i]
    }

    func testStampAboveOrCreditBelowMakesAHeaderByline() throws {
        XCTAssertEqual(try shape([T.headline, T.stamp, T.writtenBy, "Share"]), .headerByline)
        XCTAssertEqual(try shape([T.headline, T.writtenBy, Self.credit]), .headerByline)
        XCTAssertEqual(try shape([T.headline, T.dek, T.writtenBy, Self.credit]), .headerByline)
    }

    func testUnderProseItStillSignsOff() throws {
        // The harbour story's last paragraph above: a sign-off, whatever furniture follows.
        XCTAssertEqual(try shape([T.writtenBy, Self.credit]), .trailer)
        XCTAssertEqual(try shape([T.stamp, T.writtenBy]), .trailer)
        // A widget below is no header's furniture.
        XCTAssertEqual(try shape([T.headline, T.writtenBy, "Share"]), .trailer)
    }
}
