/// A record's `Title:` field that repeats a line above it in the same text: an export's trailer
/// naming the document's headline again (ProQuest prints `Title: <headline>` among `Subject:`,
/// `Publication title:` … under the text), a second copy of the headline printed over the record.
/// The `field_title` rule cut its label and left the value as the line, which the splitter then
/// kept as the story's last line, or, once the fields around it were stripped, read as the next
/// story's headline (under nothing but furniture). Stripped as `repeated_headline`.
///
/// The copy must repeat a body line above it, within `reach` lines: a reader page's `Title:` over
/// its text (nothing above it says the same) is the page's headline, and stays.
enum TitleFieldRepeat {
    static let rule = "repeated_headline"
    /// The rule that cuts a title field's label (`Pipelines/news.yaml`).
    static let fieldRule = Array("field_title:".utf8)
    /// Lines above the field searched for its headline (a long record's text lies between).
    static let reach = 600

    static func apply(_ lines: inout [ClassifiedLine]) {
        for i in lines.indices where lines[i].contentByteCount < lines[i].textByteCount {
            guard case .body = lines[i].kind, lines[i].detail.utf8.starts(with: fieldRule) else { continue }
            let key = lines[i].key
            var j = i - 1
            while j >= 0 && j >= i - reach {
                if case .body = lines[j].kind, lines[j].key == key, lines[j].contentByteCount == lines[i].contentByteCount {
                    lines[i] = lines[i].with(kind: .stripped(rule: rule, role: nil),
                                             detail: "a title field repeating line \(j + 1) above")
                    break
                }
                j -= 1
            }
        }
    }
}
