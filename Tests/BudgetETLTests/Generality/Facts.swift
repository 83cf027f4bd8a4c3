import BudgetETL

/// A source-independent fact: what a published number means, not where it was printed.
/// Two renderings of one table must give the same facts, whatever their line numbers.
struct Fact: Hashable, Comparable, CustomStringConvertible {
    var tableKey: String
    /// The row's code when it has one, else its cleaned label.
    var row: String
    /// Section and header path ("收入 › 金额"; plain tables have no section).
    var column: String
    /// Exact value in the output unit, with that unit ("8424800.00 元").
    var value: String
    /// The number as printed, to look for it among the rejects.
    var sourceValue: String

    /// Where the value sits, without the value: a fact "moves" when its value stays and this changes.
    var place: String { "\(tableKey) | \(row) | \(column)" }
    var description: String { "\(place) = \(value)" }

    static func == (a: Fact, b: Fact) -> Bool { a.description == b.description }
    func hash(into hasher: inout Hasher) { hasher.combine(description) }
    static func < (a: Fact, b: Fact) -> Bool { a.description < b.description }

    /// Every loaded cell of a normalized document, as facts.
    static func of(_ document: NormalizedDocument) -> [Fact] {
        document.tables.flatMap { table in
            table.sections.flatMap { section in
                section.rows.flatMap { row in
                    row.cells.map { cell in
                        let header = cell.column < section.columns.count ? section.columns[cell.column] : "#\(cell.column)"
                        return Fact(tableKey: table.tableKey, row: row.code?.code ?? row.label,
                                    column: section.name.isEmpty ? header : "\(section.name) › \(header)",
                                    value: "\(cell.value) \(cell.unit)", sourceValue: cell.sourceValue)
                    }
                }
            }
        }
    }
}
