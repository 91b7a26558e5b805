/// A line that carries a link (`https://t.co/…`, `pic.twitter.com/…`, `www.example.org`) is no
/// headline over a header block: an embedded tweet as scraped (`Not worth it.
/// pic.twitter.com/N5tM — Jane Doe (@janedoe) August 6, 2019`) ends the story above as often as
/// a paragraph does, and a page prints its headline without a link in it. The header lift
/// (`BoundaryHeaderLift.swift`) took such a tweet, the last story's closing lines, for the next
/// story's headline with that story's last paragraph as its dek (w1).
extension BoundaryScorer {
    /// Line bytes `u` hold a URL's scheme separator, a tweet's picture link or a `www.` host.
    static func carriesLink(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        linkMarks.contains { ByteSearch.contains(u, $0) }
    }

    static let linkMarks: [[UInt8]] = ["://", "pic.twitter.com/", "www."].map { Array($0.utf8) }
}
