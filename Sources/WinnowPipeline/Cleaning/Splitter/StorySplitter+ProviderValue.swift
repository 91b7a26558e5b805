/// A provider line's value over a release's headline: a wire page opens with a credit label and
/// its value on the next line (`News provided by` / `Atlas Union Credit Cooperative`, `Distributed
/// by` / `<agency>`), then the date and the release's headline. The value, a short Title Case name
/// at the top of the page, reads as a headline and took the title; it names who sent the item,
/// not what it says. The first headline in the header below takes the title back, and the name
/// goes to `metadata.provider`.
extension StorySplitter {
    /// Title line `h` sits right under a short label ending in ` by` (no blank line between;
    /// the label kept or stripped, `News provided by` is learned boilerplate in a wire dump).
    static func isProviderValue(_ h: Int, in lines: [ClassifiedLine]) -> Bool {
        guard h > 0, lines[h].words <= maxProviderWords, lines[h - 1].words >= 2,
              lines[h - 1].words <= maxProviderLabelWords, lines[h - 1].kind != .blank else { return false }
        return lines.withContentBytes(h - 1) { u in
            var n = u.count
            while n > 0, u[n - 1] == 0x20 || u[n - 1] == UInt8(ascii: ":") { n -= 1 }
            guard n >= 3, u[n - 3] == 0x20 else { return false }
            return (u[n - 2] | 0x20) == UInt8(ascii: "b") && (u[n - 1] | 0x20) == UInt8(ascii: "y")
        }
    }

    private static let maxProviderWords = 8
    private static let maxProviderLabelWords = 4
}

extension StorySplitter.Pass {
    /// While the story has no text yet, a headline under a title that is a provider's name takes
    /// the title; the header below it is read as a headline's header.
    mutating func takeReleaseTitle(_ i: Int, key lineKey: UInt64) -> Bool {
        // Cheap facts first: most body lines end a sentence, and reading the builder copies it.
        guard storyCount > 0, plan.facts.ending[i] != .sentence, current!.isOpening, let h = current!.titleLine, h < i,
              StorySplitter.isProviderValue(h, in: lines),
              StorySplitter.readsAsHeadline(i, in: lines, facts: plan.facts, config: scorer.config, labelled: true)
        else { return false }
        if let provider = current!.title { current!.metadata["provider"] = .string(provider) }
        retitle(at: i, key: lineKey)
        return true
    }
}
