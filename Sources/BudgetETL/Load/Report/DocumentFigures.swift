/// The figures a document's charts show, picked from its tables by what the templates print (codes
/// of the function classification, columns named 合计 / 基本支出 / 项目支出 / 预算 / 决算). Every
/// figure is one the document prints, as loaded into long.csv: nothing is summed or recomputed, so
/// a chart never shows a number the CSV files do not hold.
struct DocumentFigures: Equatable {
    /// Spending by function class (类): label "205 教育支出" and the row's total. Where the table
    /// prints no 类 rows (many budgets print only 项), the rows of the highest level it prints.
    var functionClasses: [Figure] = []
    /// The level of `functionClasses`: 1 类, 2 款, 3 项.
    var functionLevel = 1
    /// The total row's 基本支出 and 项目支出.
    var basic: ExactDecimal?
    var project: ExactDecimal?
    /// The total expenditure the document prints (the expenditure table's total row).
    var totalExpenditure: ExactDecimal?
    /// Rows printing both a budget and a final figure (final accounts).
    var budgetVersusFinal: [BudgetFinal] = []
    /// Title of the table the budget and final figures come from.
    var budgetVersusFinalTable = ""

    struct Figure: Equatable {
        var label: String
        var value: ExactDecimal
    }

    struct BudgetFinal: Equatable {
        var label: String
        var budget: ExactDecimal
        var final: ExactDecimal
    }

    init(_ document: NormalizedDocument) {
        if let (table, section) = Self.expenditureSection(in: document) {
            readExpenditure(table: table, section: section)
        }
        if document.metadata.kind == .finalAccount { readBudgetVersusFinal(document) }
    }

    private static let totalLabel = try! Regex("^(合计|总计|支出合计|本年支出合计)$")

    /// The section of the expenditure table: function-coded classes with a total column and
    /// basic/project columns (支出决算表, 支出预算表); else any section with function classes.
    private static func expenditureSection(in document: NormalizedDocument) -> (NormalizedTable, NormalizedSection)? {
        var fallback: (NormalizedTable, NormalizedSection)?
        for table in document.tables {
            for section in table.sections where section.rows.contains(where: isFunctionRow) {
                if column(in: section, containing: "基本支出") != nil && column(in: section, containing: "项目支出") != nil {
                    return (table, section)
                }
                if fallback == nil { fallback = (table, section) }
            }
        }
        return fallback
    }

    private static func isFunctionRow(_ row: NormalizedRow) -> Bool {
        row.code?.scheme == .function && row.code?.level != nil
    }

    /// The first money column whose label contains `word`.
    private static func column(in section: NormalizedSection, containing word: String) -> Int? {
        section.columns.indices.first { index in
            section.moneyColumns.indices.contains(index) && section.moneyColumns[index] && section.columns[index].contains(word)
        }
    }

    private static func totalColumn(in section: NormalizedSection) -> Int? {
        column(in: section, containing: "合计") ?? column(in: section, containing: "总计")
            ?? section.moneyColumns.firstIndex(of: true)
    }

    private static func value(_ row: NormalizedRow, _ column: Int?) -> ExactDecimal? {
        guard let column else { return nil }
        return row.cells.last { $0.column == column }?.value
    }

    private mutating func readExpenditure(table: NormalizedTable, section: NormalizedSection) {
        let total = Self.totalColumn(in: section)
        functionLevel = section.rows.filter(Self.isFunctionRow).compactMap { $0.code?.level }.min() ?? 1
        for row in section.rows where Self.isFunctionRow(row) && row.code?.level == functionLevel {
            if let value = Self.value(row, total) {
                functionClasses.append(Figure(label: "\(row.code!.code) \(row.label)", value: value))
            }
        }
        let totalRow = section.rows.first { row in
            row.code == nil && row.label.filter { !$0.isWhitespace }.wholeMatch(of: Self.totalLabel) != nil
        }
        if let totalRow {
            totalExpenditure = Self.value(totalRow, total)
            basic = Self.value(totalRow, Self.column(in: section, containing: "基本支出"))
            project = Self.value(totalRow, Self.column(in: section, containing: "项目支出"))
        }
    }

    /// The first section printing a budget (预算) and a final (决算) column, preferring their totals
    /// (合计) where the columns are split.
    private mutating func readBudgetVersusFinal(_ document: NormalizedDocument) {
        for table in document.tables {
            for section in table.sections {
                func pick(_ word: String) -> Int? {
                    section.columns.indices.first { i in
                        section.moneyColumns[i] && section.columns[i].contains(word) && section.columns[i].contains("合计")
                    } ?? Self.column(in: section, containing: word)
                }
                guard let budgetColumn = pick("预算"), let finalColumn = pick("决算"), budgetColumn != finalColumn else { continue }
                let rows = section.rows.compactMap { row -> BudgetFinal? in
                    guard let budget = Self.value(row, budgetColumn), let final = Self.value(row, finalColumn) else { return nil }
                    let label = [row.code?.code, row.label.isEmpty ? nil : row.label].compactMap { $0 }.joined(separator: " ")
                    return BudgetFinal(label: label.isEmpty ? "第\(row.rowNumber)行" : label, budget: budget, final: final)
                }
                guard !rows.isEmpty else { continue }
                budgetVersusFinal = Array(rows.prefix(Self.budgetFinalRows))
                budgetVersusFinalTable = table.title
                return
            }
        }
    }

    /// Enough rows to compare the main lines without a chart taller than a screen.
    private static let budgetFinalRows = 12
}
