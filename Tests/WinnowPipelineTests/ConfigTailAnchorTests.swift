import XCTest
@testable import WinnowPipeline

/// A tail family's leading anchor behind inline flags or group openings (`(?i)^`, `(?:^`) never
/// matches either: refused at load like a bare `^`; lookarounds and unanchored groups load.
final class ConfigTailAnchorTests: XCTestCase {
    private func yaml(_ pattern: String) -> String {
        "version: 1\npipeline:\n  - read:\n  - clean:\n      families:\n        - name: cap\n"
            + "          role: caption\n          tail_chars: 40\n          patterns: ['\(pattern)']\n"
    }

    func testTailFamilyRefusesAnAnchorBehindInlineFlags() throws {
        for pattern in ["(?i)^photo: .+$", "(?-i)^Photo", "(?is)\\Aphoto", "(?:^photo|^image): .+$", "(?i:^photo)", "((?i)^photo)"] {
            XCTAssertThrowsError(try PipelineConfig.parse(yaml: yaml(pattern)), pattern) { e in
                XCTAssertTrue("\(e)".contains("'cap'"), "\(e)")
                XCTAssertTrue("\(e)".contains("tail_chars"), "\(e)")
            }
        }
        for pattern in ["(?i)photo: .+$", "(?<!\\()photo: [^()]+$", "(?:photo|image): .+$", "(photo)\\s*$"] {
            XCTAssertEqual(try PipelineConfig.parse(yaml: yaml(pattern)).clean?.families.first?.tailChars, 40, pattern)
        }
    }

    func testAnchorsAtStartReadsPastFlagsAndGroupsOnly() {
        XCTAssertTrue(RuleFamilyConfig.anchorsAtStart("^x"))
        XCTAssertTrue(RuleFamilyConfig.anchorsAtStart("(?ix)^x"))
        XCTAssertFalse(RuleFamilyConfig.anchorsAtStart("(?=^x)"), "a lookahead is no flag setting")
        XCTAssertFalse(RuleFamilyConfig.anchorsAtStart("x^"))
        XCTAssertFalse(RuleFamilyConfig.anchorsAtStart("(?i)\\bx"))
    }
}
