/// Cells in reading order, blank cells kept (a lone "|" closing an empty cell), whose rows end in
/// a column of words (备注, 责任单位, 支出方向): `NamedRows` cuts a row at every name, so the words
/// after a row's amounts cut it short. The header tells the width instead: the run opens with its
/// W header cells (words only, a header word among them), and the cells after them fold into rows
/// of W cells, each opening with a name, every column holding one kind (words or numbers, blanks
/// aside) in every row, one column of words after the name at least, or a remarks column (备注)
/// that no row fills (`NamedRows` drops a row's blank end, so it would read rows one cell short).
/// A row of W blank cells (an empty row printed inside the table) is no row. Only one width may
/// fit; with two, or none, nothing is folded. Each row is written back as one tab-separated line
/// on its first cell's line, blanks in their columns.
enum HeaderWidthRows {
    static func folded(_ cells: [NamedRows.Cell]) -> [Int: String]? {
        let leadingWords = cells.prefix { NamedRows.isName($0.text) }.count
        guard leadingWords >= 2 else { return nil }
        let fits = (2...leadingWords).compactMap { rows(cells, width: $0) }
        guard fits.count == 1, let rows = fits.first else { return nil }
        var out: [Int: String] = [:]
        for cell in cells { out[cell.line] = "" }
        for row in rows { out[row[row.startIndex].line] = row.map(\.text).joined(separator: "\t") }
        return out
    }

    /// The header and the rows, when `width` cells make both.
    private static func rows(_ cells: [NamedRows.Cell], width: Int) -> [ArraySlice<NamedRows.Cell>]? {
        // Blank cells after the last row (empty rows printed after it) are no row of their own.
        var filled = cells.count
        while filled > width, cells[filled - 1].text.isEmpty { filled -= 1 }
        let end = width + (filled - width + width - 1) / width * width
        guard end <= cells.count, end - width >= 2 * width else { return nil }
        let header = cells[0..<width]
        guard header.contains(where: { HeaderWords.isHeaderWord(TextRepair.compact($0.text)) }) else { return nil }
        let rows = stride(from: width, to: end, by: width).map { cells[$0..<$0 + width] }
            .filter { row in row.contains { !$0.text.isEmpty } }
        guard rows.allSatisfy({ NamedRows.isName($0[$0.startIndex].text) }) else { return nil }
        var numericColumns = 0, wordColumns = 0
        for column in 1..<width {
            let kinds = Set(rows.map { $0[$0.startIndex + column].text }.filter { !$0.isEmpty }.map { TokenKind.of($0).isNumeric })
            guard kinds.count <= 1 else { return nil }
            if kinds == [true] { numericColumns += 1 }
            if kinds == [false] { wordColumns += 1 }
        }
        let valued = rows.filter { row in row.dropFirst().contains { TokenKind.of($0.text).isNumeric } }
        // Without a column of words `NamedRows` reads the rows (or they need no folding: each
        // value keeps its own line).
        let blankRemarks = (1..<width).contains { column in
            RemarksColumn.isRemarks(TextRepair.compact(header[header.startIndex + column].text))
                && rows.allSatisfy { $0[$0.startIndex + column].text.isEmpty }
        }
        guard numericColumns >= 1, wordColumns >= 1 || blankRemarks, valued.count >= 2 else { return nil }
        return [header] + rows
    }
}
