/// Rows of the “三公” form read by `FormMeasureGroups` whose blank cells were dropped (fewer values
/// than columns): every order-keeping placement of the values is tried, blank cells as zero, and
/// only those under which the form's sums hold count. A value is kept where every such placement
/// puts it under the same column; the others are rejected (`formCellUntold`): which of two columns
/// a blank leaves it under (购置费 or 运行维护费 beside a 小计 of the same amount), the sums do not
/// tell.
enum FormRows {
    /// Placements tried per row at most: past it the row fits nowhere known, nothing of it is kept.
    static let maxPlacementsPerRow = 5_000

    /// Each placement (the column of each value, in order) under which the sums hold.
    static func fits(_ values: [ExactDecimal], _ sums: FormSums, width: Int) -> [[Int]] {
        guard values.count <= width else { return [] }
        var found: [[Int]] = []
        var chosen: [Int] = []
        var steps = 0
        func extend(from next: Int) {
            guard chosen.count < values.count else {
                var row = Array(repeating: ExactDecimal.zero, count: width)
                for (k, column) in chosen.enumerated() { row[column] = values[k] }
                if sums.hold(row) { found.append(chosen) }
                return
            }
            for column in stride(from: next, through: width - (values.count - chosen.count), by: 1) where steps < maxPlacementsPerRow {
                steps += 1
                chosen.append(column)
                extend(from: column + 1)
                chosen.removeLast()
            }
        }
        extend(from: 0)
        return steps >= maxPlacementsPerRow ? [] : found
    }

    /// The section with each short row's values kept where every fitting placement agrees. A row
    /// some of whose values were rejected already (on the lines of `rejected`) is left as read: the
    /// values left are not the whole row the sums speak of.
    static func placed(_ section: ExtractedSection, sums: FormSums, rejected: Set<Int>) -> (section: ExtractedSection, rejects: [ReaderReject]) {
        let width = section.columns.count
        var out = section
        var rejects: [ReaderReject] = []
        for r in section.rows.indices where !section.rows[r].cells.isEmpty && section.rows[r].cells.count < width
            && !section.rows[r].cells.contains(where: { rejected.contains($0.line) }) {
            let cells = section.rows[r].cells.sorted { $0.column < $1.column }
            let values = cells.compactMap { ExactDecimal.parse(grouped: $0.text) }
            let placements = values.count == cells.count ? fits(values, sums, width: width) : []
            let kept = cells.indices.filter { k in
                placements.first.map { first in placements.allSatisfy { $0[k] == first[k] } } ?? false
            }
            out.rows[r].cells = kept.map { RawCell(column: placements[0][$0], text: cells[$0].text, line: cells[$0].line) }
            rejects += cells.indices.filter { !kept.contains($0) }
                .map { ReaderReject(line: cells[$0].line, text: cells[$0].text, reason: .formCellUntold) }
        }
        return (out, rejects)
    }
}
