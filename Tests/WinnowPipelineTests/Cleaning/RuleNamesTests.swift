import Foundation
import XCTest
@testable import WinnowPipeline

/// Rule names the Swift passes compare as strings, against the rule file: a family renamed in
/// `Pipelines/news.yaml` would silently turn a pass off (`CommentThread` reads `chrome_comment`
/// lines, `Masthead` `chrome_trail` and `widget` ones), and a pass's own rule named like a family
/// it does not mean would be read as that family's.
final class RuleNamesTests: XCTestCase {
    static let root = packageRoot()

    private func families() throws -> [RuleFamilyConfig] {
        try XCTUnwrap(try PipelineConfig.load(path: "\(Self.root)/Pipelines/news.yaml").clean).families
    }

    func testFamilyNamesTheSwiftPassesReadExistInNewsYaml() throws {
        let names = Set(try families().map(\.name))
        // Families whose lines a pass reads (AuthorBox strips as its family does, on purpose).
        for name in [CommentThread.headerRule, Masthead.trailRule, Masthead.navRule, Masthead.widgetRule, AuthorBox.rule,
                     AuthorBox.bioRule, NewsletterIntro.signOffRule, BoundaryScorer.runningHeadRule,
                     WrappedContributor.rule, BoundaryPlanner.signOffRule, BoundaryPlanner.promoRule, CommentByline.ageRule] {
            XCTAssertTrue(names.contains(name), "news.yaml has no family '\(name)' (a pass reads it)")
        }
        // Rules of the passes and of learned boilerplate: none is a family's.
        for pass in [NavMenu.rule, Masthead.rule, CommentThread.rule, LearnedBoilerplate.rule, CaptionContext.rule, ListContext.rule,
                     LiveEntryAuthor.rule, NewsletterIntro.rule, EmailHeader.rule, ForumPostHeader.rule, EmailSignature.rule] {
            XCTAssertFalse(names.contains(pass), "'\(pass)' is a pass's rule and a family's")
        }
    }

    /// Every family of news.yaml has conditions the family gate can test (`FamilyGate.always`): a
    /// family the gate lets through tries its rules on every line. With 64 end bits, 16 of the 37
    /// families were (the portal families pushed them past the 64th). `widget` was until its
    /// breadcrumb pattern's needles (one of `›`, `»`, `>`: no byte pairs) became a condition on
    /// the line's bytes (`GateCondition.anyByte`).
    func testEveryNewsYamlFamilyIsGated() throws {
        let compiled = try families().map(CompiledFamily.init)
        // The gate and the classifier's family masks hold `FamilyMask.families`: one more family
        // is tried on every line.
        XCTAssertLessThanOrEqual(compiled.count, FamilyMask.families, "news.yaml has more families than the gate's masks hold")
        let gate = FamilyGate(compiled)
        let open = compiled.indices.filter { gate.always.contains(family: $0) }.map { compiled[$0].name }
        XCTAssertEqual(open, [])
    }
}
