/// One document's cells indexed by (table, section, row, column), its tables by key, and the rows
/// and the column a selection (label pattern, code pattern, level; column pattern) picks in a
/// section — built once per document, so that no rule scans the document, a section or a row's
/// cells for each figure it needs.
final class DocumentIndex {
    let document: NormalizedDocument
    private let tablesByKey: [String: [Int]]
    /// cellSlots[table][section][row][column]: index into the row's cells, -1 when it prints nothing there.
    private let cellSlots: [[[[Int32]]]]
    private var selections: [RowSelection: [Int]] = [:]
    private var columnSelections: [ColumnSelection: Int?] = [:]

    /// Patterns as `PatternText`: selections are looked up for every figure a rule needs.
    struct ColumnSelection: Hashable {
        var table: Int, section: Int
        var pattern: PatternText

        init(table: Int, section: Int, pattern: String) {
            self.table = table
            self.section = section
            self.pattern = PatternText(pattern)
        }
    }

    struct RowSelection: Hashable {
        var table: Int, section: Int
        var row: PatternText?, code: PatternText?, level: Int?

        init(table: Int, section: Int, row: String?, code: String?, level: Int?) {
            self.table = table
            self.section = section
            self.row = row.map(PatternText.init)
            self.code = code.map(PatternText.init)
            self.level = level
        }
    }

    init(_ document: NormalizedDocument) {
        self.document = document
        var byKey: [String: [Int]] = [:]
        for (t, table) in document.tables.enumerated() { byKey[table.tableKey, default: []].append(t) }
        tablesByKey = byKey
        cellSlots = document.tables.map { table in
            table.sections.map { section in section.rows.map { Self.slots($0, columns: section.columns.count) } }
        }
    }

    /// Column → position in `row.cells`; the first cell wins when a column is printed twice.
    private static func slots(_ row: NormalizedRow, columns: Int) -> [Int32] {
        let width = max(columns, (row.cells.map(\.column).max() ?? -1) + 1)
        var slots = [Int32](repeating: -1, count: width)
        for (i, cell) in row.cells.enumerated() where cell.column >= 0 && slots[cell.column] < 0 {
            slots[cell.column] = Int32(i)
        }
        return slots
    }

    /// Positions in `document.tables` of the tables of this kind, in print order.
    func tables(_ key: String) -> [Int] { tablesByKey[key] ?? [] }

    /// The cell row `row` of section `section` of table `table` prints in `column`; nil when none.
    func cell(_ table: Int, _ section: Int, _ row: Int, _ column: Int) -> NormalizedCell? {
        let slots = cellSlots[table][section][row]
        guard column >= 0, column < slots.count, slots[column] >= 0 else { return nil }
        return document.tables[table].sections[section].rows[row].cells[Int(slots[column])]
    }

    /// Whether row `row` prints a cell in `column`, without copying the cell out.
    func hasCell(_ table: Int, _ section: Int, _ row: Int, _ column: Int) -> Bool {
        let slots = cellSlots[table][section][row]
        return column >= 0 && column < slots.count && slots[column] >= 0
    }

    /// The first column of a section a selection picks, nil when none; computed on first use, then kept.
    func column(_ selection: ColumnSelection, _ pick: () -> Int?) -> Int? {
        if let known = columnSelections[selection] { return known }
        let picked = pick()
        columnSelections[selection] = picked
        return picked
    }

    /// Rows of a section picked by a selection, in print order; computed on first use, then kept
    /// (many rules select the same rows: 总计, 本年收入合计 …).
    func rows(_ selection: RowSelection, _ pick: (NormalizedRow) -> Bool) -> [Int] {
        if let known = selections[selection] { return known }
        let rows = document.tables[selection.table].sections[selection.section].rows
        let picked = rows.indices.filter { pick(rows[$0]) }
        selections[selection] = picked
        return picked
    }
}
