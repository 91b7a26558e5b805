/// A section label the learned pass stripped, over the headline that opens a story.
///
/// A site's section label (`ELECTIONS`, `WORLD`) over its headline recurs on many of its pages,
/// so a run over many files learns it as boilerplate (`LearnedBoilerplate`) and strips it before
/// the planner sees it. Over one file the label stays a body line: the planner starts the story
/// there and the header hands the title to the headline under it (`isHeadlineUnderKicker`),
/// which holds even for a headline set as two sentences (`Obama regrets polarized rancor. He
/// should.`, `StorySplitter+KickedSentence.swift`). With the label gone, such a headline scores
/// as a lede (it ends its sentence) and the story comes out untitled, its headline kept as text.
/// A run over many files must not lose the title a run over one file finds: so a story that
/// opens right under a learned label (blank lines between at most) takes its first line for its
/// title when that line reads as a headline under a label, as the one-file run would, and the
/// label goes to `metadata.kicker`. A lede under a learned label (one sentence in sentence case,
/// or no header block below) stays text.
extension StorySplitter {
    /// The learned line right over line `i` (blank lines between at most) when it reads as a
    /// section label (`isSectionLabel`) standing alone (a stripped line, a sentence's end or the
    /// start of the text above it) and line `i` reads as a headline under it.
    static func learnedKicker(over i: Int, in lines: [ClassifiedLine], facts: LineFacts, config: SplitConfig) -> Int? {
        var k = i - 1
        while k >= 0 && facts.shape[k] == .blank { k -= 1 }
        // The cheap checks first: the label's size, then its rule's name.
        guard k >= 0, lines[k].words <= maxLabelWords, lines[k].contentByteCount <= maxLabelBytes,
              case .stripped(let rule, _) = lines[k].kind, rule == LearnedBoilerplate.rule else { return nil }
        let (ending, byline) = lines.withContentBytes(k) { u -> (LineText.Ending, Bool) in
            let end = LineText.ending(bytes: u)
            return (end, Byline.matches(u, words: lines[k].words, ending: end))
        }
        guard isSectionLabel(k, in: lines, ending: ending, byline: byline) else { return nil }
        var a = k - 1
        while a >= 0 && facts.shape[a] == .blank { a -= 1 }
        guard a < 0 || facts.shape[a] != .body || facts.ending[a] == .sentence else { return nil }
        guard readsAsHeadline(i, in: lines, facts: facts, config: config, labelled: true)
            || readsAsKickedSentenceHeadline(i, in: lines, facts: facts, config: config) else { return nil }
        return k
    }
}

extension StorySplitter.Pass {
    /// Line `i` opens a story right under a learned section label: the text's first body line (the
    /// story the stripped lines above it opened has no text or title yet), or a planned untitled
    /// start.
    /// Inlined: `body` asks it of nearly every line, and each call copied the whole pass (~1.2 KB,
    /// a `memcpy` per line) to hand it `self`.
    @inline(__always)
    func opensUnderLearnedLabel(_ i: Int) -> Bool {
        guard let start = plan.starts[i] else {
            return storyCount == 0 || continuing == nil && current!.title == nil && current!.isOpening
        }
        return !start.isTitle && start.titleLine == nil && !start.isOpening && !continuationOpening()
    }

    /// Line `i` (`opensUnderLearnedLabel`) reads as the headline under the learned label over it:
    /// it titles its story (the opening one in place, keeping what the stripped lines above gave
    /// it, or a new one) and the label is its kicker; the header below is read as a titled
    /// story's.
    mutating func startUnderLearnedKicker(_ i: Int, key lineKey: UInt64) -> Bool {
        guard let k = StorySplitter.learnedKicker(over: i, in: lines, facts: plan.facts, config: scorer.config) else { return false }
        let title = String(lines[i].content)
        if plan.starts[i] == nil && storyCount > 0 {
            current!.title = title; current!.titleKey = lineKey; current!.titleLine = i
            inHeader = true
            bareTitleKey = StorySplitter.bareTitleKey(title, minWords: StorySplitter.minRepeatedHeadlineWords)
        } else {
            startStory(at: i, title: title, key: lineKey)
        }
        current!.metadata["kicker"] = .string(String(lines[k].content))
        if lines[i].isMetadataBearing { current!.absorb(lines[i].metadata) }
        fate(i, .title, plan.starts[i]?.scored)
        return true
    }
}
