import XCTest
@testable import WinnowPipeline

/// A known place in mixed case and a colon before a capitalised sentence (`Atlanta: The …`,
/// `New Delhi: …`) is a dateline; a speaker or a label before a colon (`Iowa: `, `Austin: `,
/// `Update: `) is not, nor a place before a lower-case word.
final class DatelinePlaceColonTests: XCTestCase {
    func testKnownPlaceBeforeAColonIsADateline() throws {
        let (_, config) = try CleaningFixtures.configs()
        let m = try DatelineMatcher(config)
        for (line, place) in [("Atlanta: “The Senate has pivoted", "Atlanta"), ("New Delhi: The police said", "New Delhi"),
                              ("Des Moines, Iowa: Mr. Trump could lose", "Des Moines, Iowa"), ("Austin, Texas: The state", "Austin, Texas"),
                              ("St. Louis, Mo.: A jury", "St. Louis, Mo."), ("São Paulo: Brazil’s", "São Paulo"),
                              ("Washington, D.C.: A", "Washington, D.C.")] {
            XCTAssertEqual(m.place(in: line), place, line)
        }
        for line in ["Iowa: The caucuses", "Austin: I think so", "Update: The story", "Beijing: the city",
                     "Clayton Lockett, Oklahoma: Lockett struggled", "Washington said: The", "Atlanta:The", "London is: A",
                     "Springfield: He"] {
            XCTAssertNil(m.place(in: line), line)
        }
    }

    func testPlaceColonGate() {
        func gate(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { DatelineMatcher.hasPlaceColon($0, within: 60) } }
        for s in ["Atlanta: X", "St. Louis, Mo.: The", "Port-au-Prince: A", "Zürich: Die", "Atlanta: “The", "Atlanta: \"The"] { XCTAssertTrue(gate(s), s) }
        for s in ["At: X", "Atlanta:The", "Atlanta: the", "In 2020: X", "Atlanta", "Why? Because: X", "\"Atlanta: X", "",
                  "Salt Lake City and the rest of Utah County: The"] { XCTAssertFalse(gate(s), s) }
    }

    /// A fullwidth colon (`：`, U+FF1A: the read stage keeps it) closes a listed place as `:` does,
    /// and such a line reaches the lookup: the gate lets a capitalised line in on a dated comma
    /// (`, June 23`) or on an ASCII `: ` before a capital in its first bytes (the colon's three
    /// bytes count as letters there), and its head, not of simple scalars, takes the Character walk
    /// to `places.match`. So the lookup's fullwidth-colon paths are live code.
    func testFullwidthColonReachesThePlaceLookup() throws {
        let (_, config) = try CleaningFixtures.configs()
        let m = try DatelineMatcher(config)
        XCTAssertEqual(m.place(in: "Atlanta： The mayor said on Tuesday, June 23 that"), "Atlanta")
        XCTAssertEqual(m.place(in: "Atlanta： Officials warned: The storm"), "Atlanta")
        XCTAssertEqual(m.place(in: "Des Moines, Iowa： Voters said on Monday, Jan. 3 that"), "Des Moines, Iowa")
        XCTAssertTrue(Array("Atlanta： The mayor said on Tuesday, June 23 that".utf8).withUnsafeBufferPointer { m.matches(bytes: $0) })
        // Not gated in (no dated comma, no ASCII colon), or not a place that dates a line alone.
        XCTAssertNil(m.place(in: "Atlanta： The mayor said"))
        XCTAssertNil(m.place(in: "Iowa： The caucuses on Monday, Jan. 3 drew"))
        XCTAssertNil(m.place(in: "Atlanta：The mayor said on Tuesday, June 23 that"))
    }

