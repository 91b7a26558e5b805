/// Configuration of the `split:` stage: how story boundaries are scored.
///
/// A line starts a story when the weighted sum of the features that fire on it reaches
/// `threshold`. Weights are data so that they can be tuned on dev dumps without code changes.

/// The `split:` section.
public struct SplitConfig: Decodable, Sendable {
    /// Minimum score for a line to start a story.
    public var threshold: Double
    /// Feature weights; a feature missing here weighs 0.
    public var weights: [SplitFeature: Double]
    /// Headline word-count range and character limit.
    public var minWords: Int
    public var maxWords: Int
    public var maxChars: Int
    /// A following line with at least this many words that ends like a sentence reads as prose.
    public var proseMinWords: Int
    /// Share of capitalised 4+-letter words from which `title_case` fires.
    public var titleCaseShare: Double
    /// Dateline regexes, tried on the first `dateline_max_chars` characters of a content line;
    /// capture group 1 is the place (→ metadata `dateline`).
    public var datelinePatterns: [String]
    public var datelineMaxChars: Int
    /// Known places of a mixed-case colon dateline (`Atlanta: `), tried after the patterns.
    public var datelinePlaces = DatelinePlaces()
    /// Line openings that mark teaser bullets (stripped between a headline and its lede).
    public var bulletPrefixes: [String]
    /// A story needs this many body words; a shorter one loses its weaker boundary (0 = off).
    public var minStoryWords: Int
    /// Words on each side of a candidate compared for cohesion, and the similarity bands.
    public var cohesionWindowWords: Int
    public var topicShiftBelow: Double
    public var sameTopicAbove: Double
    /// Cohesion is computed for candidates scoring within this distance of the threshold.
    public var cohesionMargin: Double
    /// Share of a dump's headlines with a header block from which one without is penalised.
    public var headerStyleShare: Double
    /// A header-style vote exactly at `headerStyleShare` (2 of 4 headlines) abstains: no bare
    /// headline is penalised (`BoundaryStyleVote.swift`; false = the tie counts as the style).
    public var headerStyleTiesAbstain: Bool = false
    /// This many bare dash datelines (`POLL CHECK - …`) within `dashHeadGapLines` content lines of
    /// one are a column's run-in section heads, not ledes (0 = off; `BoundaryDashHeads.swift`).
    public var dashHeadRun: Int = 0
    public var dashHeadGapLines: Int = 12
    /// A start under an `Also ...` box of its own subheads moves up to the box (`BoundarySubheadBox.swift`).
    public var subheadBoxes: Bool = false
    /// Share of open-ended lines at or below which an open ending is rare in a text.
    public var rareOpenShare: Double
    /// Two dateline-like openings within this many content lines are speaker labels (0 = off).
    public var speakerGapLines: Int
    /// A colon label (`ISSUE:`) opening this many lines of one text is a section or speaker
    /// label, not a dateline (0 = off).
    public var labelRepeats: Int
    /// In a dump of unrelated stories, a story under this many body words costs
    /// `shortStoryCost` × its shortfall share in the story-length prior (0 = off).
    public var shortStoryWords: Int
    public var shortStoryCost: Double
    /// Cohesion is left out in a text whose far-apart parts share this much (one-topic live blog;
    /// see `Cohesion.farSimilarity`); 0 = always use it.
    public var cohesionMaxFar: Double
    /// Content words on each side of a candidate compared with its own (`HeadlineAffinity`; 0 = off).
    public var affinityWindowWords: Int
    /// Affinity (after share − before share) that adds nothing; above it the line reads as a headline.
    public var affinityNeutral: Double
    /// Story-overlap share (`story_overlap`) that costs nothing; above it the line costs weight × excess.
    public var storyOverlapFrom: Double
    /// `storyOverlapFrom` in a one-topic dump (cohesion left out), where stories share a topic's
    /// words anyway (1 = story overlap off there).
    public var storyOverlapOneTopicFrom: Double
    /// Long-story prior (`BoundaryPlanner.applyLongStoryPrior`): in a dump of unrelated stories
    /// that start at headlines, a story of at least `longStoryFactor` × the dump's mean words per
    /// story takes back its best rejected headline candidate within `longStoryMargin` of the
    /// threshold whose cohesion is below `longStoryCohesion`, when both parts keep
    /// `longStoryPartShare` × the mean (0 = off).
    public var longStoryFactor: Double
    public var longStoryMargin: Double
    public var longStoryCohesion: Double
    public var longStoryPartShare: Double
    /// In a dump of bare headlines, the long-story prior also takes a candidate with cohesion under
    /// `longStoryAffinityCohesion` whose headline affinity is at least `longStoryAffinity` (0 = off).
    public var longStoryAffinityCohesion: Double
    public var longStoryAffinity: Double
    /// The long-story prior's values in a dense dump (no blank line between its body lines:
    /// `BoundaryDenseDump.swift`); nil = the values above.
    public var denseLongStoryFactor: Double?
    public var denseLongStoryCohesion: Double?
    public var denseLongStoryAffinityCohesion: Double?
    public var denseLongStoryAffinity: Double?
    /// A rejected headline candidate scoring within this distance of the threshold right above a
    /// dateline lede that starts a story (only blanks or stripped lines between) is that story's
    /// title (`BoundaryPlanner.adoptLedeHeadlines`; 0 = off).
    public var ledeHeadlineMargin: Double
    /// A bare headline candidate (open or question ending) with at least this many lines of its
    /// own shape between the confident starts around it is one of an article's subheads
    /// (`sibling_subhead_lines`, formerly `sibling_subheads`, which also names the feature's weight;
    /// 0 = off).
    public var siblingSubheadLines: Int
    /// In the story-length prior, a start whose previous story was closed by a stripped trailer
    /// (`trailer_before`) is worth this much more than its margin: of two starts too close
    /// together, the one right after the end of a story wins (0 = off).
    public var closedStartBonus: Double
    /// In the story-length prior, a story opened by a bare dateline lede (no trailer before it, not
    /// the start of the text) that holds at most this many body lines pays `short_story_cost` in
    /// full: an article's end note or caption (`UPDATE: …`, `CORRECTION: …`, `FILE PHOTO: …`) opens
    /// like a dateline but has no body of its own (0 = off).
    public var noteStoryLines: Int = 0
    /// In the story-length prior, a story opened by a headline over a page header (a byline with
    /// a time stamp, widget or credit, or a trailer closing the story above) needs this many body
    /// words instead of `min_story_words`: an article's subhead never carries a byline, so a short
    /// story under such a header is a short story, not a fragment (0 = off, `min_story_words` for all).
    public var minHeaderStoryWords: Int = 0
    /// In a dump whose stories start at headlines, a section label over a headline that already
    /// starts a story as the dateline lede it looks like (`OPINION: Paid Time Off` over a copyright
    /// line, `OPINION: Why are they hacks?`) gives the story its title (`started_kickers`).
    public var startedKickers: Bool = false
    /// A worded trailer under a headline (or its dek) and over a time stamp is the page's byline,
    /// not a story's end (`header_bylines`, `BoundaryHeaderByline.swift`).
    public var headerBylines: Bool = false
    /// With `header_bylines`: a reading time under the byline stands for its time stamp, and a
    /// photo caption between the headline and the byline for its dek
    /// (`header_reading_time`, `BoundaryHeaderReadingTime.swift`).
    public var headerReadingTime: Bool = false
    /// In a dump where at least `signed_off_share` of the starts have a trailer since the start
    /// before (wire copy signs off), a dateline lede with none, at most this many body words below
    /// the previous start, gets `unsigned_lede` (0 = off).
    public var preambleMaxWords: Int
    public var signedOffShare: Double
    /// A sentence-case sentence right above a dateline lede is its headline when its words come
    /// back below it (headline affinity; `BoundaryPlanner.adoptLedeHeadlines`; false = Title Case only).
    public var ledeSentenceAffinity: Bool
    /// In a dump whose stories start at headlines, a dateline-shaped label over a question
    /// (`OPINION: Has Trump caused a rural rebound?`) is a kicker headline too, not only one with
    /// an open ending (`BoundaryLabelled.swift`; false = open endings only).
    public var questionKickers: Bool
    /// A colon opening (`MOSCOW: …`) right after a trailer is a lede even next to other colon
    /// openings (`BoundaryDatelineLedes.swift`; false = the speaker-label rules alone decide).
    public var closedColonLedes: Bool
    /// A dateline lede a line or two below a worded trailer (its lead-in between) is not vetoed by
    /// cohesion, as one right after a trailer is not (`BoundaryPlanner.closedLeadIn`).
    public var closedLeadIns: Bool
    /// `wide_gap` only where at most this share of body lines has a gap wider than the median.
    public var wideGapShare: Double
    /// The planner reads a section separator (`___`, `* * *`) as a paragraph break, not a trailer
    /// (`BoundarySeparator.swift`; false = as the cleaning rules classed it).
    public var separatorBreaks: Bool

