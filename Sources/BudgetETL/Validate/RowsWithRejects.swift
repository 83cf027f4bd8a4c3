/// Rows of a section some of whose values were rejected (their column or row not certain): a blank
/// cell of such a row is not known to be blank, so a sum reading it tells nothing about the
/// document. A row spans its lines up to the next row's first line.
struct RowsWithRejects {
    let rows: Set<Int>

    init(_ section: NormalizedSection, table: NormalizedTable, rejects: [RejectedLine]) {
        let lines = Set(rejects.lazy.filter { $0.tableTitle == table.title }.map(\.line))
        guard !lines.isEmpty else { rows = []; return }
        let order = section.rows.indices.sorted { section.rows[$0].line < section.rows[$1].line }
        var found = Set<Int>()
        for (k, i) in order.enumerated() {
            let row = section.rows[i]
            let last = k + 1 < order.count ? section.rows[order[k + 1]].line - 1 : max(row.line, row.cells.map(\.line).max() ?? row.line)
            if lines.contains(where: { $0 >= row.line && $0 <= max(last, row.line) }) { found.insert(i) }
        }
        rows = found
    }

    /// Whether one of the rows, having rejected values, holds no cell in the column.
    static func unknown(_ column: Int, rows: [Int], in section: NormalizedSection, rejected: Set<Int>) -> Bool {
        !rejected.isEmpty && rows.contains { rejected.contains($0) && !section.rows[$0].cells.contains { $0.column == column } }
    }
}
