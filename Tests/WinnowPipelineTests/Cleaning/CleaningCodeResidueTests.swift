import XCTest
@testable import WinnowPipeline

/// `code_residue` (Pipelines/news.yaml): markup a scrape left in the text, an ad slot's JSON
/// settings or a tag script's statement; prose with braces or opening with "var…" stays.
final class CleaningCodeResidueTests: XCTestCase {
    func testJSONAndScriptLinesAreStripped() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify("""
        {"unitName":"dfpPosition1","display":"mobile","isMobile":false} hidden ad unit
        (adsbygoogle = window.adsbygoogle || []).push({});
        var _taboola = window._taboola || [];
        {Not json} but braces in a sentence of prose.
        various officials said the plan was sound.
        """).lines
        XCTAssertEqual(lines.map(\.strippedRule), ["code_residue", "code_residue", "code_residue", nil, nil])
    }
}
