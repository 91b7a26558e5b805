/// A sentence cut off by a dash (`So you want to convert them to Yang? You think —`): an interrupted
/// speaker in a transcript or an interview, never a headline (`BoundaryScorer.headline`).
/// allsides-dev: 8 single-article records split under such a line.
extension BoundaryScorer {
    /// Words a line needs before a dash at its end reads as a cut-off sentence (`WASHINGTON —` alone
    /// is a dateline's line, `LIVE —` a label).
    static let cutOffMinWords = 4

    /// The line ends on a dash after a word and a space (`… the song that —`, `… you think --`),
    /// closing quotes aside.
    static func endsCutOff(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var e = LineText.endBeforeClosingQuotes(u)
        while e > 0 && u[e - 1] == 0x20 { e -= 1 }
        var dash = 0
        if e >= 3, u[e - 3] == 0xE2, u[e - 2] == 0x80, u[e - 1] == 0x94 || u[e - 1] == 0x93 { dash = 3 }
        else if e >= 2, u[e - 2] == 0x2D, u[e - 1] == 0x2D { dash = 2 }
        guard dash > 0, e - dash >= 2, u[e - dash - 1] == 0x20 else { return false }
        let b = u[e - dash - 2]
        return b >= 0x80 || b.isASCIILetter || b.isASCIIDigit
    }
}
