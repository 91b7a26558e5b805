/// A wire copy's pointer to a graphic or a box (`GRAPHIC: Impeachment of U.S. President Donald
/// Trump - here`, `FACTBOX: What is in the bill – here`): the link text of a line inside a story,
/// whose link the scrape dropped. Its label opens it like a colon dateline (`OPINION: …`), so it
/// read as a kicker headline and split the story it sits in (w1). A line that ends on a dash and
/// `here` points elsewhere; it opens nothing: no dateline lede, and no headline (`link_line`, as
/// a link line). So does one that ends on the link itself, a short link with no scheme
/// (`(Graphic: Nuclear North Korea - tmsnrt.rs/2lE5yjF)`): with a caption's dateline no longer
/// a lede, the dump's vote for dateline ledes failed and that pointer opened a story (allsides-dev).
extension BoundaryPlanner {
    /// Line bytes `u` end (trailing spaces aside) on `here` after a dash (`-`, `–`, `—`) or a
    /// colon, or on a short link (`endsOnBareLink`).
    static func pointsToLink(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        if endsOnBareLink(u) { return true }
        var end = u.count
        while end > 0 && u[end - 1] == 0x20 { end -= 1 }
        guard end >= 6 else { return false }
        let here: [UInt8] = [0x68, 0x65, 0x72, 0x65]
        for k in 0..<4 where (u[end - 4 + k] | 0x20) != here[k] { return false }
        var p = end - 5
        while p >= 0 && u[p] == 0x20 { p -= 1 }
        guard p >= 0, p < end - 5 else { return false }   // `here` is a word of its own
        if u[p] == 0x2D || u[p] == 0x3A { return true }
        // U+2013 EN DASH, U+2014 EM DASH (E2 80 93 / E2 80 94).
        return p >= 2 && u[p - 2] == 0xE2 && u[p - 1] == 0x80 && (u[p] == 0x93 || u[p] == 0x94)
    }

    /// The last word of `u` (a closing `)` and trailing spaces aside) is a link without a scheme:
    /// a host with a dot and a lower-case suffix of two or more letters (`tmsnrt.rs`, `bit.ly`),
    /// a slash and a path. `and/or`, `9/11` and `U.S./Mexico` have no such host.
    static func endsOnBareLink(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        // One backward pass over the last word (asked of every line the planner scores): its
        // first slash, then the host's suffix before it.
        var end = u.count
        while end > 0 && (u[end - 1] == 0x20 || u[end - 1] == 0x29) { end -= 1 }
        var k = end - 1, slash = -1
        while k >= 0 && u[k] != 0x20 {
            if u[k] == 0x2F { slash = k }
            k -= 1
        }
        let start = k + 1
        guard slash > start, slash + 1 < end, end - start >= 6 else { return false }
        var d = slash - 1
        while d > start && u[d].isASCIILower { d -= 1 }
        return u[d] == 0x2E && d > start && slash - d - 1 >= 2
    }
}
