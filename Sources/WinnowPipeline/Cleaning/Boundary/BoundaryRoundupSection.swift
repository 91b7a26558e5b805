/// A contributor's section in a roundup (`CNN Opinion asked a range of contributors …`): each
/// section is headed `<Name>: <their take>` over a line with just that name, and closes with the
/// contributor's bio. A head of that shape right under a bio (`sign_off_before`) is the next
/// section of the same piece, not a story: a column printed alone carries its byline, and the
/// story before it its trailer, not a bio that hands over to the next name.
extension BoundaryPlanner {
    /// Words of a contributor's name (`Dan Pfeiffer`, `S.E. Cupp`, `Maria Elena Salinas`).
    static let roundupNameWords = 2...4

    static func isRoundupSection(_ i: Int, _ s: ScoredLine, _ lines: [ClassifiedLine]) -> Bool {
        guard s.fired.contains(.signOffBefore) else { return false }
        var j = i + 1
        while j < lines.count, case .blank = lines[j].kind { j += 1 }
        guard j < lines.count, roundupNameWords.contains(lines[j].words) else { return false }
        return lines.withContentBytes(i) { head in lines.withContentBytes(j) { name in
            // `<name>: ` opens the head.
            let n = name.count
            guard head.count > n + 2, head[n] == UInt8(ascii: ":"), head[n + 1] == 0x20 else { return false }
            for k in 0..<n where head[k] != name[k] { return false }
            return true
        } }
    }
}