    /// Wire copy (`BoundaryWireOpenings.swift`): at least this share of a dump's starts (the first
    /// aside), and this many (0 = off), open with a wire dateline and have a trailer since the start before.
    public var wireStyleShare: Double = 0.6, wireStyleMinStarts: Int = 0
    /// A bare headline inside a JSONL record with cohesion below this is another article glued into
    /// the record, not a subhead: `unlike_record_headlines` leaves it alone (`BoundaryRecord.swift`; 0 = off).
    public var recordGluedCohesion: Double = 0
    /// Or below `topic_shift_below` with headline affinity of at least this (`BoundaryRecord.swift`; 0 = off).
    public var recordGluedAffinity: Double = 0
    /// A dateline lede under a page edge (a time stamp, a byline, a separator) is not weighed by
    /// cohesion (`BoundaryEdgeDateline.swift`; false = as any dateline lede).
    public var edgeDatelines: Bool = false
    /// Story assembly (`StoryFurniture.swift`): a byline, and a `link` line (`RELATED: <title>`),
    /// leave the story text for `metadata.bylines` / `metadata.links` (false = kept in the text).
    public var bylinesToMetadata = false, linksToMetadata = false
    /// There, up to this many short lines between a sign-off and a wire lede open its story (0 = off),
    /// and the first body line after a worded sign-off starts a story.
    public var wireLeadInLines: Int = 0, wireSignedOpenings: Bool = false

