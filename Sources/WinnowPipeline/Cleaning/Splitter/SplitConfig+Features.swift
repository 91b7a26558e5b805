/// The features the splitter scores (split in its own file from `SplitConfig.swift`, which holds the knobs); their raw values are the keys of `weights:`.
public enum SplitFeature: String, CaseIterable, Sendable {
    /// Headline shape: no terminal punctuation at the end.
    case openEnding = "open_ending"
    /// Ends like a sentence (`.`, `:`, `,`, `;`): almost never a headline.
    case sentenceEnding = "sentence_ending"
    /// Ends with `?` or `!`.
    case questionEnding = "question_ending"
    /// Word count within [min_words, max_words].
    case headlineLength = "headline_length"
    /// Fewer than min_words words: a subhead such as "The Middle East".
    case tooFewWords = "too_few_words"
    /// More than max_words words or max_chars characters.
    case tooLong = "too_long"
    /// Starts with a capital, digit or opening quote.
    case capitalised
    /// Starts lower-case: a wrapped continuation, not a headline.
    case lowercaseStart = "lowercase_start"
    /// Most longer words capitalised (Title Case).
    case titleCase = "title_case"
    /// A credit or caption line follows (before the lede).
    case creditAfter = "credit_after"
    /// A widget or time stamp line follows (before the lede).
    case widgetAfter = "widget_after"
    /// The same line (by `LineKey`) repeats just below.
    case repeatedAfter = "repeated_after"
    /// Short non-sentence lines (unknown credits, captions) sit between the line and its lede.
    case furnitureAfter = "furniture_after"
    /// The next content line opens with a dateline.
    case datelineAfter = "dateline_after"
    /// The next content line reads as prose (long, ends like a sentence).
    case proseAfter = "prose_after"
    /// A metadata prefix (` date 2024-10-28 `) was cut off this line.
    case datePrefix = "date_prefix"
    /// A trailer (contributor line, `Source:`, copyright) comes just before.
    case trailerBefore = "trailer_before"
    /// The text's first content line is short and a longer line follows (`BoundaryPlanner.isLeadingHeadline`).
    case leadingHeadline = "leading_headline"
    /// The first content line of the text.
    case startOfText = "start_of_text"
    /// A dateline-shaped label opens a headline-shaped line (`OPINION: …`): a headline, not a lede.
    case kickerHeadline = "kicker_headline"
    /// The previous content line ends like a sentence.
    case afterSentence = "after_sentence"
    /// The previous content line has an open ending (we would split a wrapped sentence or a
    /// headline from its subhead).
    case afterOpenLine = "after_open_line"
    /// The previous content line is a sign-off the rules kept as body (`SignOff`: an e-mail
    /// address, `… contributed to this report.`, `Follow … on Twitter`, an author bio). Weaker
    /// than a trailer: it does not open the planner's trailer-only paths (a bio can also sit
    /// right under a headline).
    case signOffBefore = "sign_off_before"
    /// The line itself is a sign-off (`Write to Jane at jane@example.org`, `Twitter: @jane`, an
    /// author bio): it ends a story, it does not start one.
    case signOffLine = "sign_off_line"
    /// A byline (`By Jane Doe - October 20, 2014`) follows before the lede: the header of an article.
    case bylineAfter = "byline_after"
    /// Lines of the candidate's own shape sit between the confident starts around it: one of an
    /// article's subheads (`sibling_subheads`).
    case siblingSubheads = "sibling_subheads"
    /// A headline-length line in two sentences (`I have OCD. Here's how I cope.`) over a prose
    /// lede: offsets part of `sentence_ending`.
    case twoSentenceHeadline = "two_sentence_headline"
    /// A blank line before and the lede (or a credit block) after: paragraph-structured dumps.
    case blankBefore = "blank_before"
    /// The line itself opens with a dateline: a story without headline (`(LONDON) — ...`).
    case datelineStart = "dateline_start"
    /// Open ending in a text where few lines (≤ `rare_open_share`) have one.
    case rareOpenEnding = "rare_open_ending"
    /// Similarity (0–1) of the words before and after the line; the weight is multiplied by it.
    case cohesion
    /// The words before and after the line overlap little (see `Cohesion`): the topic changes.
    case topicShift = "topic_shift"
    /// The words before and after the line overlap a lot: one story goes on.
    case sameTopic = "same_topic"
    /// Most headlines of this dump have a header block (credits, widgets) and this one has none.
    case unlikeDumpHeadlines = "unlike_dump_headlines"
    /// The line repeats just below with a widget or credit block between (`repeated_after` and
    /// `widget_after` or `credit_after`): a page header, the strongest sign of a headline.
    case headerRepeat = "header_repeat"
    /// The line ends with a photo credit (`… [Jane Doe/Reuters]`, `… REUTERS/Jim Bourg`): a caption.
    case captionCredit = "caption_credit"
    /// The line matched a `link` family (`RELATED: <title>`, `<title> Read more`, an embed box):
    /// a link to another story kept in this one, not the start of a new one.
    case linkLine = "link_line"
    /// Share of the line's content words found in the text after it minus the share found in the
    /// text before it, less `affinity_neutral` (`HeadlineAffinity`); the weight is multiplied by it.
    case headlineAffinity = "headline_affinity"
    /// Share of a headline candidate's content words already in the story so far (since the
    /// previous start), less `story_overlap_from` (`HeadlineAffinity.storyShare`): an in-article
    /// subhead reuses its story's words; the (negative) weight is multiplied by it.
    case storyOverlap = "story_overlap"
    /// A kicker headline (`kicker_headline`) of headline length (`min_words`+ words with its label):
    /// sites put `OPINION:` / `ANALYSIS:` labels over whole headlines; a short label line
    /// (`CSI: Environment`) is a section heading.
    case labelledHeadline = "labelled_headline"
    /// A dateline lede in a dump whose stories start at headlines, with no headline reading it as
    /// its lede and no trailer or start of text before it (`BoundaryHeadlineStyle.swift`).
    case unlikeDumpLedes = "unlike_dump_ledes"
    /// A dateline lede with no trailer since the previous start, close below it, in a dump whose
    /// stories sign off (`BoundarySignedOff.swift`): the lede under a preamble of that story.
    case unsignedLede = "unsigned_lede"
    /// Right under a stripped line that opens with a wire dateline: a lede whose first line a
    /// rule stripped (`BoundaryStrippedDateline.swift`); in place of `dateline_start`.
    case strippedDateline = "stripped_dateline"
    /// More blank lines right above than the dump's usual paragraph gap (`BoundaryWideGap.swift`).
    case wideGap = "wide_gap"
    /// A short mixed-case section label opens the line (`Analysis: …`, `Watch: …`; not a
    /// dateline-shaped one: `BoundarySectionLabel.swift`).
    case sectionLabel = "section_label"
    /// A bare headline under the usual paragraph gap where the dump's headlines come under wide gaps.
    case narrowGap = "narrow_gap"
    /// A start with no wire dateline and no trailer since the previous start, in a dump whose
    /// stories open with wire datelines and sign off (`BoundaryWireOpenings.swift`): a line inside
    /// a story (`RELATED: …`, a subhead, a caption's tail).
    case unsignedOpening = "unsigned_opening"
    /// Marks a wire dateline lede's start moved up to the short lines between it and the sign-off
    /// above (`BoundaryWireOpenings.swift`); its weight is added to the start's score (0: a tag).
    case wireLeadIn = "wire_lead_in"
    /// Marks a start added at the first line after a sign-off in a wire dump
    /// (`BoundaryWireOpenings.openAfterSignOffs`); its weight is added to the start's score.
    case wireSignedOpening = "wire_signed_opening"
    /// The quote style (curly or straight) above a headline candidate differs from the style below
    /// it: two sites' pages meet there (`BoundaryTypography.swift`).
    case typographyShift = "typography_shift"
    /// A short two-sentence headline with a topic shift below it and its words coming back there
    /// (`BoundaryTwoSentenceShift.swift`).
    case twoSentenceShift = "two_sentence_shift"
    /// A prose line under a block of two or more furniture lines (stripped lines, bylines, a
    /// separator) after a paragraph that ends like a sentence (`BoundaryFurniture.swift`).
    case furnitureBlock = "furniture_block"
    /// The furniture block holds two or more page edges (a byline and a time stamp, a separator
    /// and a byline): the head of a new page (`BoundaryFurniture.swift`, `isPageHeader`).
    case pageHeader = "page_header"
    /// A headline-shaped line set in capitals held under the threshold, in a dump whose headlines
    /// are set in capitals (`BoundaryCapitals.swift`).
    case capitalsHeadline = "capitals_headline"
    /// A mixed-case headline start on shape alone in a dump whose headlines are set in capitals
    /// (`BoundaryCapitals.swift`): an article's subhead.
    case unlikeDumpCapitals = "unlike_dump_capitals"
    /// A headline set in capitals right over its byline in such a dump, whatever its ending
    /// (`BoundaryCapitalsByline.swift`): a printed page's story head.
    case capitalsBylineHeadline = "capitals_byline_headline"
    /// A bare start set in capitals whose words do not come back below it more than above, in a
    /// dump whose headlines are set in capitals (`BoundaryCapitalsLink.swift`): a link to a related
    /// story set between an article's paragraphs.
    case inlineCapitalsLink = "inline_capitals_link"
    /// A headline set in capitals the reflow joined from 2+ printed lines, between mixed-case
    /// prose, in such a dump (`BoundaryJoinedHeadline.swift`): a printed page's story head.
    case joinedCapitalsHeadline = "joined_capitals_headline"
    /// The same joined capitals head whose shape alone kept it out of `joined_capitals_headline`:
    /// under `min_words`, or two sentences (`BoundaryJoinedHeadline.swift`).
    case joinedCapitalsHead = "joined_capitals_head"
    /// A run of capitals lines between mixed-case prose on a printed page's copy (running heads
    /// stripped), where the capitals style voted (`BoundaryPrintedHead.swift`): the next story's head.
    case printedHead = "printed_head"
    /// Marks a start added under a rule line that is the dump's story separator
    /// (`BoundarySeparatorStyle.swift`); its weight is added to the start's score (0: off).
    case separatorStyle = "separator_style"
    /// A headline candidate that is one quotation from mark to mark (`BoundaryPullQuote.swift`):
    /// an article's pull quote.
    case pullQuote = "pull_quote"
    /// A bare headline candidate inside a JSONL record whose own start is a page header
    /// (`BoundaryRecord.swift`): an article's subhead, not a second story of the record.
    case unlikeRecordHeadlines = "unlike_record_headlines"
    /// A start inside a JSONL record that names its own title in a field
    /// (`BoundaryTitledRecord.swift`): the article's subhead, caption or speaker turn.
    case titledRecord = "titled_record"
    /// A bare headline start in a text whose headlines at the start or after a trailer carry
    /// header blocks (`BoundaryAnchoredStyle.swift`): an article's subhead.
    case unlikeAnchoredHeadlines = "unlike_anchored_headlines"
    /// A headline start whose only header is a caption block, under a paragraph that ended, where
    /// the dump's anchored headlines carry bylines or stamps (`BoundaryCaptionHead.swift`): a photo box.
    case captionOnlyHead = "caption_only_head"
    /// A bare headline start set in capitals in a text whose headlines with evidence are set in
    /// mixed case (`BoundaryMixedCase.swift`): an article's section head.
    case capitalsSectionHead = "capitals_section_head"
    /// The line opens with an enumerator (`3. `, `10) `, `(2) `): an item of the article's own
    /// list (`BoundaryListItem.swift`).
    case listItem = "list_item"
    /// The line ends with a wiki's edit link (`[ edit ]`, `[edit]`): a section of the article
    /// around it (`BoundaryWikiSection.swift`).
    case wikiSectionHead = "wiki_section_head"
    /// The line opens with a clock time and a separator (`07:00 GMT - …`) where other lines near it
    /// do too: a live blog's entry heading (`BoundaryLiveEntryHeading.swift`).
    case liveEntryHeading = "live_entry_heading"
    /// The line stands over a live entry's row (share widgets, then a bare clock stamp over the
    /// entry's prose): the entry's heading inside its running story (`BoundaryLiveEntryRowHead.swift`).
    case entryRowAfter = "entry_row_after"
    /// A line repeated right below itself under a paragraph closing on a colon (`… as the map below
    /// shows:`): the chart title it announced, printed twice (`BoundaryAfterColon.swift`).
    case afterColon = "after_colon"
    /// A marker (weight 0): the text's first line under its page's header set above it, a byline
    /// with a time stamp or other furniture (`BoundaryTextStartHeader.swift`).
    case textStartHeader = "text_start_header"
    /// A marker (weight 0): a headline right under a block of page furniture after a paragraph that
    /// ended, holding a time stamp with another kind or a byline: no bare headline (`BoundaryHeaderAbove.swift`).
    case headerAbove = "header_above"
    /// The line opens with a colon label that repeats through the text and then a quotation
    /// (`TRUMP: “Job growth is biggest in history.”` in a fact check): a turn of the article's own
    /// claims, no lede (`BoundaryAfterColon.swift`).
    case labelTurn = "label_turn"
    /// A prose lede under a single page edge (one byline, one time stamp, one separator or one
    /// trailer: `BoundaryLoneEdge.swift`) after a paragraph that ended: weaker than a furniture
    /// block of two kinds, so only a topic shift across it makes a start.
    case lonePageEdge = "lone_page_edge"
    /// A headline candidate whose line is printed a few lines above it already: the second copy of
    /// a page header's headline or dek, or of a doubled paragraph (`BoundaryRepeatsAbove.swift`).
    case repeatsAbove = "repeats_above"
    /// A headline candidate set between two paragraphs whose line stands again between two
    /// paragraphs further off (17 to 300 lines): a promo the page drops into its article twice
    /// (`BoundaryRepeatedPromo.swift`).
    case repeatedPromo = "repeated_promo"
    /// A bare headline start with no section label in a text whose headlines with evidence open
    /// with one (`Analysis: …`, `Explainer: …`): an article's subhead (`BoundaryLabelStyle.swift`).
    case unlikeDumpLabels = "unlike_dump_labels"
    /// A short headline start over a credit, with another short line over the same credit between
    /// the confident starts around it: a structured article's section head with its photo
    /// (`BoundarySiblingHeaders.swift`).
    case siblingHeaders = "sibling_headers"
    /// A headline candidate opening with a coordinating conjunction (`But …`, `And …`): it goes on
    /// from the sentence before it (`BoundaryConjunction.swift`).
    case conjunctionOpening = "conjunction_opening"
    /// A dateline lede whose story so far is only a credited photo caption or two (printed twice,
    /// or carrying a dateline of its own): that story's lede under its caption (`BoundaryCaptionLede.swift`).
    case captionOnlyAbove = "caption_only_above"
    /// A lede under a lone page edge (`lone_page_edge`) whose cohesion across the edge stays under
    /// `same_topic_above`: two stories of one beat glued at a byline or a separator share more
    /// words than `topic_shift_below` allows, an article's paragraphs across its own section rule
    /// more than `same_topic_above` (`BoundaryLoneEdge.swift`).
    case edgeTopicShift = "edge_topic_shift"
    /// A byline of fewer than `min_words` words in Byline's shape (`By Jane Doe`, `Jane Doe,
    /// Reuters`, `BY JANE DOE`) below a headline candidate, before its lede: the page's byline
    /// (`BoundaryScorer.after`): a site sets one under a headline, never under a subhead or a pull quote.
    case shortBylineAfter = "short_byline_after"
    /// A headline-length line under a wide gap (`wide_gap` with `headline_length`): the dump's
    /// story gap over a whole headline, not a short section head (`BoundaryWideGap.swift`).
    case wideGapHeadline = "wide_gap_headline"
    /// A capitalised prose lede after a paragraph that ended, under two or more blank lines where
    /// the dump's paragraphs stand one apart and its starts come under such gaps: the next story,
    /// opened without a headline; cohesion still weighs it (`BoundaryWideGapLede.swift`).
    case wideGapLede = "wide_gap_lede"
    /// A headline candidate ending with a clip's running time (`… 04:40`, `(1:52)`): a video or
    /// audio player's clip title (`BoundaryPlayerChrome.swift`).
    case clipRunningTime = "clip_running_time"
    /// A headline candidate closing a quotation with a past-tense speech verb after it (`,” he
    /// said.`): an article's paragraph quoting a source (`BoundaryReportedSpeech.swift`).
    case reportedSpeech = "reported_speech"
    /// A bare headline start that opens indented in a text that indents its paragraphs and sets
    /// its backed headlines flush left: a paragraph or subhead (`BoundaryIndentStyle.swift`).
    case indentedStart = "indented_start"
    /// A headline candidate with an open ending whose next line goes on in lower case: a paragraph
    /// cut mid-sentence (`BoundaryContinuesBelow.swift`).
    case continuesBelow = "continues_below"
    /// A headline candidate (not ending like a sentence) whose line the page sets again a few lines
    /// below, past a dek or two and furniture (a byline, a time stamp, a credit): the page's
    /// headline over its header, repeated over the text (`BoundaryFirstCopy.swift`). A page
    /// header as `header_repeat` is: cohesion, affinity and story overlap are not asked.
    case headerRepeatBelow = "header_repeat_below"
    /// A kicker headline (`OPINION: …`, scored as the dateline lede it looks like) with a time
    /// stamp, byline, widget or credit below it before its lede: a page's header under its
    /// labelled headline (`BoundaryKickerHeader.swift`).
    case kickerHeader = "kicker_header"
    /// A prose lede under two kinds of furniture of which none is a page edge (a section label or
    /// a widget over a photo credit) after a paragraph that ended: weaker than a block with a page
    /// edge, so only a topic shift across it makes a start (`BoundarySoftBlock.swift`).
    case softBlock = "soft_block"
    /// A prose lede under a block with a learned section label and no page edge (`Courts`, then
    /// `Listen to this article`) after a paragraph that ended: the next page's kicker; weak
    /// evidence, as `lone_page_edge` (`BoundaryLearnedLabelEdge.swift`).
    case learnedLabelEdge = "learned_label_edge"
    /// A prose lede under a learned label (`learned_label_edge`) whose cohesion stays under
    /// `same_topic_above` across it and with its own words below (`BoundaryBlockTopicShift.swift`).
    case learnedLabelTopicShift = "learned_label_topic_shift"
    /// A headline under a learned section label after a paragraph that ended, cohesion across it
    /// under `same_topic_above`: the top of its page, exempt from the dump's headline style votes
    /// (`BoundaryLearnedLabelEdge.swift`).
    case learnedLabelHeadline = "learned_label_headline"
    /// A wire dateline lede (`TOKYO (AFP) -`, `CAIRO, March 10 (Reuters) -`) with no trailer above,
    /// two paragraphs of prose right above it, whose cohesion is under `topic_shift_below` both
    /// across it and with its own words on the side below (measured at the line above): a new
    /// story, not a wire paragraph an article quotes on its own topic (`BoundaryWireLedeShift.swift`).
    case wireLedeShift = "wire_lede_shift"
    /// A start moved up to the photo caption (closed by its credit) that the page sets between
    /// its header furniture and the story's first line (`BoundaryCaptionOpening.swift`).
    case captionOverStart = "caption_over_start"
    /// A headline candidate that is one short sentence under an end-of-copy mark (`Reuter`,
    /// `-- END --`: 1-3 words, no full stop), prose below it: the next story's short lede, read as
    /// its first line, not its title (`BoundarySignedOffLede.swift`).
    case signedOffLede = "signed_off_lede"
    /// A prose lede under a furniture block (`furniture_block`) after a paragraph that ended, whose
    /// cohesion stays under `same_topic_above` both across it and with its own words on the side
    /// below: two stories of one beat glued at a page's footer or header share more words than
    /// `topic_shift_below` allows (`BoundaryBlockTopicShift.swift`).
    case blockTopicShift = "block_topic_shift"
    /// The first content line of a JSONL record joined onto the page before it (same url:
    /// `PageJoiner`): where a scraper wrote one record per story, a story's start; where it cut
    /// an article into pages, anywhere (`BoundaryRecordEdge.swift`).
    case recordEdge = "record_edge"
    /// A record edge right after the story above closed (a trailer or sign-off before it):
    /// added to `record_edge` (`BoundaryRecordEdge.swift`).
    case recordEdgeClosed = "record_edge_closed"
    /// Marks a start added at a record edge right under the close of the story above
    /// (`BoundaryRecordEdge.openClosedRecordEdges`); its weight is added to the start's score (0: off).
    case recordEdgeOpening = "record_edge_opening"
    /// A headline candidate whose whole text stands again inside a longer prose line below it (not
    /// the lede's opening, not a caption): a sentence its article quotes, or a promo it prints
    /// twice, not a headline (`BoundaryQuotedBelow.swift`).
    case quotedBelow = "quoted_below"
    /// A widget under a headline candidate whose rule also stands between two prose paragraphs
    /// elsewhere in the text (an ad slot, a related link the site sets inside its stories): counted
    /// instead of `widget_after`, which it says nothing about (`BoundaryInArticleWidget.swift`).
    case inArticleWidgetAfter = "in_article_widget_after"
    /// In a one-topic dump (cohesion left out: `cohesion_max_far`), the cohesion across a candidate
    /// above the dump's own far similarity, × this weight: a subhead's paragraphs share more words
    /// than the topic's stories share anyway (`BoundaryPlanner.swift`).
    case cohesionOverFar = "cohesion_over_far"
    /// A start under a header block topped by a sentence (a dek) that the start's own first
    /// paragraphs print again: the story began above the block (`BoundaryDekAbove.swift`).
    case dekAbove = "dek_above"
    /// A dateline lede under a summary box (its items, labels, widgets and one caption or dek at
    /// most) right under a headline: the headline's own lede (`BoundaryBoxedLede.swift`).
    case boxedLede = "boxed_lede"
    /// A prose lede under one worded trailer alone (`Jane Doe contributed to this report.`) after
    /// a paragraph that ended: weak evidence, as `lone_page_edge`; the topic shift decides
    /// (`BoundaryLoneEdge.swift`).
    case trailerEdge = "trailer_edge"
    /// A prose lede under a digest's read-more button (`Read the full story →`) after a paragraph
    /// that ended: the next item (`BoundaryReadMoreEdge.swift`).
    case readMoreEdge = "read_more_edge"
    /// A prose lede under a row of share or follow buttons alone (`Share`, `Short Url`) after a
    /// paragraph that ended: weak evidence, as `lone_page_edge`; the topic shift decides
    /// (`BoundaryShareRow.swift`).
    case shareRowEdge = "share_row_edge"
    /// A prose lede under a share row alone (`share_row_edge`) whose cohesion stays under
    /// `same_topic_above` across it and with its own words below (`BoundaryBlockTopicShift.swift`).
    case shareRowTopicShift = "share_row_topic_shift"
    /// A headline or a dateline lede under markup debris alone after a paragraph that ended, whose
    /// cohesion across it stays under `same_topic_above` (`BoundaryMarkupEdge.swift`).
    case markupEdgeShift = "markup_edge_shift"
    /// A headline under markup debris alone after a paragraph that ended, the topic shifting across
    /// it: the top of its page, exempt from `unlike_dump_headlines` (`BoundaryMarkupEdge.swift`).
    case markupEdgeHeadline = "markup_edge_headline"
    /// A prose lede under a soft block (`soft_block`) after a paragraph that ended, whose cohesion
    /// stays under `same_topic_above` both across it and with its own words on the side below: as
    /// `block_topic_shift`, for the weaker block (`BoundaryBlockTopicShift.swift`).
    case softBlockTopicShift = "soft_block_topic_shift"
    /// A line under a trailer with the trailer chain going on below it to a worded sign-off
    /// (`EDITOR'S NOTE — …` between `___` rules over `Follow @…`): the last story's trailer
    /// block, not a lede (`BoundaryTrailerChain.swift`).
    case trailerChain = "trailer_chain"
    /// A headline-less lede ending on a colon under a trailer: it announces a list or timeline of
    /// the story above, whose credit line was set mid-article (`BoundaryColonLede.swift`).
    case colonLede = "colon_lede"
    /// A headline repeating the tail of a labelled title a few lines above (`Op-ed by X: <tail>`):
    /// the inner header of a piece reprinted whole (`BoundaryTitleTail.swift`).
    case titleTailRepeat = "title_tail_repeat"
    /// A short name line whose words the paragraphs right above print as one phrase: the source
    /// label of a piece an intro quotes whole (`BoundarySourceLabel.swift`).
    case sourceLabel = "source_label"
    /// `<Name>: <take>` over a line with just that name, right under a bio: a roundup's next
    /// contributor section (`BoundaryRoundupSection.swift`).
    case roundupSection = "roundup_section"
    /// A thread's title right over its post's meta line naming the poster (`submitted … by ann`,
    /// `Post by ann » …`): the post's byline (`BoundaryForumPost.swift`).
    case forumPostAfter = "forum_post_after"
    /// A lede under a forum poster's lead-in (`Full text below:`) under a post's header: a pasted
    /// story's first paragraph (`BoundaryForumPaste.swift`).
    case forumPasteLede = "forum_paste_lede"
    /// A line the scrape kept in its page's top heading tag (`<h1>…</h1>`): the page's own
    /// headline (`BoundaryHeadingTag.swift`).
    case headingTag = "heading_tag"
    /// A start right under a paragraph that closes on a colon, whose story opens (at most a clip's
    /// header between) on a speaker's turn in capitals with another turn a few paragraphs below
    /// (`CHRIS MATTHEWS: …` / `DAVID CORN: …`): the transcript the article announced
    /// (`BoundaryAnnouncedTranscript.swift`).
    case announcedTranscript = "announced_transcript"

    /// A flattened feed item's title field (`title: …`) over the item's other fields: the item's
    /// headline (`BoundaryFeedTitle.swift`).
    case feedItemTitle = "feed_item_title"
    /// A question under a paragraph that ended, over one lone credit or widget and then prose, in a
    /// dump whose headlines carry bylines or time stamps: an article's own question subhead
    /// (`BoundaryQuestionSubhead.swift`).
    case questionSubhead = "question_subhead"
}
