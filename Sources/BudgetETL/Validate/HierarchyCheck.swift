/// Hierarchy: per money column, a coded row equals the sum of the rows directly below it, and each
/// total row (合计) equals the sum of the top-level rows (see `HierarchyRule.rowSums`). Codes of
/// different schemes (a 单位代码 row beside 功能分类 rows) form separate hierarchies, each checked
/// against the total.
struct HierarchyCheck {
    let rule: HierarchyRule
    /// The rule's index in the configuration's hierarchies (its key in `SectionRelations`).
    let index: Int
    let relations: DocumentRelations?
    let regexes: RegexCache

    func run(_ report: Report) {
        for (t, table) in report.document.tables.enumerated() where rule.tables.contains(table.tableKey) {
            for (s, section) in table.sections.enumerated() {
                let sums = relations?.sections[t][s].rowSums[index] ?? rule.rowSums(in: section.rows, regexes: regexes)
                check(section, sums, of: table, report)
            }
        }
    }

    private func check(_ section: NormalizedSection, _ sums: [RowSum], of table: NormalizedTable, _ report: Report) {
        let power = (MoneyUnit(rawValue: table.sourceUnit) ?? .yuan).powerOfTen
        let rejected = RowsWithRejects(section, table: table, rejects: report.document.rejects).rows
        for sum in sums {
            let row = section.rows[sum.total]
            for column in section.moneyColumnIndices
            where (section.placementIdentities.isEmpty
                || !section.placementIdentities.contains(section.identityKey(.hierarchy, row: sum.total, column: column)))
                && !RowsWithRejects.unknown(column, rows: [sum.total] + sum.parts, in: section, rejected: rejected) {
                compare(row, sum.parts.map { section.rows[$0] }, column, section, table, power, report) { a, e, d in
                    sum.isTotalRow
                        ? "「\(table.title)」\(row.label)行的“\(section.columns[column])”为\(a)，各顶层科目合计为\(e)，相差\(d)"
                        : "「\(table.title)」\(CellLocator.rowName(row)) 的“\(section.columns[column])”为\(a)，下级科目合计为\(e)，相差\(d)"
                }
            }
        }
    }

    private func compare(_ total: NormalizedRow, _ parts: [NormalizedRow], _ column: Int, _ section: NormalizedSection,
                         _ table: NormalizedTable, _ power: Int, _ report: Report,
                         sentence: (String, String, String) -> String) {
        let totalCell = total.cells.first { $0.column == column }
        let partCells = parts.compactMap { $0.cells.first { $0.column == column } }
        if totalCell == nil && partCells.isEmpty { return }
        guard let expected = Exact.sum(partCells.map(\.value)) else { return }
        let derived = ([totalCell].compactMap { $0 } + partCells).contains { $0.confidence == .derived }
        report.compare(rule: .hierarchy, tableKey: table.tableKey,
                       subject: "\(CellLocator.rowName(total)) | \(section.columns[column])",
                       actual: totalCell?.value ?? .zero, expected: expected,
                       summands: partCells.filter { !$0.value.isZero }.count,
                       sourcePower: power, line: totalCell?.line ?? total.line, derived: derived, sentence: sentence)
    }
}