    enum CodingKeys: String, CodingKey, CaseIterable {
        case threshold, weights
        case minWords = "min_words", maxWords = "max_words", maxChars = "max_chars"
        case proseMinWords = "prose_min_words", titleCaseShare = "title_case_share"
        case datelinePatterns = "dateline_patterns", datelineMaxChars = "dateline_max_chars"
        case datelinePlaces = "dateline_places"
        case bulletPrefixes = "bullet_prefixes"
        case minStoryWords = "min_story_words", cohesionWindowWords = "cohesion_window_words"
        case topicShiftBelow = "topic_shift_below", sameTopicAbove = "same_topic_above"
        case cohesionMargin = "cohesion_margin", headerStyleShare = "header_style_share"
        case rareOpenShare = "rare_open_share", speakerGapLines = "speaker_gap_lines", labelRepeats = "label_repeats"
        case shortStoryWords = "short_story_words", shortStoryCost = "short_story_cost"
        case cohesionMaxFar = "cohesion_max_far"
        case affinityWindowWords = "affinity_window_words", affinityNeutral = "affinity_neutral"
        case storyOverlapFrom = "story_overlap_from", storyOverlapOneTopicFrom = "story_overlap_one_topic_from"
        case longStoryFactor = "long_story_factor", longStoryMargin = "long_story_margin"
        case longStoryCohesion = "long_story_cohesion", longStoryPartShare = "long_story_part_share"
        case longStoryAffinityCohesion = "long_story_affinity_cohesion", longStoryAffinity = "long_story_affinity"
        case denseLongStoryFactor = "dense_long_story_factor", denseLongStoryCohesion = "dense_long_story_cohesion"
        case denseLongStoryAffinityCohesion = "dense_long_story_affinity_cohesion"
        case denseLongStoryAffinity = "dense_long_story_affinity"
        case ledeHeadlineMargin = "lede_headline_margin", siblingSubheadLines = "sibling_subhead_lines"
        /// `sibling_subhead_lines` under the name it had first (the weight's name too); still read.
        case siblingSubheadsFormer = "sibling_subheads"
        case closedStartBonus = "closed_start_bonus"
        case noteStoryLines = "note_story_lines", startedKickers = "started_kickers"
        case minHeaderStoryWords = "min_header_story_words"
        case headerBylines = "header_bylines", headerReadingTime = "header_reading_time"
        case preambleMaxWords = "preamble_max_words", signedOffShare = "signed_off_share"
        case ledeSentenceAffinity = "lede_sentence_affinity"
        case questionKickers = "question_kickers"
        case closedColonLedes = "closed_colon_ledes", closedLeadIns = "closed_lead_ins"
        case wideGapShare = "wide_gap_share"
        case headerStyleTiesAbstain = "header_style_ties_abstain"
        case dashHeadRun = "dash_head_run", dashHeadGapLines = "dash_head_gap_lines", subheadBoxes = "subhead_boxes"
        case separatorBreaks = "separator_breaks"
        case wireStyleShare = "wire_style_share", wireStyleMinStarts = "wire_style_min_starts"
        case recordGluedCohesion = "record_glued_cohesion", edgeDatelines = "edge_datelines"
        case recordGluedAffinity = "record_glued_affinity"
        case wireLeadInLines = "wire_lead_in_lines", wireSignedOpenings = "wire_signed_openings"
        case bylinesToMetadata = "bylines_to_metadata", linksToMetadata = "links_to_metadata"
    }

