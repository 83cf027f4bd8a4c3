/// A caption that closes the table before it: a page printing two tables one cell per line, the
/// second's caption (a year's phrase ending in 情况 and without 表, 2020年度…使用情况) right after
/// the first table's last value. A row's name is followed by its values; the caption is followed
/// by the cells of a header (two at least), then values; and it is none of the first table's
/// header cells (a header repeated on a new page). Without it the second table's header and rows
/// are read as rows of the first.
enum ClosingCaption {
    /// Whether line `i` is such a caption of a new table inside the table titled at `title`.
    static func closesTable(at i: Int, in lines: [String], title: Int) -> Bool {
        // Cheapest refusals first: this runs for lines inside tables.
        guard UTF8Text.contains(lines[i], "情况") else { return false }
        let caption = TextRepair.compact(lines[i])
        guard caption.hasSuffix("情况"), holdsYear(caption), isCell(lines[i]) else { return false }
        let before = (title + 1..<i).filter { !UTF8Text.trimmingWhitespace(lines[$0]).isEmpty }
        // The table before ends on a value (or a placeholder for one) of a row.
        guard let last = before.last, isCell(lines[last]), TokenKind.of(UTF8Text.trimmingWhitespace(lines[last])).isValueLike,
              let firstValueBefore = before.first(where: { isValue(lines[$0]) }) else { return false }
        // The caption repeats none of the first table's header cells.
        guard !before.prefix { $0 < firstValueBefore }.contains(where: { TextRepair.compact(lines[$0]) == caption }) else { return false }
        let after = lines[(i + 1)...].lazy.filter { !UTF8Text.trimmingWhitespace($0).isEmpty }.prefix(Thresholds.cellPerLineTitleLookahead)
        guard let firstValue = after.firstIndex(where: isValue) else { return false }
        let header = after[after.startIndex..<firstValue]
        return header.count >= 2 && header.allSatisfy { isCell($0) && TokenKind.of(UTF8Text.trimmingWhitespace($0)) == .text }
    }

    /// One cell on the line: no tab.
    private static func isCell(_ line: String) -> Bool { !UTF8Text.containsByte(line, 9) }

    private static func isValue(_ line: String) -> Bool {
        isCell(line) && TokenKind.of(UTF8Text.trimmingWhitespace(line)).isNumeric
    }

    /// A year of four digits followed by 年 ("2020年度").
    private static func holdsYear(_ text: String) -> Bool {
        var digits = 0
        for s in text.unicodeScalars {
            if s == "年", digits == 4 { return true }
            digits = ("0"..."9").contains(s) ? digits + 1 : 0
        }
        return false
    }
}
