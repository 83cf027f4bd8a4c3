/// A column of a sheet: its name, how its cells are typed, and what it holds, taken from the
/// output schema (`OutputSchema`) the CSV and Parquet files are made from, so a sheet and its
/// file agree column for column.
struct WorkbookColumn: Equatable {
    enum Kind: String {
        /// Codes, ids, labels: text cells, zeros kept (`05` stays `05`).
        case text
        /// Years, line numbers, counts.
        case integer
        /// Exact decimals written as their decimal text (never through a binary float).
        case decimal
    }

    var name: String
    var kind: Kind
    var meaning: String

    init(name: String, kind: Kind, meaning: String) {
        self.name = name
        self.kind = kind
        self.meaning = meaning
    }

    init(_ column: ColumnSchema) {
        name = column.name
        meaning = column.description
        switch column.type {
        case .string: kind = .text
        case .integer: kind = .integer
        case .decimal: kind = .decimal
        }
    }
}

/// One sheet's source: its base name (the table's), the CSV file it mirrors and its columns.
struct WorkbookTable {
    var name: String
    var csvFile: String
    var columns: [WorkbookColumn]

    init(_ schema: TableSchema, name: String) {
        self.name = name
        csvFile = schema.name + ".csv"
        columns = schema.columns.map(WorkbookColumn.init)
    }

    static let documents = WorkbookTable(OutputSchema.documents, name: "documents")
    static let validation = WorkbookTable(OutputSchema.validation, name: "validation")
    static let rejects = WorkbookTable(OutputSchema.rejects, name: "rejects")
    static let long = WorkbookTable(OutputSchema.long, name: "long")

    /// The sheet of one table kind, named by its key.
    static func wide(_ tableKey: String, valueColumns: [String]) -> WorkbookTable {
        WorkbookTable(OutputSchema.wide(tableKey: tableKey, valueColumns: valueColumns), name: tableKey)
    }
}
