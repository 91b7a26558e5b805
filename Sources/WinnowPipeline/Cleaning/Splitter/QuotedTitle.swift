/// A headline quoted in a forwarded or replied e-mail (`> Supreme Court refuses to block …`, or
/// nested, `> > …`): the quote markers are the mail client's, not the headline's, so the title
/// goes without them. The body keeps its lines as written.
enum QuotedTitle {
    static func unquoted(_ title: String) -> String {
        let u = title.utf8
        guard u.first == UInt8(ascii: ">") else { return title }
        var i = u.startIndex
        while i < u.endIndex, u[i] == UInt8(ascii: ">") || u[i] == UInt8(ascii: " ") { i = u.index(after: i) }
        // A title of nothing but markers stays as it is.
        return i == u.endIndex ? title : String(title[i...])
    }
}
