/// A wiki's section heading: MediaWiki prints each section's title with its edit link, which a
/// scrape flattens to `Early American science [ edit ]` or `Medicine[edit]`. The page's own title
/// carries no edit link; every line so marked is a section of the article around it, however far
/// its topic strays from the section before (a survey article's sections share few words), so it
/// is no story start (`wiki_section_head`).
extension BoundaryScorer {
    /// The content ends with `[edit]` or `[ edit ]` (ASCII, trailing blanks aside) after some text.
    static func endsWithEditLink(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var e = u.count
        while e > 0 && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
        guard e > 6, u[e - 1] == 0x5D else { return false }  // `]`
        var k = e - 2
        if u[k] == 0x20 { k -= 1 }
        // `edit`, read backwards from its `t`.
        guard k >= 4, u[k] == 0x74, u[k - 1] == 0x69, u[k - 2] == 0x64, u[k - 3] == 0x65 else { return false }
        k -= 4
        if k >= 0 && u[k] == 0x20 { k -= 1 }
        // `[`, with the section's title before it.
        return k >= 1 && u[k] == 0x5B
    }
}
