/// Hierarchy: per money column, a coded row equals the sum of the rows directly below it, and each
/// total row (合计) equals the sum of the top-level rows.
///
/// "Directly below" is decided by code prefix among the rows the section prints, not by the code's
/// nominal parent: a table that prints 208 and 2080505 but not 20805 still nests 2080505 under 208,
/// and a table printing only 项 rows has them all at the top. Codes of different schemes (a 单位代码
/// row beside 功能分类 rows) form separate hierarchies, each checked against the total.
struct HierarchyCheck {
    let rule: HierarchyRule
    let regexes: RegexCache

    private static let schemes: Set<CodeScheme> = [.function, .economicDept, .economicGov, .agency]

    func run(_ report: Report) {
        for table in report.document.tables where rule.tables.contains(table.tableKey) {
            for section in table.sections { check(section, of: table, report) }
        }
    }

    private func check(_ section: NormalizedSection, of table: NormalizedTable, _ report: Report) {
        let coded = section.rows.indices.filter { i in
            section.rows[i].code.map { Self.schemes.contains($0.scheme) && !$0.code.isEmpty } ?? false
        }
        var children: [Int: [Int]] = [:]
        var roots: [CodeScheme: [Int]] = [:]
        for i in coded {
            if let parent = nearestAncestor(of: i, among: coded, in: section.rows) {
                children[parent, default: []].append(i)
            } else {
                roots[section.rows[i].code!.scheme, default: []].append(i)
            }
        }
        let power = (MoneyUnit(rawValue: table.sourceUnit) ?? .yuan).powerOfTen
        let money = section.moneyColumnIndices
        for parent in coded {
            guard let kids = children[parent] else { continue }
            let row = section.rows[parent]
            for column in money {
                compare(row, kids.map { section.rows[$0] }, column, section, table, power, report) { a, e, d in
                    "「\(table.title)」\(CellLocator.rowName(row)) 的“\(section.columns[column])”为\(a)，下级科目合计为\(e)，相差\(d)"
                }
            }
        }
        for row in section.rows where row.code == nil && regexes.matches(rule.totalRow, row.label) {
            for scheme in roots.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                let top = roots[scheme]!.map { section.rows[$0] }
                for column in money {
                    compare(row, top, column, section, table, power, report) { a, e, d in
                        "「\(table.title)」\(row.label)行的“\(section.columns[column])”为\(a)，各顶层科目合计为\(e)，相差\(d)"
                    }
                }
            }
        }
    }

    /// The row with the longest code that is a proper prefix of row `i`'s code (same scheme); among
    /// rows with that code, the nearest one printed before `i`.
    private func nearestAncestor(of i: Int, among coded: [Int], in rows: [NormalizedRow]) -> Int? {
        let code = rows[i].code!
        let candidates = coded.filter { j in
            guard j != i, let other = rows[j].code, other.scheme == code.scheme else { return false }
            return other.code.count < code.code.count && code.code.hasPrefix(other.code)
        }
        guard let longest = candidates.map({ rows[$0].code!.code.count }).max() else { return nil }
        let best = candidates.filter { rows[$0].code!.code.count == longest }
        return best.last(where: { $0 < i }) ?? best.first
    }

    private func compare(_ total: NormalizedRow, _ parts: [NormalizedRow], _ column: Int, _ section: NormalizedSection,
                         _ table: NormalizedTable, _ power: Int, _ report: Report,
                         sentence: (String, String, String) -> String) {
        let totalCell = total.cells.first { $0.column == column }
        let partCells = parts.compactMap { $0.cells.first { $0.column == column } }
        if totalCell == nil && partCells.isEmpty { return }
        guard let expected = Exact.sum(partCells.map(\.value)) else { return }
        report.compare(rule: .hierarchy, tableKey: table.tableKey,
                       subject: "\(CellLocator.rowName(total)) | \(section.columns[column])",
                       actual: totalCell?.value ?? .zero, expected: expected,
                       summands: partCells.filter { !$0.value.isZero }.count,
                       sourcePower: power, line: totalCell?.line ?? total.line, sentence: sentence)
    }
}
