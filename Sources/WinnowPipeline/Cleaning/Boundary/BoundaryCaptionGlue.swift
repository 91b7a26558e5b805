/// A photo caption with its agency credit and the page's headline glued on after a bar
/// (`Obama said Mandela 'makes me want to be a better man.' | REUTERS Obama: Mandela 'woke me up'`,
/// `… at best, half true. | Brett Flashnick/ for POLITICO Checking Clinton's facts …`): a scraped
/// page's lead picture, kept as the story's first paragraph (body in wire gold), no headline.
///
/// Where it starts a story it opens it untitled (the builder's choice, `StorySplitter+PassBody.swift`;
/// the plan is left as it is: read as an opening there, w2 lost the start): read as a title the
/// line left the text (wire sets w1-w3 and six fresh ones titled 15 stories with such lines). A sentence ends right before the
/// bar, the credit follows within `maxCreditWords` words (an agency's name in capitals or
/// `Reuters`, `AP Photo(s)`, `AFP`, `Getty Images`, or a slash-joined credit `Name/AP`), and more
/// words follow it. A headline with its site after a bar (`… | Reuters`) ends there.
extension BoundaryPlanner {
    static let maxCreditWords = 6

    static func isCaptionCreditGlue(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 1
        while k + 2 < u.count {
            defer { k += 1 }
            guard u[k] == 0x7C, u[k - 1] == 0x20, u[k + 1] == 0x20, k >= 2, endsSentence(u[k - 2]) else { continue }
            if creditFollows(u, from: k + 2) { return true }
        }
        return false
    }

    /// The byte before a bar's space ends a sentence or a quote (`.`, `?`, `!`, `)`, quotes).
    private static func endsSentence(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x3F || b == 0x21 || b == 0x29 || b == 0x22 || b == 0x27
            || b == 0x9D || b == 0x99  // the last bytes of `”` and `’`
    }

    /// Within `maxCreditWords` words from `start` a credit token, and a word after the credit's own.
    private static func creditFollows(_ u: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var k = start, words = 0
        while k < u.count, words < maxCreditWords {
            let s = k
            while k < u.count, u[k] != 0x20 { k += 1 }
            let token = UnsafeBufferPointer(rebasing: u[s..<k])
            words += 1
            if isCreditToken(token) {
                // `AP Photo` / `Getty Images`: the credit's second word is the credit's too.
                var e = k
                while e < u.count, u[e] == 0x20 { e += 1 }
                if e < u.count, startsWith(u, at: e, "Photo") || startsWith(u, at: e, "Images") {
                    while e < u.count, u[e] != 0x20 { e += 1 }
                    while e < u.count, u[e] == 0x20 { e += 1 }
                }
                return e < u.count
            }
            while k < u.count, u[k] == 0x20 { k += 1 }
        }
        return false
    }

    private static func isCreditToken(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        if t.contains(0x2F) { return true }  // `Name/AP`, `Flashnick/`
        return creditNames.contains { $0.count == t.count && t.elementsEqual($0) }
    }

    /// Agency names that credit a photo alone (as printed: `Reuters`, not `reuters`).
    private static let creditNames: [[UInt8]] = ["REUTERS", "Reuters", "AP", "AFP", "Getty"].map { Array($0.utf8) }

    private static func startsWith(_ u: UnsafeBufferPointer<UInt8>, at k: Int, _ s: String) -> Bool {
        let n = s.utf8.count
        return k + n <= u.count && u[k..<k + n].elementsEqual(s.utf8)
    }
}
