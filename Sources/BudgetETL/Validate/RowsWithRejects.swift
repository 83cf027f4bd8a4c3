/// Rows of a section some of whose values were rejected (their column or row not certain): the cells
/// left are not all the row's, so a sum over the row, or with it among a parent's parts, tells
/// nothing about the document. A row spans its lines up to the next row's first line.
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
}