    /// Defaults tuned on the seed dumps; `Pipelines/news.yaml` spells them out.
    public static let defaultWeights: [SplitFeature: Double] = [
        .openEnding: 2.0, .sentenceEnding: -4.0, .questionEnding: -0.5, .headlineLength: 1.0,
        .tooFewWords: -2.0, .tooLong: -4.0, .capitalised: 0.5, .lowercaseStart: -2.0, .titleCase: 0.5,
        .creditAfter: 2.5, .widgetAfter: 1.5, .repeatedAfter: 2.5, .datelineAfter: 2.0, .proseAfter: 1.0,
        .datePrefix: 4.0, .trailerBefore: 1.5, .startOfText: 1.0, .afterSentence: 0.5, .afterOpenLine: -1.5,
        .blankBefore: 0.0, .datelineStart: 4.5, .topicShift: 1.0, .sameTopic: -2.0, .unlikeDumpHeadlines: -3.0,
        .captionCredit: -4.0, .headerRepeat: 4.0, .linkLine: -20.0, .signOffLine: -6.0, .bylineAfter: 2.5,
    ]
    public static let defaultDatelinePatterns = [
        #"^\(([A-Z][\p{L}.' -]*(?:, [\p{L}.' -]+)?)\)\s*[—–-]+\s"#,
        #"^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][\p{L}.'-]+(?: [\p{L}0-9.'-]+){0,3})?)(?: \([\p{L} ]+\))?\s*[:—–-]+\s"#,
        #"^([A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+){0,3}(?:, [A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+){0,2})?, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4})(?: \([\p{L} ]+\))?\s*[—–-]+\s"#,
    ]

