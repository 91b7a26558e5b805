/// Cheap byte-level facts about a line, shared by the classifier and the splitter.
///
/// Everything here is one pass over the line's UTF-8 bytes (or over its last few bytes), so the
/// splitter can afford to compute it for every line, long prose lines included.
enum LineText {
    /// The line without leading/trailing white space (ASCII, NBSP).
    static func trimmed(_ s: Substring) -> Substring {
        var start = s.startIndex, end = s.endIndex
        while start < end, s[start].isWhitespace { start = s.index(after: start) }
        while end > start, s[s.index(before: end)].isWhitespace { end = s.index(before: end) }
        return s[start..<end]
    }

    /// The form literal rules are compared with: ASCII lower-cased, curly quotes made straight,
    /// white-space runs collapsed to one space. Punctuation is kept, unlike `LineKey`, so that a
    /// suffix such as `(afp/file)` cannot match prose that merely ends in "AFP file".
    static func fold(_ s: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = false
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            var b = bytes[i]
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x98, 0x99: b = 0x27; i += 2          // ‘ ’ → '
                case 0x9C, 0x9D: b = 0x22; i += 2          // “ ” → "
                case 0x93, 0x94: b = 0x2D; i += 2          // – — → -
                default: break
                }
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                b = 0x20; i += 1
            }
            if b == 0x20 || b == 0x09 {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20); space = false }
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Number of white-space separated words.
    static func wordCount(_ s: some StringProtocol) -> Int {
        var n = 0, inWord = false
        for b in s.utf8 {
            if b == 0x20 || b == 0x09 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    /// How a line ends, ignoring closing quotes and brackets.
    enum Ending { case sentence, question, open }

    /// `.`/`;`/`:`/`,`/`…` end a sentence or clause; `!`/`?` are kept apart because headlines
    /// often end in them; anything else (a letter, a digit) is an open end, typical of headlines.
    static func ending(_ s: some StringProtocol) -> Ending {
        for ch in s.reversed() {
            switch ch {
            case "\"", "'", "”", "’", ")", "]", "»", " ", "*": continue
            case ".", ";", ":", ",", "…": return .sentence
            case "!", "?": return .question
            default: return .open
            }
        }
        return .open
    }

    /// True when the line starts with an upper-case letter, a digit or an opening quote.
    static func startsCapitalised(_ s: some StringProtocol) -> Bool {
        guard let ch = s.first(where: { !"\"'‘“(«".contains($0) }) else { return false }
        return ch.isUppercase || ch.isNumber
    }

    /// Share of words of 4+ letters that start with a capital (title-case headlines score high).
    static func capitalisedShare(_ s: some StringProtocol) -> Double {
        var long = 0, caps = 0
        for word in s.split(separator: " ") where word.count >= 4 {
            long += 1
            if let f = word.first(where: \.isLetter), f.isUppercase { caps += 1 }
        }
        return long == 0 ? 0 : Double(caps) / Double(long)
    }
}
