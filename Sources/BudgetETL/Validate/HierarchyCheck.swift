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
        for (t, table) in report.document.tables.enumerated() where rule.tables.contains(table.tableKey) {
            for s in table.sections.indices { check(Position(table: t, section: s), report) }
        }
    }

    /// A section of the document, for cell lookups in the document's index.
    private struct Position {
        var table: Int
        var section: Int
    }

    private func check(_ position: Position, _ report: Report) {
        let table = report.document.tables[position.table]
        let section = table.sections[position.section]
        let coded = section.rows.indices.filter { i in
            section.rows[i].code.map { Self.schemes.contains($0.scheme) && !$0.code.isEmpty } ?? false
        }
        var rowsByCode: [ClassificationCode: [Int]] = [:]
        for i in coded { rowsByCode[Self.key(section.rows[i].code!), default: []].append(i) }
        var children: [Int: [Int]] = [:]
        var roots: [CodeScheme: [Int]] = [:]
        for i in coded {
            if let parent = nearestAncestor(of: i, in: section.rows, rowsByCode) {
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
                compare(parent, kids, column, position, power, report) { a, e, d in
                    "「\(table.title)」\(CellLocator.rowName(row)) 的“\(section.columns[column])”为\(a)，下级科目合计为\(e)，相差\(d)"
                }
            }
        }
        for (r, row) in section.rows.enumerated() where row.code == nil && regexes.matches(rule.totalRow, row.label) {
            for scheme in roots.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                let top = roots[scheme]!
                for column in money {
                    compare(r, top, column, position, power, report) { a, e, d in
                        "「\(table.title)」\(row.label)行的“\(section.columns[column])”为\(a)，各顶层科目合计为\(e)，相差\(d)"
                    }
                }
            }
        }
    }

    /// A code as a lookup key: its text and scheme only.
    private static func key(_ code: ClassificationCode) -> ClassificationCode {
        ClassificationCode(code: code.code, scheme: code.scheme, level: nil, parent: nil)
    }

    /// The row with the longest code that is a proper prefix of row `i`'s code (same scheme); among
    /// rows with that code, the nearest one printed before `i`. Looks up each shorter prefix of the
    /// code instead of comparing with every coded row.
    private func nearestAncestor(of i: Int, in rows: [NormalizedRow], _ rowsByCode: [ClassificationCode: [Int]]) -> Int? {
        let code = rows[i].code!
        let characters = Array(code.code)
        for length in stride(from: characters.count - 1, through: 1, by: -1) {
            let prefix = ClassificationCode(code: String(characters[0..<length]), scheme: code.scheme, level: nil, parent: nil)
            guard let best = rowsByCode[prefix] else { continue }
            return best.last(where: { $0 < i }) ?? best.first
        }
        return nil
    }

    private func compare(_ total: Int, _ parts: [Int], _ column: Int, _ position: Position, _ power: Int,
                         _ report: Report, sentence: (String, String, String) -> String) {
        let table = report.document.tables[position.table]
        let section = table.sections[position.section]
        let cell = { (row: Int) in report.index.cell(position.table, position.section, row, column) }
        let totalCell = cell(total)
        let partCells = parts.compactMap(cell)
        let total = section.rows[total]
        if totalCell == nil && partCells.isEmpty { return }
        guard let expected = Exact.sum(partCells.map(\.value)) else { return }
        report.compare(rule: .hierarchy, tableKey: table.tableKey,
                       subject: "\(CellLocator.rowName(total)) | \(section.columns[column])",
                       actual: totalCell?.value ?? .zero, expected: expected,
                       summands: partCells.filter { !$0.value.isZero }.count,
                       sourcePower: power, line: totalCell?.line ?? total.line, sentence: sentence)
    }
}