    public init(threshold: Double = 4.5, weights: [SplitFeature: Double] = SplitConfig.defaultWeights,
                minWords: Int = 6, maxWords: Int = 30, maxChars: Int = 200, proseMinWords: Int = 10,
                titleCaseShare: Double = 0.6, datelinePatterns: [String] = SplitConfig.defaultDatelinePatterns,
                datelineMaxChars: Int = 60, bulletPrefixes: [String] = ["•", "●", "▪", "■", "* ", "- "],
                minStoryWords: Int = 40, cohesionWindowWords: Int = 60, topicShiftBelow: Double = 0.08,
                sameTopicAbove: Double = 0.2, cohesionMargin: Double = 0, headerStyleShare: Double = 0.75,
                rareOpenShare: Double = 0.2, speakerGapLines: Int = 3, labelRepeats: Int = 3,
                shortStoryWords: Int = 0, shortStoryCost: Double = 0,
                cohesionMaxFar: Double = 0, affinityWindowWords: Int = 0, affinityNeutral: Double = 0.2,
                storyOverlapFrom: Double = 1, storyOverlapOneTopicFrom: Double = 1,
                longStoryFactor: Double = 0, longStoryMargin: Double = 1.5, longStoryCohesion: Double = 0.03,
                longStoryPartShare: Double = 0.3, ledeHeadlineMargin: Double = 0, siblingSubheadLines: Int = 0,
                closedStartBonus: Double = 0, preambleMaxWords: Int = 0, signedOffShare: Double = 0.75,
                ledeSentenceAffinity: Bool = false, questionKickers: Bool = false, closedColonLedes: Bool = false,
                closedLeadIns: Bool = false, wideGapShare: Double = 0.2, separatorBreaks: Bool = false,
                longStoryAffinityCohesion: Double = 0, longStoryAffinity: Double = 0.1) {
        self.threshold = threshold; self.weights = weights; self.minWords = minWords; self.maxWords = maxWords
        self.maxChars = maxChars; self.proseMinWords = proseMinWords; self.titleCaseShare = titleCaseShare
        self.datelinePatterns = datelinePatterns; self.datelineMaxChars = datelineMaxChars
        self.bulletPrefixes = bulletPrefixes
        self.minStoryWords = minStoryWords; self.cohesionWindowWords = cohesionWindowWords
        self.topicShiftBelow = topicShiftBelow; self.sameTopicAbove = sameTopicAbove
        self.cohesionMargin = cohesionMargin; self.headerStyleShare = headerStyleShare
        self.rareOpenShare = rareOpenShare; self.speakerGapLines = speakerGapLines
        self.labelRepeats = labelRepeats
        self.shortStoryWords = shortStoryWords; self.shortStoryCost = shortStoryCost
        self.cohesionMaxFar = cohesionMaxFar
        self.affinityWindowWords = affinityWindowWords; self.affinityNeutral = affinityNeutral
        self.storyOverlapFrom = storyOverlapFrom; self.storyOverlapOneTopicFrom = storyOverlapOneTopicFrom
        self.longStoryFactor = longStoryFactor; self.longStoryMargin = longStoryMargin
        self.longStoryCohesion = longStoryCohesion; self.longStoryPartShare = longStoryPartShare
        self.ledeHeadlineMargin = ledeHeadlineMargin; self.siblingSubheadLines = siblingSubheadLines
        self.closedStartBonus = closedStartBonus
        self.preambleMaxWords = preambleMaxWords; self.signedOffShare = signedOffShare
        self.ledeSentenceAffinity = ledeSentenceAffinity
        self.questionKickers = questionKickers
        self.closedColonLedes = closedColonLedes
        self.closedLeadIns = closedLeadIns
        self.wideGapShare = wideGapShare
        self.separatorBreaks = separatorBreaks
        self.longStoryAffinityCohesion = longStoryAffinityCohesion; self.longStoryAffinity = longStoryAffinity
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = SplitConfig()
        threshold = try c.value(.threshold, default: d.threshold)
        let raw = try c.value(.weights, default: [String: Double]())
        var weights = SplitConfig.defaultWeights
        for (name, w) in raw.sorted(by: { $0.key < $1.key }) {
            guard let f = SplitFeature(rawValue: name) else {
                throw ConfigError(path: dottedPath(decoder.codingPath + [AnyCodingKey(stringValue: "weights"), AnyCodingKey(stringValue: name)]),
                                  message: "unknown feature '\(name)'; known features: \(SplitFeature.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            weights[f] = w
        }
        self.weights = weights
        minWords = try c.value(.minWords, default: d.minWords)
        maxWords = try c.value(.maxWords, default: d.maxWords)
        maxChars = try c.value(.maxChars, default: d.maxChars)
        proseMinWords = try c.value(.proseMinWords, default: d.proseMinWords)
        titleCaseShare = try c.value(.titleCaseShare, default: d.titleCaseShare)
        datelinePatterns = try c.value(.datelinePatterns, default: d.datelinePatterns)
        datelineMaxChars = try c.value(.datelineMaxChars, default: d.datelineMaxChars)
        datelinePlaces = try c.value(.datelinePlaces, default: d.datelinePlaces)
        bulletPrefixes = try c.value(.bulletPrefixes, default: d.bulletPrefixes)
        minStoryWords = try c.value(.minStoryWords, default: d.minStoryWords)
        cohesionWindowWords = try c.value(.cohesionWindowWords, default: d.cohesionWindowWords)
        topicShiftBelow = try c.value(.topicShiftBelow, default: d.topicShiftBelow)
        sameTopicAbove = try c.value(.sameTopicAbove, default: d.sameTopicAbove)
        cohesionMargin = try c.value(.cohesionMargin, default: d.cohesionMargin)
        headerStyleShare = try c.value(.headerStyleShare, default: d.headerStyleShare)
        headerStyleTiesAbstain = try c.value(.headerStyleTiesAbstain, default: d.headerStyleTiesAbstain)
        dashHeadRun = try c.value(.dashHeadRun, default: d.dashHeadRun)
        dashHeadGapLines = try c.value(.dashHeadGapLines, default: d.dashHeadGapLines)
        subheadBoxes = try c.value(.subheadBoxes, default: d.subheadBoxes)
        rareOpenShare = try c.value(.rareOpenShare, default: d.rareOpenShare)
        speakerGapLines = try c.value(.speakerGapLines, default: d.speakerGapLines)
        labelRepeats = try c.value(.labelRepeats, default: d.labelRepeats)
        shortStoryWords = try c.value(.shortStoryWords, default: d.shortStoryWords)
        shortStoryCost = try c.value(.shortStoryCost, default: d.shortStoryCost)
        cohesionMaxFar = try c.value(.cohesionMaxFar, default: d.cohesionMaxFar)
        affinityWindowWords = try c.value(.affinityWindowWords, default: d.affinityWindowWords)
        affinityNeutral = try c.value(.affinityNeutral, default: d.affinityNeutral)
        storyOverlapFrom = try c.value(.storyOverlapFrom, default: d.storyOverlapFrom)
        storyOverlapOneTopicFrom = try c.value(.storyOverlapOneTopicFrom, default: d.storyOverlapOneTopicFrom)
        longStoryFactor = try c.value(.longStoryFactor, default: d.longStoryFactor)
        longStoryMargin = try c.value(.longStoryMargin, default: d.longStoryMargin)
        longStoryCohesion = try c.value(.longStoryCohesion, default: d.longStoryCohesion)
        longStoryPartShare = try c.value(.longStoryPartShare, default: d.longStoryPartShare)
        ledeHeadlineMargin = try c.value(.ledeHeadlineMargin, default: d.ledeHeadlineMargin)
        guard !(c.contains(.siblingSubheadLines) && c.contains(.siblingSubheadsFormer)) else {
            throw decoder.badValue("sibling_subhead_lines", "give sibling_subhead_lines or its former name sibling_subheads, not both")
        }
        siblingSubheadLines = try c.value(.siblingSubheadLines, default: c.value(.siblingSubheadsFormer, default: d.siblingSubheadLines))
        closedStartBonus = try c.value(.closedStartBonus, default: d.closedStartBonus)
        noteStoryLines = try c.value(.noteStoryLines, default: d.noteStoryLines)
        minHeaderStoryWords = try c.value(.minHeaderStoryWords, default: d.minHeaderStoryWords)
        startedKickers = try c.value(.startedKickers, default: d.startedKickers)
        headerBylines = try c.value(.headerBylines, default: d.headerBylines)
        headerReadingTime = try c.value(.headerReadingTime, default: d.headerReadingTime)
        preambleMaxWords = try c.value(.preambleMaxWords, default: d.preambleMaxWords)
        signedOffShare = try c.value(.signedOffShare, default: d.signedOffShare)
        ledeSentenceAffinity = try c.value(.ledeSentenceAffinity, default: d.ledeSentenceAffinity)
        questionKickers = try c.value(.questionKickers, default: d.questionKickers)
        closedColonLedes = try c.value(.closedColonLedes, default: d.closedColonLedes)
        closedLeadIns = try c.value(.closedLeadIns, default: d.closedLeadIns)
        wideGapShare = try c.value(.wideGapShare, default: d.wideGapShare)
        separatorBreaks = try c.value(.separatorBreaks, default: d.separatorBreaks)
        longStoryAffinityCohesion = try c.value(.longStoryAffinityCohesion, default: d.longStoryAffinityCohesion)
        longStoryAffinity = try c.value(.longStoryAffinity, default: d.longStoryAffinity)
        denseLongStoryFactor = try c.decodeIfPresent(Double.self, forKey: .denseLongStoryFactor)
        denseLongStoryCohesion = try c.decodeIfPresent(Double.self, forKey: .denseLongStoryCohesion)
        denseLongStoryAffinityCohesion = try c.decodeIfPresent(Double.self, forKey: .denseLongStoryAffinityCohesion)
        denseLongStoryAffinity = try c.decodeIfPresent(Double.self, forKey: .denseLongStoryAffinity)
        wireStyleShare = try c.value(.wireStyleShare, default: d.wireStyleShare)
        recordGluedCohesion = try c.value(.recordGluedCohesion, default: d.recordGluedCohesion)
        recordGluedAffinity = try c.value(.recordGluedAffinity, default: d.recordGluedAffinity)
        edgeDatelines = try c.value(.edgeDatelines, default: d.edgeDatelines)
        wireStyleMinStarts = try c.value(.wireStyleMinStarts, default: d.wireStyleMinStarts)
        wireLeadInLines = try c.value(.wireLeadInLines, default: d.wireLeadInLines)
        wireSignedOpenings = try c.value(.wireSignedOpenings, default: d.wireSignedOpenings)
        bylinesToMetadata = try c.value(.bylinesToMetadata, default: d.bylinesToMetadata)
        linksToMetadata = try c.value(.linksToMetadata, default: d.linksToMetadata)
        guard minWords >= 1, maxWords >= minWords else {
            throw decoder.badValue("max_words", "need 1 <= min_words <= max_words")
        }
        guard maxChars > 0, datelineMaxChars > 0 else { throw decoder.badValue("max_chars", "must be positive") }
        guard (0...1).contains(titleCaseShare) else { throw decoder.badValue("title_case_share", "must be between 0 and 1") }
        guard (0...1).contains(wireStyleShare) else { throw decoder.badValue("wire_style_share", "must be between 0 and 1") }
        guard (0...1).contains(recordGluedCohesion) else { throw decoder.badValue("record_glued_cohesion", "must be between 0 and 1") }
        guard (0...1).contains(wideGapShare) else { throw decoder.badValue("wide_gap_share", "must be between 0 and 1") }
        guard (0...1).contains(storyOverlapFrom) else { throw decoder.badValue("story_overlap_from", "must be between 0 and 1") }
        guard (0...1).contains(storyOverlapOneTopicFrom) else { throw decoder.badValue("story_overlap_one_topic_from", "must be between 0 and 1") }
    }
}
