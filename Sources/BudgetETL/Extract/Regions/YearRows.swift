/// Rows named by year under a 年份 column (a yearbook's "1996 3838.32 1,490.23 …"): the year that
/// opens a body line is the row's name, not an amount. Read as a number, it stood as the first
/// value, under the first measure, and every value after it one column to the right.
enum YearRows {
    static func retyped(_ body: [TableLines.Line], header: [TableLines.Line]) -> [TableLines.Line] {
        guard let first = header.first(where: { !$0.compact.isEmpty }), first.compact.hasPrefix("年份") else { return body }
        return body.map { line in
            guard let k = line.tokens.firstIndex(where: { !$0.isBlank }), BareYear.holds(line.tokens[k].text) else { return line }
            var line = line
            line.tokens[k].readAsWords()
            return line
        }
    }
}
