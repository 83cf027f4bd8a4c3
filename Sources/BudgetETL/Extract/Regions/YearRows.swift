/// Rows named by year under a 年份 column (a yearbook's "1996 3838.32 1,490.23 …"): the year that
/// opens a body line is the row's name, not an amount. Read as a number, it stood as the first
/// value, under the first measure, and every value after it one column to the right.
enum YearRows {
    static func retyped(_ body: [TableLines.Line], header: [TableLines.Line]) -> [TableLines.Line] {
        guard let first = header.first(where: { !$0.compact.isEmpty }),
              first.compact.hasPrefix("年份") || namedByYearsUnderNameColumn(body, header: header) else { return body }
        return body.map { line in
            guard let k = line.tokens.firstIndex(where: { !$0.isBlank }), BareYear.holds(line.tokens[k].text) else { return line }
            var line = line
            line.tokens[k].readAsWords()
            return line
        }
    }

    /// A name column headed otherwise (项目: a sheet's header made anew) over rows that every one
    /// open with a year, each a different one, and hold numbers after it (lines of words aside):
    /// a table of years. A classification's codes have 3, 5 or 7 digits, so no row of codes reads so.
    static func namedByYearsUnderNameColumn(_ body: [TableLines.Line], header: [TableLines.Line]) -> Bool {
        // Asked of every table: the body's first tokens are looked at before the header's words.
        var years: Set<String> = []
        for line in body {
            // Lines of words (a heading, a page's furniture) name no row.
            guard let first = line.tokens.first(where: { !$0.isBlank }), first.kind != .text else { continue }
            guard first.kind == .integer, BareYear.holds(first.text), years.insert(first.text).inserted else { return false }
            let rest = line.tokens.filter { !$0.isBlank }.dropFirst()
            guard !rest.isEmpty, rest.allSatisfy({ $0.kind.isNumeric }) else { return false }
        }
        return years.count >= 2 && header.contains { line in
            line.tokens.first { !$0.isBlank }.map { HeaderWords.isLabel(TextRepair.compact($0.text)) } ?? false
        }
    }
}
