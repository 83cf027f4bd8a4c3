import Foundation

/// Balance and cross-table relations: a figure equals the sum of other figures, found by table,
/// section, row label or code and column (总计 = 本年收入合计 + 年初结转和结余; 收入决算表 合计 =
/// 收入支出决算总表 本年收入合计). A relation whose total, a required part, or every part is missing
/// from the document is not checked: absence is the extractor's or the template's business.
struct EquationCheck {
    let rule: EquationRule
    let locator: CellLocator
    let regexes: RegexCache

    func run(_ report: Report) {
        for column in columns(report.document) {
            check(column: column, report)
        }
    }

    /// With `each_column`: one exact pattern per matching money column of the total's sections, in
    /// print order; else one pass with the refs' own columns.
    private func columns(_ document: NormalizedDocument) -> [String?] {
        guard let each = rule.eachColumn else { return [nil] }
        var labels: [String] = []
        for table in document.tables where table.tableKey == (rule.total.table ?? rule.table) {
            for section in table.sections {
                if let p = rule.total.section, !regexes.matches(p, section.name) { continue }
                for i in section.moneyColumnIndices where regexes.matches(each, section.columns[i])
                    && !labels.contains(section.columns[i]) {
                    labels.append(section.columns[i])
                }
            }
        }
        return labels.map { "^" + NSRegularExpression.escapedPattern(for: $0) + "$" }
    }

    private func check(column: String?, _ report: Report) {
        guard let total = locator.figure(rule.total, table: rule.table, column: column) else { return }
        var parts: [Figure] = []
        for ref in rule.parts {
            if let figure = locator.figure(ref, table: rule.table, column: column) {
                parts.append(figure)
            } else if ref.required {
                return
            }
        }
        guard !parts.isEmpty, let expected = Exact.sum(parts.map(\.value)) else { return }
        let power = ([total] + parts).map(\.sourcePower).max() ?? 0
        let crossTable = rule.kind == .crossTable
        report.compare(rule: rule.kind, tableKey: total.tableKey, subject: total.name, actual: total.value,
                       expected: expected, summands: parts.reduce(0) { $0 + $1.summands }, sourcePower: power,
                       line: total.line, derived: ([total] + parts).contains(where: \.derived)) { a, e, d in
            // The parts' phrases only for a finding: most relations hold, and naming a figure
            // builds its rows' names.
            let partsText = parts.map { crossTable && $0.tableKey != total.tableKey ? "「\($0.tableTitle)」\($0.phrase)" : $0.phrase }
                .joined(separator: " + ")
            return "「\(total.tableTitle)」\(total.phrase)为\(a)，而\(partsText)\(parts.count > 1 ? "之和" : "")为\(e)，相差\(d)"
        }
    }
}