    /// Such a lede under a sign-off opens a story of its own, as a dateline in capitals does.
    func testColonDatelineLedeStartsAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let second = ["Portland: " + SplitPageHeaderTests.ferry[0]] + SplitPageHeaderTests.ferry.dropFirst()
        let text = (SplitStructureTests.harbour + ["Jane Doe contributed to this report."] + second).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix("Portland: ") ?? false)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("dateline_start", .positive) })
        // In prose the same words do not open one.
        let prose = (SplitStructureTests.harbour + ["Jane Doe contributed to this report."] + ["Portland said: " + SplitPageHeaderTests.ferry[0]]).joined(separator: "\n\n")
        XCTAssertFalse(splitter.explain(classifier.classify(prose)).contains { $0.features.fired("dateline_start", .positive) })
    }

    /// The byte lookup decides as the regex alternation it replaced,
    /// `^((?:PLACE)(?:, (?:REGION))?)[:：]\s` (a `with_region` place only with its region), and
    /// finds the same place: on lines around every listed name and on the edge cases of the form.
    func testPlaceLookupAgreesWithTheAlternation() throws {
        let (_, config) = try CleaningFixtures.configs()
        let p = config.datelinePlaces
        XCTAssertGreaterThan(p.places.count, 300)
        func alt(_ names: [String]) -> String { names.map { $0.replacingOccurrences(of: ".", with: "\\.") }.joined(separator: "|") }
        let regexes = [try PatternRegex("^((?:\(alt(p.places)))(?:, (?:\(alt(p.regions))))?)[:：]\\s", caseless: false),
                       try PatternRegex("^((?:\(alt(p.withRegion)))(?:, (?:\(alt(p.regions)))))[:：]\\s", caseless: false)]
        let lookup = DatelinePlaces.Lookup(p)
        var heads = ["Atlanta: The", "Atlanta：\u{3000}The", "Atlanta：The", "Atlanta:\tX", "Atlanta:\u{00A0}X", "Atlanta:\u{2009}X",
                     "Atlanta:", "Atlanta: ", "Atlanta, Georgia: A", "Atlanta, Georgia, USA: A", "Atlanta,Georgia: A",
                     "Atlanta , Georgia: A", "Atlanta, : A", "Atlanta, georgia: A", "atlanta: A", "ATLANTA: A", "Atlanta :A",
                     "Austin: A", "Austin, Texas: A", "Austin, Texas：\u{2028}A", "Washington, D.C.: A", "Washington, D.C: A",
                     "New York, New York: A", "New York, New York, New York: A", "St. Louis, Mo.: A", "St Louis: A",
                     "Bogotá: A", "Bogota\u{301}: A", "São Paulo, Brazil: A", "Port-au-Prince, Haiti:\u{85}A", "", ":", ", : ",
                     "Salt Lake City, Utah: A", "Palm Beach, Florida: A", "West Palm Beach: A", "Beach: A", "Paris:: A"]
        for name in p.places + p.withRegion {
            heads += ["\(name): A", "\(name), \(p.regions[name.utf8.count % p.regions.count]): A", "\(name)s: A", "\(name), Nowhere: A"]
        }
        for region in p.regions { heads += ["Atlanta, \(region): A", "Austin, \(region): A", "\(region): A"] }
        var found = 0
        for head in heads {
            var h = head
            let (got, want): (Range<Int>?, Range<Int>?) = h.withUTF8 { u in
                (lookup.match(u), regexes.lazy.compactMap { $0.firstMatch(u) ? $0.group(1) : nil }.first)
            }
            XCTAssertEqual(got, want, head)
            if got != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 600)
    }

    /// The lists are one string each, `|` between names: unknown keys and names the lookup cannot
    /// see (empty, holding `, ` or a colon) are load errors naming the key.
    func testPlaceListDecoding() throws {
        func load(_ places: String) throws -> SplitConfig? {
            try PipelineConfig.parse(yaml: "version: 1\npipeline:\n  - split:\n      dateline_places:\n\(places)").split
        }
        let ok = try XCTUnwrap(load("        places: >-\n          Atlanta\n          | St. Louis\n        with_region: Austin\n        regions: ' Texas '\n"))
        XCTAssertEqual(ok.datelinePlaces, DatelinePlaces(places: ["Atlanta", "St. Louis"], withRegion: ["Austin"], regions: ["Texas"]))
        let m = try DatelineMatcher(ok)
        XCTAssertEqual(m.place(in: "St. Louis: The jury"), "St. Louis")
        XCTAssertEqual(m.place(in: "Austin, Texas: The state"), "Austin, Texas")
        XCTAssertNil(m.place(in: "Austin: I think so"))
        XCTAssertNil(m.place(in: "Boston: The city"))
        XCTAssertThrowsError(try load("        place: Atlanta\n")) { XCTAssertTrue("\($0)".contains("dateline_places.place"), "\($0)") }
        XCTAssertThrowsError(try load("        regions: 'Kyiv, Ukraine'\n")) { XCTAssertTrue("\($0)".contains("dateline_places.regions"), "\($0)") }
        XCTAssertThrowsError(try load("        places: 'Q:'\n")) { XCTAssertTrue("\($0)".contains("dateline_places.places"), "\($0)") }
        XCTAssertThrowsError(try load("        places: Atlanta || Boston\n")) { XCTAssertTrue("\($0)".contains("dateline_places.places"), "\($0)") }
        XCTAssertTrue(try XCTUnwrap(load("        places: ''\n")).datelinePlaces.places.isEmpty)
    }
}
