/// Sort key for dates found in metadata (`2024-10-28`, `24 October 2024`, `October 24, 2024`):
/// `yyyymmdd` as an integer, or nil when the text is not a date we can read. Used only to pick
/// the earliest copy of a story; a story without a readable date ranks after those with one.
enum DateKey {
    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]

    static func parse(_ text: String) -> Int? {
        let s = text.lowercased()
        let digitsRuns = s.split(whereSeparator: { !$0.isNumber }).map(String.init)
        // ISO: 2024-10-28 (possibly with a time after it).
        let utf8 = Array(s.utf8)
        if utf8.count >= 10, utf8[4] == 0x2D, utf8[7] == 0x2D,
           let y = Int(String(decoding: utf8[0..<4], as: UTF8.self)),
           let m = Int(String(decoding: utf8[5..<7], as: UTF8.self)),
           let d = Int(String(decoding: utf8[8..<10], as: UTF8.self)) {
            return valid(y, m, d)
        }
        // Month names: "24 October 2024", "October 24, 2024", "Oct. 24 2024".
        guard let month = months.firstIndex(where: { s.contains($0) || s.contains(String($0.prefix(3)) + " ") || s.contains(String($0.prefix(3)) + ".") }) else {
            return nil
        }
        let numbers = digitsRuns.compactMap(Int.init)
        guard let year = numbers.first(where: { $0 >= 1900 && $0 <= 2100 }),
              let day = numbers.first(where: { $0 >= 1 && $0 <= 31 }) else { return nil }
        return valid(year, month + 1, day)
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> Int? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return y * 10000 + m * 100 + d
    }
}
