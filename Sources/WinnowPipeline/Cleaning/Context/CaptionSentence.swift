/// Whether a line reads as a photo caption's sentence: what newsrooms print under a picture
/// ("Jane Doe speaks to reporters outside the Capitol on Friday.", "Sen. Joe Roe waves to
/// supporters at a rally."). Captions are written in the present tense with a named subject
/// first (the wire style books ask for it), as one short sentence; a lede or a body sentence next
/// to a picture tells what happened ("… said on Friday", "Many blamed …", "X plans to …").
///
/// On UTF-8 bytes: the tokens are the line's space-separated words.
enum CaptionSentence {
    /// Present-tense verbs that read as a caption's action only when no infinitive follows:
    /// "X plans to extend …" is a lede's news, "X speaks to reporters" a picture.
    private static let takesInfinitive: Set<String> = [
        "plans", "wants", "hopes", "seeks", "needs", "intends", "tries", "expects", "vows", "aims",
        "threatens", "refuses", "agrees", "decides", "promises", "pledges", "appears", "seems",
        "continues", "begins", "starts", "declines", "fails", "offers", "prepares", "moves", "votes",
    ]
    /// Lower-case words ending in "s" that are no present-tense action: auxiliaries, "says" (a
    /// quote's attribution: prose), adverbs, pronouns.
    private static let notActions: Set<String> = [
        "is", "was", "has", "does", "says", "this", "his", "its", "us", "as", "yes", "always",
        "perhaps", "sometimes", "whereas", "thus", "plus", "unless", "across", "besides", "towards",
        "afterwards", "nevertheless", "regardless", "hers", "ours", "theirs", "yours", "whose",
        // Verbs of reported speech and thought take a clause, as "says" does ("The National Rifle
        // Association claims the treaty threatens …"): a report of what was said, not a picture.
        "claims", "argues", "insists", "contends", "believes", "thinks", "notes", "explains", "writes",
        "warns", "suggests", "admits", "acknowledges", "reports", "predicts", "estimates", "concludes",
    ]
    /// Words that open a clause, not a caption's named subject: a preposition, conjunction or
    /// determiner before the capitalised words ("In Florida, Clinton polls at 43 percent …", "No
    /// U.S. Special Operations forces were harmed …").
    private static let clauseOpeners: Set<String> = [
        "In", "On", "At", "As", "By", "For", "From", "After", "Before", "During", "Since", "Until",
        "While", "When", "If", "Although", "Though", "Because", "But", "And", "Or", "So", "Yet",
        "No", "Not", "Every", "Each", "All", "Some", "Many", "Most", "Few", "Both", "Neither", "Either",
        "Under", "Over", "Among", "Across", "Without", "With", "Despite", "Like", "Unlike", "Of",
    ]
    /// A modal or auxiliary after the would-be verb makes it a noun ("The Liu He talks will be
    /// determinative"): the verb is the auxiliary's.
    private static let auxiliaries: Set<String> = [
        "will", "would", "could", "can", "may", "might", "should", "must", "shall", "are", "were",
        "have", "had", "did", "do", "remain", "remained",
    ]
    /// Lower-case words allowed inside a capitalised name ("Bank of America", "Ana de Armas").
    private static let nameJoiners: Set<String> = ["and", "of", "de", "da", "van", "von", "der", "al", "bin", "la", "le", "del"]

