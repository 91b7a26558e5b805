import Foundation

/// Finds datelines (`(LONDON) — `, `BRUSSELS: `, `WASHINGTON (Reuters) - `) at the start of a line.
///
/// Only the first `dateline_max_chars` characters are examined, and only when the line opens
/// with `(` or two capitals, so prose lines cost one or two byte comparisons.
struct DatelineMatcher {
    let patterns: [NSRegularExpression]
    let maxChars: Int

    init(_ config: SplitConfig) throws {
        maxChars = config.datelineMaxChars
        patterns = try config.datelinePatterns.map { p in
            do { return try NSRegularExpression(pattern: p) } catch {
                throw ConfigError(path: "split.dateline_patterns", message: "bad dateline regular expression '\(p)': \(error.localizedDescription)")
            }
        }
    }

    /// The dateline's place, if `line` opens with one.
    func place(in line: String) -> String? {
        let u = line.utf8
        guard let b0 = u.first else { return nil }
        let b1 = u.dropFirst().first ?? 0
        let isCap = { (b: UInt8) in b >= 0x41 && b <= 0x5A }
        guard b0 == 0x28 || (isCap(b0) && isCap(b1)) else { return nil }
        let head = String(line.prefix(maxChars))
        let ns = head as NSString
        for re in patterns {
            guard let m = re.firstMatch(in: head, options: [], range: NSRange(location: 0, length: ns.length)) else { continue }
            let r = m.numberOfRanges > 1 ? m.range(at: 1) : m.range
            guard r.location != NSNotFound else { continue }
            return Self.placeOnly(ns.substring(with: r))
        }
        return nil
    }

    /// `WASHINGTON, March 3` → `WASHINGTON`: a date after the place is not part of it.
    static func placeOnly(_ s: String) -> String {
        if let comma = s.utf8.firstIndex(of: 0x2C) {
            let rest = s[s.index(after: comma)...]
            if rest.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                return String(SplitText.trimmingBlanks(String(s[..<comma])))
            }
        }
        return String(SplitText.trimmingBlanks(s))
    }
}
