import XCTest
@testable import WinnowPipeline

/// A breadcrumb set with slashes from the site's home (`Home / Business`) tops a page as a `›`
/// trail does (`BoundaryBreadcrumb.swift`): the header lift stops there instead of walking up to
/// the masthead over it and titling the story with the site's name. A photo credit with a spaced
/// slash (`Jane Doe / Reuters`) is no trail.
final class SplitSlashBreadcrumbTests: XCTestCase {
    func testRootedSlashTrailShapes() {
        for s in ["Home / Business", "Startseite / Ausland", "HOME / World / Europe", "Início / Política", "Accueil / Monde"] {
            XCTAssertTrue(SplitText.withBytes(s, BoundaryPlanner.isRootedSlashTrail), s)
        }
        for s in ["Jane Doe / Reuters", "AP / John Locher", "Homer Simpson / Fox", "Home/Business", "Home / ", "1 / 11"] {
            XCTAssertFalse(SplitText.withBytes(s, BoundaryPlanner.isRootedSlashTrail), s)
        }
    }

    /// The classifier strips the trail (as a credit, by shape); it tops the page all the same,
    /// where a credit under a headline does not.
    func testSlashTrailTopsThePage() throws {
        let lines = try CleaningFixtures.classifier()
            .classify("The Harbour Star\nSubscribe\nHome / Business\nShare\nThe authority voted on Tuesday.\nJane Doe / Reuters").lines
        XCTAssertNotNil(lines[2].strippedRule)
        XCTAssertEqual(lines.indices.map { BoundaryPlanner.topsPage($0, lines) }, [true, false, true, false, false, false])
    }
}
