/// The schema of each output table. Column order is the CSV column order.
enum OutputSchema {
    /// document_id … document_kind: the fields that tie a row to its document (documents.csv).
    static let documentIdentity: [ColumnSchema] = [
        ColumnSchema("document_id", .string, "Stable identifier of the document (from its source file path)"),
        ColumnSchema("source_file", .string, "Input file, relative to the input folder"),
        ColumnSchema("agency", .string, nullable: true, "Publishing agency, as the document names it"),
        ColumnSchema("fiscal_year", .integer, nullable: true, "Fiscal year the document covers"),
        ColumnSchema("document_kind", .string, "budget, final_account or unknown"),
    ]

    /// row_code … parent_code: a row's classification code; all empty when the row has none.
    static let code: [ColumnSchema] = [
        ColumnSchema("row_code", .string, nullable: true, "Classification code printed on the row"),
        ColumnSchema("code_scheme", .string, nullable: true, "Code scheme: function, economic_dept, economic_gov, agency"),
        ColumnSchema("code_level", .integer, nullable: true, "Level of the code in its scheme (1 = 类)"),
        ColumnSchema("parent_code", .string, nullable: true, "Code of the parent level"),
    ]

    static let long = TableSchema(
        name: "long",
        description: "One row per loaded cell: the complete, exact output",
        columns: documentIdentity + [
            ColumnSchema("table_key", .string, "Table kind from the catalog"),
            ColumnSchema("table_title", .string, "Table title as printed (normalized)"),
            ColumnSchema("section", .string, "Section of the table (收入/支出 …); empty when the table has one"),
            ColumnSchema("row_number", .integer, "1-based row number within the section"),
        ] + code + [
            ColumnSchema("row_label", .string, "Row label as printed"),
            ColumnSchema("column_label", .string, "Canonical column name (header path joined with ' / ')"),
            ColumnSchema("value", ColumnType.amount, "The value, exact, converted to the output unit when money"),
            ColumnSchema("unit", .string, "Unit of value (the output unit for money)"),
            ColumnSchema("source_value", .string, "The value as printed"),
            ColumnSchema("source_unit", .string, "Unit the document printed the value in"),
            ColumnSchema("source_line", .integer, "1-based line of the value in the source text"),
            ColumnSchema("confidence", .string,
                         "certain (read where printed), derived (placed by the table's own sums) or guessed"),
        ],
        primaryKey: ["document_id", "table_key", "table_title", "section", "row_number", "column_label", "source_line"])

    static let documents = TableSchema(
        name: "documents",
        description: "One row per input file, including those that failed",
        columns: [
            documentIdentity[0], documentIdentity[1],
            ColumnSchema("sha256", .string, "SHA-256 of the input file's bytes"),
            documentIdentity[2], documentIdentity[3], documentIdentity[4],
            ColumnSchema("source_unit", .string, "Money unit the document states"),
            ColumnSchema("tables", .integer, "Tables loaded"),
            ColumnSchema("numbers_found", .integer, "Numbers seen in table regions"),
            ColumnSchema("cells", .integer, "Cells loaded (rows of long)"),
            ColumnSchema("rejects", .integer, "Lines or cells that could not be read"),
            ColumnSchema("errors", .integer, "Validation findings of severity error"),
            ColumnSchema("warnings", .integer, "Validation findings of severity warning"),
            ColumnSchema("consistency", ColumnType.amount, nullable: true,
                         "Share of the document's declared relations that hold (0–1); empty when none was compared"),
            ColumnSchema("status", .string, "ok, or why the document failed"),
        ],
        primaryKey: ["document_id"])

    static let validation = TableSchema(
        name: "validation",
        description: "One row per validation finding",
        columns: [
            documentIdentity[0], documentIdentity[1],
            ColumnSchema("table_key", .string, "Table of the checked figure; empty for the narrative's own arithmetic"),
            ColumnSchema("rule", .string, "Kind of check"),
            ColumnSchema("severity", .string, "error or warning"),
            ColumnSchema("subject", .string, "What was checked (row and column, or the narrative phrase)"),
            ColumnSchema("expected", .string, "What the relation requires"),
            ColumnSchema("actual", .string, "What the document publishes"),
            ColumnSchema("difference", .string, "actual − expected; empty when not about a number"),
            ColumnSchema("unit", .string, "Unit of expected, actual and difference"),
            ColumnSchema("source_line", .integer, nullable: true, "1-based line of the checked figure"),
            ColumnSchema("message", .string, "One sentence in Chinese"),
            ColumnSchema("confidence", .string,
                         "certain when every compared figure was read where printed, derived when one was placed by the sums"),
        ])

    static let rejects = TableSchema(
        name: "rejects",
        description: "Every line or cell that could not be read",
        columns: [
            documentIdentity[1],
            ColumnSchema("source_line", .integer, "1-based line in the source text"),
            ColumnSchema("table_title", .string, "Title of the table the line was in; empty outside tables"),
            ColumnSchema("text", .string, "The line or cell as printed"),
            ColumnSchema("reason", .string, "Why it was rejected"),
        ])

    /// Identity columns of every wide table, before its value columns.
    static let wideIdentity: [ColumnSchema] = documentIdentity + [
        ColumnSchema("table_title", .string, "Table title as printed (normalized)"),
        ColumnSchema("section", .string, "Section of the table; empty when the table has one"),
        ColumnSchema("row_number", .integer, "1-based row number within the section"),
    ] + code + [
        ColumnSchema("row_label", .string, "Row label as printed"),
        ColumnSchema("unit", .string, "Unit of the row's money cells; empty when it has none"),
    ]

    /// wide/<table_key>: one row per document × section × row, one decimal column per column name.
    /// No primary key: a document can print a table twice under one title (seen in the samples), so
    /// document, title, section and row number do not identify a row; long's key has the line.
    static func wide(tableKey: String, valueColumns: [String]) -> TableSchema {
        TableSchema(
            name: "wide/\(tableKey)",
            description: "Rows of the \(tableKey) tables, one column per column name",
            columns: wideIdentity + valueColumns.map {
                ColumnSchema($0, ColumnType.amount, nullable: true, "The row's value in this column; empty where it has none")
            })
    }

    /// The fixed tables, in the order the README lists them.
    static let fixedTables = [long, documents, validation, rejects]
}

extension OutputSchema {
    /// long in a Hive partition: without fiscal_year, which the partition's folder name holds.
    static let longPartition = TableSchema(
        name: long.name, description: long.description,
        columns: long.columns.filter { $0.name != partitionColumn }, primaryKey: long.primaryKey)

    static let partitionColumn = "fiscal_year"
    /// Where fiscal_year is in a long record: the value a partition's file leaves out.
    static let partitionIndex = long.columns.firstIndex { $0.name == partitionColumn }!
}
