extension StorySplitter.Pass {
    /// Line i, a headline found under what took the title first (an export's date line, a
    /// provider's name), titles the open story instead: its key, its line and the repeated-
    /// headline check's bare key follow it, and the header goes on under it.
    mutating func retitle(at i: Int, key lineKey: UInt64) {
        current!.title = String(lines[i].content)
        current!.titleKey = lineKey
        current!.titleLine = i
        bareTitleKey = StorySplitter.bareTitleKey(current!.title!, minWords: StorySplitter.minRepeatedHeadlineWords)
        inHeader = true
        fate(i, .title)
    }
}
