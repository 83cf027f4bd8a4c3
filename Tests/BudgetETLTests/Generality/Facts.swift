import BudgetETL

/// A source-independent fact: what a published number means, not where it was printed.
/// Two renderings of one table must give the same facts, whatever their line numbers.
struct Fact: Hashable, Comparable, CustomStringConvertible {
    let tableKey: String
    /// The row's code when it has one, else its cleaned label.
    let row: String
    /// Section and header path ("收入 › 金额"; plain tables have no section).
    let column: String
    /// Exact value in the output unit, with that unit ("8424800.00 元").
    let value: String
    /// The number as printed, to look for it among the rejects.
    let sourceValue: String

    /// Where the value sits, without the value: a fact "moves" when its value stays and this changes.
    let place: String
    /// The fact's identity: place and value (the printed number is not part of it).
    let description: String

    init(tableKey: String, row: String, column: String, value: String, sourceValue: String) {
        (self.tableKey, self.row, self.column, self.value, self.sourceValue) = (tableKey, row, column, value, sourceValue)
        place = "\(tableKey) | \(row) | \(column)"
        description = "\(place) = \(value)"
    }

    static func == (a: Fact, b: Fact) -> Bool { a.description == b.description }
    func hash(into hasher: inout Hasher) { hasher.combine(description) }
    static func < (a: Fact, b: Fact) -> Bool { a.description < b.description }

    /// Every loaded cell of a normalized document, as facts, except the 行次 that number the rows:
    /// they say where a row was printed, not what it holds, and a rendering may leave them out.
    static func of(_ document: NormalizedDocument) -> [Fact] {
        document.tables.flatMap { table in
            table.sections.flatMap { section in
                section.rows.flatMap { row in
                    row.cells.compactMap { cell in
                        let header = cell.column < section.columns.count ? section.columns[cell.column] : "#\(cell.column)"
                        if header == "行次" { return nil }
                        return Fact(tableKey: table.tableKey, row: row.code?.code ?? row.label,
                                    column: section.name.isEmpty ? header : "\(section.name) › \(header)",
                                    value: "\(canonical(cell.value.description)) \(cell.unit)", sourceValue: cell.sourceValue)
                    }
                }
            }
        }
    }

    /// A decimal without the trailing zeros of its scale: "19368658.00" and "19368658" are one
    /// value (a spreadsheet prints whole amounts without decimals).
    static func canonical(_ value: String) -> String {
        guard value.contains(".") else { return value }
        var text = Substring(value)
        while text.hasSuffix("0") { text = text.dropLast() }
        if text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }
}
