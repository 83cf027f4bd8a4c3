/// A `|` table whose page pads every line to the table's width (`公共安全支出 | ||||||||` among
/// `社会保障和就业支出 | 8.54 | 8.54 | ||||||`): a line of one name and blank cells is then a whole
/// row whose values are blank, printed like the others, not a cell of one cell per line. Inside a
/// run of such lines (three or more, each of the same number of cells, some of several filled
/// cells) a one-cell line keeps its blank cells as a tab row, so that readers tell it from a
/// wrapped name's piece (which no `|` closes). Elsewhere `PipeCells.asTabs` leaves such a line its
/// one cell.
enum PaddedPipeRows {
    static func kept(_ lines: [String]) -> [String] {
        var lines = lines
        var n = 0
        while n < lines.count {
            // Each line cut once: the run's rows as they are found.
            guard let first = cells(lines[n]), first.count >= 3 else { n += 1; continue }
            var rows = [first]
            var end = n + 1
            while end < lines.count, let row = cells(lines[end]), row.count == first.count { rows.append(row); end += 1 }
            if end - n >= 3, rows.contains(where: { $0.filter { !$0.isEmpty }.count >= 2 }) {
                for k in n..<end {
                    let row = rows[k - n]
                    if !row[0].isEmpty, row.dropFirst().allSatisfy(\.isEmpty) { lines[k] = row.joined(separator: "\t") }
                }
            }
            n = end
        }
        return lines
    }

    /// A `|` row's cells as `PipeCells.asTabs` cuts them (an opening and the closing empty cell
    /// dropped); nil for any other line.
    private static func cells(_ line: String) -> [String]? {
        guard UTF8Text.containsByte(line, UInt8(ascii: "|")), PipeCells.isPipeRow(line) else { return nil }
        var cells = UTF8Text.trimmedPipePieces(line)
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells.isEmpty ? nil : cells
    }
}
