/// Row total: in every row, a total column equals the sum of its part columns (本年支出合计 = 基本支出
/// + 项目支出 + …). Columns are found by label pattern, so templates that name or order them
/// differently share one rule.
struct RowTotalCheck {
    let rule: RowTotalRule
    /// The rule's index in the configuration's row totals (its key in `SectionRelations`).
    let index: Int
    let relations: DocumentRelations?
    let regexes: RegexCache

    func run(_ report: Report) {
        for (t, table) in report.document.tables.enumerated() where rule.tables.contains(table.tableKey) {
            for (s, section) in table.sections.enumerated() {
                let found = relations?.sections[t][s].rowTotals[index]
                check(section, columns: found ?? rule.columns(in: section, regexes: regexes), of: table, report)
            }
        }
    }

    private func check(_ section: NormalizedSection, columns: (total: Int, parts: [Int])?, of table: NormalizedTable,
                       _ report: Report) {
        guard let (total, parts) = columns else { return }
        let power = (MoneyUnit(rawValue: table.sourceUnit) ?? .yuan).powerOfTen
        let partNames = parts.map { "“\(section.columns[$0])”" }.joined(separator: "、")
        let rejected = RowsWithRejects(section, table: table, rejects: report.document.rejects).rows
        for (index, row) in section.rows.enumerated()
        where !([total] + parts).contains(where: { RowsWithRejects.unknown($0, rows: [index], in: section, rejected: rejected) }) {
            // An identity that placed this row's numbers holds by construction: it confirms nothing.
            if !section.placementIdentities.isEmpty,
               section.placementIdentities.contains(section.identityKey(.rowTotal, row: index, column: total)) { continue }
            let totalCell = row.cells.first { $0.column == total }
            let partCells = parts.compactMap { p in row.cells.first { $0.column == p } }
            if totalCell == nil && partCells.isEmpty { continue }
            guard let expected = Exact.sum(partCells.map(\.value)) else { continue }
            let derived = ([totalCell].compactMap { $0 } + partCells).contains { $0.confidence == .derived }
            report.compare(rule: .rowTotal, tableKey: table.tableKey, subject: "\(CellLocator.rowName(row)) | \(section.columns[total])",
                           actual: totalCell?.value ?? .zero, expected: expected,
                           summands: partCells.filter { !$0.value.isZero }.count,
                           sourcePower: power, line: totalCell?.line ?? row.line, derived: derived) { a, e, d in
                "「\(table.title)」\(CellLocator.rowName(row)) 的“\(section.columns[total])”为\(a)，而\(partNames)之和为\(e)，相差\(d)"
            }
        }
    }
}
