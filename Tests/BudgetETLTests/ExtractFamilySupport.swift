import XCTest
@testable import BudgetETL

/// Shared by the layout-family tests: a small catalog, extraction of made-up text, and rows
/// written as "L<line> <codes>|<label> → <column>=<value>@<line> …" so that one string asserts
/// a row's place, code, name and every cell.
enum FamilyFixture {
    static let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "income_expenditure_budget", titlePatterns: ["(部门)?收支预算总表"]),
        TableKind(key: "expenditure_budget", titlePatterns: ["(部门)?支出预算(总)?表"]),
        TableKind(key: "income_final", titlePatterns: ["(部门)?收入决算表"]),
        TableKind(key: "three_public_expenses_budget", titlePatterns: ["(部门)?三公经费(和机关运行经费)?预算表"]),
    ]))

    static func extract(_ lines: [String], separator: String = "\n") -> ExtractedDocument {
        extractor.extract(bytes: Array(lines.joined(separator: separator).utf8), sourceFile: "t.txt", sha256: "")
    }

    static func rows(_ section: ExtractedSection) -> [String] {
        section.rows.map { row in
            let cells = row.cells.map { cell in
                let column = section.columns.indices.contains(cell.column) ? section.columns[cell.column].joined : "#\(cell.column)"
                return "\(column)=\(cell.text)@\(cell.line)"
            }
            return "L\(row.line) \(row.codeParts.joined(separator: ","))|\(row.label) → " + cells.joined(separator: " ")
        }
    }
}
