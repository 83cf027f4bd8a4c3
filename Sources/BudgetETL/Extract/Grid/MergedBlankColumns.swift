/// Grid columns that no cell of a tab table fills, in its header, its column numbers or its body.
/// A ruled-table converter writes a cell merged over several grid columns once and the rest blank,
/// and a sheet holding several tables merges each table's cells over the grid columns the others
/// need (`收入 ⇥ ⇥ ⇥ ⇥ 金额`). Such a column is none of this table's: left in, it stands between a
/// side's words and its values as a column of its own, and a side whose header starts on one is
/// named from the nearest filled header cell on its left, the other side's.
enum MergedBlankColumns {
    /// The table without the grid columns blank on every one of its lines.
    static func removed(_ table: TableLines) -> TableLines {
        let blank = blankColumns(table.header + table.body + (table.columnNumbers.map { [$0] } ?? []))
        guard !blank.isEmpty, numbersUnderHeaderCells(table) else { return table }
        var table = table
        table.header = table.header.map { without(blank, $0) }
        table.body = table.body.map { without(blank, $0) }
        table.columnNumbers = table.columnNumbers.map { without(blank, $0) }
        return table
    }

    /// Every number of the body stands at the position of a filled header cell: the header is
    /// written on the body's grid (a converter that dropped a corner cell or a break's blank
    /// leaves the header off it, to be placed by the rows' widths, which a removed column changes).
    static func numbersUnderHeaderCells(_ table: TableLines) -> Bool {
        let headed = headedPositions(table)
        return !headed.isEmpty && table.body.allSatisfy { line in
            line.tokens.indices.allSatisfy { k in headed.contains(k) || line.tokens[k].isBlank || !line.tokens[k].kind.isNumeric }
        }
    }

    /// The grid positions at which a header line has a filled cell.
    static func headedPositions(_ table: TableLines) -> Set<Int> {
        Set(table.header.flatMap { line in line.tokens.indices.filter { !line.tokens[$0].isBlank } })
    }

    /// The positions below the lines' widest at which no line has a filled cell.
    static func blankColumns(_ lines: [TableLines.Line]) -> Set<Int> {
        let width = lines.map(\.tokens.count).max() ?? 0
        var filled = Array(repeating: false, count: width)
        for line in lines {
            for (k, token) in line.tokens.enumerated() where !token.isBlank { filled[k] = true }
        }
        return Set(filled.indices.filter { !filled[$0] })
    }

    static func without(_ columns: Set<Int>, _ line: TableLines.Line) -> TableLines.Line {
        var line = line
        line.tokens = line.tokens.enumerated().filter { !columns.contains($0.offset) }.map(\.element)
        line.printedCells -= columns.filter { $0 < line.printedCells }.count
        return line
    }
}
