/// A table of tab (or `|`) rows whose title the text does not hold, a page stored from its unit
/// line on: the unit line is followed by a header row of several cells naming columns (项目,
/// 预算数, …) and holding no number, possibly a second header row, then a row with amounts.
enum UntitledGrid {
    static func headsTable(after unitLine: Int, in lines: [String]) -> Bool {
        if let previous = nonBlank(before: unitLine, in: lines), hasAmount(cells(lines[previous])) { return false }
        var k = unitLine + 1
        var headerRows = 0
        while k < lines.count, headerRows <= Thresholds.untitledGridHeaderRows {
            defer { k += 1 }
            if lines[k].allSatisfy(\.isWhitespace) { continue }
            let row = cells(lines[k])
            guard row.count >= 2 else { return false }
            if hasAmount(row) { return headerRows > 0 }
            if headerRows == 0, row.count < 3 || !row.contains(where: { HeaderWords.isHeaderWord(TextRepair.compact($0)) }) {
                return false
            }
            headerRows += 1
        }
        return false
    }

    private static func cells(_ line: String) -> [String] {
        guard line.utf8.contains(UInt8(ascii: "\t")) else { return [] }
        return line.split(separator: "\t").map { UTF8Text.trimmingWhitespace(String($0)) }.filter { !$0.isEmpty }
    }

    private static func hasAmount(_ row: [String]) -> Bool {
        row.dropFirst().contains { TokenKind.of(TextRepair.compact($0)).isNumeric }
    }

    private static func nonBlank(before i: Int, in lines: [String]) -> Int? {
        (0..<i).last { !lines[$0].allSatisfy(\.isWhitespace) }
    }
}
