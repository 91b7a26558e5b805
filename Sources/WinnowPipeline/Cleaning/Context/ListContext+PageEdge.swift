/// Where a rail's link list that no blank line closes meets the next page: a portal glues its
/// pages line to line, so a `Most read` box runs straight into the next page's top. Two tops end
/// the list as a blank line would:
///
/// - the next page's title tag (`Headline | Site`) whose headline the page prints again a few
///   lines below it, under its masthead and navigation: a rail's item carries no site name, and
///   no item repeats below the list;
/// - a prompt to the reader (`chrome_prompt`: a sign-up box, an app prompt) right under a rail
///   whose numbers the scrape kept on some items only (`ListContext.mixedItems`): pages set such
///   prompts between boxes and articles, as `itemsAboveHeadline` reads them under an unnumbered run.
///
/// Where neither closes such a rail (it runs into the next page's masthead and menu, which the
/// passes after the lists strip), its ranks past the numbered run still reach to the last of them
/// (`rankedEdge`): a rank in sequence is the rail's, whatever follows it.
extension ListContext {
    /// Lines below a title tag within which the page prints its headline again (masthead, menu
    /// and breadcrumb between: five to eight lines on the portal dev sets).
    static let titleTagRepeatWindow = 12

    /// Body line `j` is a page's title tag: `Headline | Site`, its headline again as a line of its
    /// own within `titleTagRepeatWindow` lines below.
    static func isRepeatedTitleTag(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[j].kind else { return false }
        return lines.withContentBytes(j) { u in
            guard let end = StorySplitter.bareHeadlineEnd(u), end > 0 else { return false }
            let head = UnsafeBufferPointer(rebasing: u[..<end])
            var k = j + 1
            while k < lines.count && k <= j + titleTagRepeatWindow {
                if lines[k].kind != .blank, lines.withContentBytes(k, { $0.elementsEqual(head) }) { return true }
                k += 1
            }
            return false
        }
    }

    /// Line `j` is stripped as a prompt to the reader: the next box, closing a rail's block.
    static func closesRail(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .stripped(let rule, _) = lines[j].kind else { return false }
        return rule == promptRule
    }
}
