/// Tables whose kind the catalog names neither by a title pattern nor by a header signature. They
/// are loaded under a key made from their title; the warning says which title it was and how to
/// name it, so that the same table of other documents gets a readable key and its kind's rules.
struct CatalogCheck {
    func run(_ report: Report) {
        for table in report.document.tables where table.naming == .none {
            if table.title.isEmpty { report.add(untitled(table, report)); continue }
            report.add(Finding(
                documentId: report.document.documentId, sourceFile: report.document.sourceFile, tableKey: table.tableKey,
                rule: .catalog, severity: .warning, subject: table.title, expected: "", actual: "", difference: "",
                unit: "", sourceLine: table.titleLine,
                message: "「\(table.title)」（第\(table.titleLine)行）不是目录中的表：已按标题生成表键\(table.tableKey)载入。"
                    + "要命名此类表，在pipeline.yaml的catalog.tables中加入一项：key（如 my_table）和 titles（如 \"\(table.title)\"），"
                    + "或以 headers 列出其表头特征词。"))
        }
    }

    /// A table whose title the text does not hold (it starts at its unit line): only its header
    /// can name it.
    private func untitled(_ table: NormalizedTable, _ report: Report) -> Finding {
        Finding(documentId: report.document.documentId, sourceFile: report.document.sourceFile, tableKey: table.tableKey,
                rule: .catalog, severity: .warning, subject: "", expected: "", actual: "", difference: "",
                unit: "", sourceLine: table.titleLine,
                message: "第\(table.titleLine)行起的表没有标题，已按表键\(table.tableKey)载入。"
                    + "要命名此类表，在pipeline.yaml的catalog.tables中加入一项，以 headers 列出其表头特征词。")
    }
}
