/// A form of several sections (一、政府采购情况 / 二、机关运行经费 / …) numbers its rows through all
/// of them (行次 1, 2, 3 …) while a later section's header may name no 行次 column (the cell left
/// blank, or dropped with the blank cells by a converter that keeps no positions). Each row then
/// prints its 行次 first, and read in order it lands under the section's first value column. Rows
/// whose first values carry on the table's count (the first one more than the last 行次 before
/// the section, each later one greater than the one before) hold line numbers, not amounts: those
/// are rejected with the row's other values (read in order with the line number among them, which
/// column each stands under is not certain).
/// A number read under a column the header left unnamed (`栏次 2`) is left as read: there the
/// header kept the 行次's place.
enum UnnamedLineNumbers {
    /// Rows whose first values must carry the count on before a section's are taken for line
    /// numbers: one such number could be an amount that happens to follow.
    static let minimumRun = 2

    /// `last`: the table's last 行次 before these sections (a table read in blocks, one per part,
    /// carries it from block to block); given back as it stands after them.
    static func checked(_ sections: [ExtractedSection], last: inout ExactDecimal?) -> (sections: [ExtractedSection], rejects: [ReaderReject]) {
        var sections = sections
        var rejects: [ReaderReject] = []
        for s in sections.indices {
            if let k = LineNumberSequence.column(sections[s]) {
                if let high = sections[s].rows.compactMap({ LineNumberSequence.lineNumber($0, k) }).max() {
                    last = last.map { max($0, high) } ?? high
                }
                continue
            }
            guard let before = last else { continue }
            let numbered = lineNumberedRows(sections[s], after: before)
            guard numbered.count >= minimumRun else { continue }
            // The values printed on a line number's line, in its row or in a row the reading
            // parted from it, go with it.
            let numberedLines = Set(numbered.map { sections[s].rows[$0.row].cells[$0.cell].line })
            last = numbered.last.flatMap { ExactDecimal.parse(sections[s].rows[$0.row].cells[$0.cell].text) }
            for r in sections[s].rows.indices {
                let cells = sections[s].rows[r].cells
                let dropped = cells.filter { numberedLines.contains($0.line) }, kept = cells.filter { !numberedLines.contains($0.line) }
                rejects += dropped.map { ReaderReject(line: $0.line, text: $0.text, reason: .lineNumberUnnamed) }
                sections[s].rows[r].cells = kept
            }
        }
        return (sections, rejects)
    }

    /// The rows (and the index of the cell) whose first value carries on the count from `before`:
    /// the first such value one more than `before`, each later one greater than the one before.
    static func lineNumberedRows(_ section: ExtractedSection, after before: ExactDecimal) -> [(row: Int, cell: Int)] {
        var found: [(row: Int, cell: Int)] = []
        var previous = before
        for (r, row) in section.rows.enumerated() {
            guard let c = row.cells.indices.min(by: { row.cells[$0].column < row.cells[$1].column }),
                  section.columns.indices.contains(row.cells[c].column),
                  !isUnnamed(section.columns[row.cells[c].column]),
                  let value = ExactDecimal.parse(row.cells[c].text), LineNumberSequence.isCount(value) else { continue }
            let carriesOn = found.isEmpty ? value == previous + ExactDecimal(1) : value > previous
            guard carriesOn else { continue }
            found.append((r, c))
            previous = value
        }
        return found
    }

    /// A column the header left without a name (`栏次 3`, named by its place).
    private static func isUnnamed(_ column: HeaderPath) -> Bool {
        column.components.count == 1 && column.components[0].hasPrefix("栏次 ")
    }
}
