/// An embedded post's signature alone on its line, under the post's text as the scrape flattened
/// the embed: `— Jane Doe (@janedoe) March 2, 2020`. It names who posted, not what the story says:
/// stripped as `social_embed` (a widget, as the family's `A post shared by …` line is). The post's
/// text right above it goes with it when it ends on the post's link (`Big news coming tomorrow.
/// pic.twitter.com/x8Kq`): the embed's card as flattened. Kept alone over a stripped line, a short
/// line ending without a stop read as the next story's headline (g104 split 13 stories there).
/// A post's text without a link is left to the story (an article quotes the post).
///
/// Not when the posts are the story: a roundup of reactions quotes post after post, most signed at
/// the end of their own line (`GFY Haley — Jane Doe (@jd) December 6, 2019`); a signature alone on
/// its line among those is part of the roundup (dev gold keeps it as body). Nor a line with more
/// than a name before the handle (`— Police arrest a reporter on live tv. https://t.co/… — Jake
/// Sherman (@JakeSherman) May 29, 2020` is a post quoted in full).
enum EmbedSignature {
    static let rule = "social_embed"
    /// A signature is a dash, a name (up to five words), the handle and a date (three words).
    private static let maxWords = 10
    /// Lines either side searched for a post signed at its own line's end.
    private static let roundupReach = 4
    /// A post's text is short (280 characters at most on the sites that embed them).
    private static let maxPostWords = 60
    private static let linkOpenings: [[UInt8]] = ["pic.twitter.com/", "https://", "http://"].map { Array($0.utf8) }

    /// Content bytes `u` end on a link: the last word opens with a scheme or `pic.twitter.com/`.
    static func endsOnLink(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = Reflow.lastWord(u)
        return linkOpenings.contains { last.count > $0.count && last.starts(with: $0) }
    }

    static func apply(_ lines: inout [ClassifiedLine]) {
        for i in lines.indices where lines[i].kind == .body && lines[i].words <= maxWords {
            guard lines.withContentBytes(i, isSignature) else { continue }
            // The embed stands as a paragraph of its own: the signature under the post's one
            // line, blank lines around; in unwrapped copy (a paragraph a line, no blank lines)
            // the post's line under a finished paragraph, not indented. Hard-wrapped copy signs a
            // post at the end of its wrapped paragraph (`    My warmest condolences … and` /
            // `families of … God bless you!` / `— Donald J. Trump (@realDonaldTrump) October 2,
            // 2017`): the post is quoted there, signature and all (dev gold keeps it).
            let post = i - 1
            let postLine = post >= 0 && lines[post].kind == .body
            if isBlank(i + 1, lines) {
                // A signature alone, no post over it, is the wrapped tail of a quoted post as often.
                guard postLine, isBlank(post - 1, lines) else { continue }
            } else {
                guard postLine, post >= 1, lines[post - 1].kind == .body,
                      lines.withTextBytes(post, { $0.count > 0 && $0[0] != 0x20 && $0[0] != 0x09 }),
                      lines.withContentBytes(post - 1, { LineText.ending(bytes: $0) }) == .sentence else { continue }
            }
            guard !inRoundup(i, lines) else { continue }
            lines[i] = lines[i].with(kind: .stripped(rule: rule, role: .widget),
                                     detail: "an embedded post's signature under the post")
            if lines[post].words <= maxPostWords, lines.withContentBytes(post, endsOnLink) {
                lines[post] = lines[post].with(kind: .stripped(rule: rule, role: .widget),
                                               detail: "an embedded post's text over its signature")
            }
        }
    }

    /// Line `i` is blank, or before the first line or after the last.
    private static func isBlank(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        i < 0 || i >= lines.count || lines[i].kind == .blank
    }

    /// Content bytes `u` are `— Name (@handle) Month D, YYYY`: an em or en dash and a space first,
    /// no link or sentence stop before the handle, a year after it.
    static func isSignature(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 16, u.count <= 140, u[0] == 0xE2, u[1] == 0x80, u[2] == 0x94 || u[2] == 0x93,
              u[3] == 0x20, BoundaryScorer.endsOnTweetAttribution(u) else { return false }
        var k = 4
        while k + 1 < u.count, !(u[k] == 0x28 && u[k + 1] == 0x40) {
            // A stop after more than an initial (`Jane Q. Doe` is a name; `tv.` ends a sentence),
            // or a link: a post's text, not a name.
            if u[k] == 0x3F || u[k] == 0x21 || u[k] == 0x2F { return false }
            if u[k] == 0x2E, k >= 6, u[k - 2] != 0x20 { return false }
            k += 1
        }
        return k + 1 < u.count
    }

    /// A kept line near `i` ends on a signature after the post's text: the posts are the story.
    private static func inRoundup(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        LineReach.around(roundupReach).contains(around: i, lineCount: lines.count) { j in
            lines[j].kind == .body && lines.withContentBytes(j, { BoundaryScorer.endsOnTweetAttribution($0) && !isSignature($0) })
        }
    }
}
