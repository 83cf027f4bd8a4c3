/// Rows of a tab table printed at another width than its header, where every line prints its
/// blank cells to the end. A ruled-table converter gives each page of a table split over pages its
/// own grid: a later page's rows carry one blank column more or less, so their values stand one
/// or more positions off the header's columns. Such a row with a number where no header cell is
/// filled is off the grid: which column each of its values is under is not certain, so its
/// values are rejected, not placed.
enum RowsOffHeaderWidth {
    /// The share of the body's value lines that must print the header's width for the header's
    /// width to be the table's (below it, the widths say nothing about the grid).
    static let headerWidthShare = 2

    static func rejected(_ table: TableLines) -> (table: TableLines, rejects: [ReaderReject]) {
        guard let width = printedWidth(table) else { return (table, []) }
        var table = table
        var rejects: [ReaderReject] = []
        let headed = MergedBlankColumns.headedPositions(table)
        for n in table.body.indices where table.body[n].endsWithBlankCell && table.body[n].tokens.count != width
            && !numbersUnder(headed, table.body[n]) {
            for i in table.body[n].tokens.indices where CellText.mayBeNumber(table.body[n].tokens[i]) && table.body[n].tokens[i].kind != .placeholder {
                let t = table.body[n].tokens[i]
                rejects.append(ReaderReject(line: t.line, text: t.text, reason: .rowAtAnotherWidth))
                table.body[n].tokens[i] = Token(text: "", line: t.line, column: t.column)
            }
        }
        return (table, rejects)
    }

    /// Every number of the line stands at a position where a header cell is filled: a row printed
    /// at another width whose values still fall under header words is on the header's grid.
    static func numbersUnder(_ headed: Set<Int>, _ line: TableLines.Line) -> Bool {
        line.tokens.indices.allSatisfy { k in headed.contains(k) || !CellText.mayBeNumber(line.tokens[k]) }
    }

    /// The header's width, when a header line prints its blank cells to the end and at least half
    /// the body's value lines print that same width with their blank cells to the end.
    static func printedWidth(_ table: TableLines) -> Int? {
        guard let width = table.header.filter(\.endsWithBlankCell).map(\.tokens.count).max() else { return nil }
        let valued = table.body.filter { line in line.tokens.contains { CellText.mayBeNumber($0) } }
        guard !valued.isEmpty, valued.allSatisfy(\.endsWithBlankCell) else { return nil }
        let atWidth = valued.filter { $0.tokens.count == width }.count
        return atWidth * headerWidthShare >= valued.count ? width : nil
    }
}
