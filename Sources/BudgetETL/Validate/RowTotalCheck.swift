/// Row total: in every row, a total column equals the sum of its part columns (本年支出合计 = 基本支出
/// + 项目支出 + …). Columns are found by label pattern, so templates that name or order them
/// differently share one rule.
struct RowTotalCheck {
    let rule: RowTotalRule
    let regexes: RegexCache

    func run(_ report: Report) {
        for (t, table) in report.document.tables.enumerated() where rule.tables.contains(table.tableKey) {
            for s in table.sections.indices { check(table: t, section: s, report) }
        }
    }

    private func check(table t: Int, section s: Int, _ report: Report) {
        let table = report.document.tables[t]
        let section = table.sections[s]
        let money = section.moneyColumnIndices
        guard let total = money.first(where: { regexes.matches(rule.total, section.columns[$0]) }) else { return }
        var parts: [Int] = []
        for alternatives in rule.parts {
            // The first alternative naming a column of this section stands for the part.
            for pattern in alternatives {
                let found = money.filter { $0 != total && regexes.matches(pattern, section.columns[$0]) }
                if found.isEmpty { continue }
                parts += found.filter { !parts.contains($0) }
                break
            }
        }
        guard !parts.isEmpty else { return }
        let power = (MoneyUnit(rawValue: table.sourceUnit) ?? .yuan).powerOfTen
        let partNames = parts.map { "“\(section.columns[$0])”" }.joined(separator: "、")
        for (r, row) in section.rows.enumerated() {
            let totalCell = report.index.cell(t, s, r, total)
            let partCells = parts.compactMap { report.index.cell(t, s, r, $0) }
            if totalCell == nil && partCells.isEmpty { continue }
            guard let expected = Exact.sum(partCells.map(\.value)) else { continue }
            let rowName = CellLocator.rowName(row)
            report.compare(rule: .rowTotal, tableKey: table.tableKey, subject: "\(rowName) | \(section.columns[total])",
                           actual: totalCell?.value ?? .zero, expected: expected,
                           summands: partCells.filter { !$0.value.isZero }.count,
                           sourcePower: power, line: totalCell?.line ?? row.line) { a, e, d in
                "「\(table.title)」\(rowName) 的“\(section.columns[total])”为\(a)，而\(partNames)之和为\(e)，相差\(d)"
            }
        }
    }
}
