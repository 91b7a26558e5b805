import XCTest

/// A weight's sign, for tests that ask whether a scored feature fired (`LineFate.features` holds
/// `name=weight` strings).
enum WeightSign {
    case any, positive, negative
}

extension Array where Element == String {
    /// Feature `name` fired on the line, with a weight of sign `sign`. The weight itself is not
    /// pinned: retuning it in news.yaml must not break a test that asks whether the feature fired
    /// (and, where its sign is what it means, whether it still pulls the same way).
    func fired(_ name: String, _ sign: WeightSign = .any) -> Bool {
        let prefix = name + "="
        return contains { feature in
            guard feature.hasPrefix(prefix), let w = Double(feature.dropFirst(prefix.count)) else { return false }
            switch sign {
            case .any: return true
            case .positive: return w > 0
            case .negative: return w < 0
            }
        }
    }
}

final class FeatureFiredTests: XCTestCase {
    func testFiredMatchesNameAndSignNotWeight() {
        let features = ["page_header=2.0", "caption_credit=-4.0", "kicker_headline=0.0"]
        XCTAssertTrue(features.fired("page_header", .positive))
        XCTAssertFalse(features.fired("page_header", .negative))
        XCTAssertTrue(features.fired("caption_credit", .negative))
        XCTAssertTrue(features.fired("kicker_headline"))
        XCTAssertFalse(features.fired("kicker_headline", .positive))
        // A name is matched whole, never as a prefix of a longer name.
        XCTAssertFalse(features.fired("page"))
        XCTAssertFalse(features.fired("caption"))
    }
}