    /// True if `line` is one sentence of 4...`maxWords` words, opened by a capitalised name of at
    /// least two words and a present-tense verb ("Jane Doe waves …"), ending in `.` or `!`.
    static func reads(_ line: UnsafeBufferPointer<UInt8>, maxWords: Int) -> Bool {
        // Cheap rejections first: a caption opens with a capital and ends a sentence.
        // (Not an opening quote, whose first byte 0xE2 passes the capital test: a caption describes
        // a picture, a line opening on a quotation is its speaker's, "“The talks will …,” Kudlow told …".)
        guard let first = line.first, first.isASCIIUpper || (first >= 0xC3 && first != 0xE2),
              endsSentence(line) else { return false }
        var words: [Range<Int>] = []
        words.reserveCapacity(min(maxWords + 1, 48))  // one allocation, no regrowth
        var i = 0
        let n = line.count
        while i < n {
            while i < n && line[i] == 0x20 { i += 1 }
            if i >= n { break }
            let start = i
            while i < n && line[i] != 0x20 { i += 1 }
            words.append(start..<i)
            if words.count > maxWords { return false }
        }
        guard words.count >= 4 else { return false }
        // One sentence: no sentence end before the last word, but an abbreviation ("Sen.", "U.S.").
        // Word by word, not `SplitText.hasInnerSentenceBreak` (two sentences in a headline; why
        // the tests differ is told there): here a stop in quotes ends a sentence, and `?` none.
        for w in words.dropLast() where endsSentence(UnsafeBufferPointer(rebasing: line[w])) {
            if !isAbbreviation(UnsafeBufferPointer(rebasing: line[w])) { return false }
        }
        // A dateline lede ("WASHINGTON (AP) — …") opens with a word in capitals.
        if isAllCaps(UnsafeBufferPointer(rebasing: line[words[0]])) { return false }
        if clauseOpeners.contains(String(decoding: UnsafeBufferPointer(rebasing: line[words[0]]), as: UTF8.self)) { return false }
        // The subject: capitalised words (and joiners inside a name), at most six.
        var k = 0
        while k < words.count && k < 6 {
            let w = UnsafeBufferPointer(rebasing: line[words[k]])
            if isCapitalised(w) || w.first == UInt8(ascii: "(") || (k > 0 && nameJoiners.contains(String(decoding: w, as: UTF8.self))) {
                k += 1
            } else {
                break
            }
        }
        guard k >= 2, k + 1 < words.count else { return false }
        // A name ends on a capitalised word: a joiner last ("Endnotes and citations are …") was
        // the start of a lower-case phrase, no name's.
        if nameJoiners.contains(String(decoding: UnsafeBufferPointer(rebasing: line[words[k - 1]]), as: UTF8.self)) { return false }
        // After a possessive the word is a noun ("Bill Clinton's decades of …"), not a verb.
        let last = UnsafeBufferPointer(rebasing: line[words[k - 1]])
        if last.count >= 2 && last[last.count - 1] == UInt8(ascii: "s")
            && (last[last.count - 2] == UInt8(ascii: "'") || (last.count >= 4 && last[last.count - 2] == 0x99 && last[last.count - 3] == 0x80)) {
            return false
        }
        let verbBytes = UnsafeBufferPointer(rebasing: line[words[k]])
        guard verbBytes.allSatisfy({ $0.isASCIILower }), verbBytes.count >= 3,
              verbBytes.last == UInt8(ascii: "s"), verbBytes[verbBytes.count - 2] != UInt8(ascii: "s") else { return false }
        let verb = String(decoding: verbBytes, as: UTF8.self)
        if notActions.contains(verb) { return false }
        let next = UnsafeBufferPointer(rebasing: line[words[k + 1]])
        if next.elementsEqual("to".utf8) && takesInfinitive.contains(verb) { return false }
        if auxiliaries.contains(String(decoding: next, as: UTF8.self)) { return false }
        return true
    }

    /// Ends in `.` or `!`, maybe inside a closing quote or bracket (not `?`: a question is a headline).
    static func endsSentence(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        let e = LineText.endBeforeClosingQuotes(w, brackets: true)
        return e > 0 && (w[e - 1] == UInt8(ascii: ".") || w[e - 1] == UInt8(ascii: "!"))
    }

    /// "Sen.", "Jan.", "U.S.", "D.C.": a capitalised word of at most four letters, or with a dot inside.
    private static func isAbbreviation(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count >= 2, w[w.count - 1] == UInt8(ascii: "."), isCapitalised(w) else { return false }
        return w.count <= 5 || w.dropLast().contains(UInt8(ascii: "."))
    }

    private static func isCapitalised(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b = w.first else { return false }
        // A non-ASCII first letter ("Ángel", "Özil") counts: names are what carry them.
        return b.isASCIIUpper || b >= 0xC3
    }

    /// Three or more letters, all capitals ("WASHINGTON", "NEW"): a dateline or a shouted label.
    private static func isAllCaps(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        for b in w {
            if b.isASCIILower { return false }
            if b.isASCIIUpper { letters += 1 }
        }
        return letters >= 3
    }
}
