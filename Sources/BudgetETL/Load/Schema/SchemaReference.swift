/// The README's column reference ("Output columns"), rendered from `OutputSchema` so the README
/// cannot drift from the files: a test compares the README's text with `markdown()`.
enum SchemaReference {
    static let begin = "<!-- columns: generated from OutputSchema; a test keeps this equal -->"
    static let end = "<!-- end of columns -->"

    static func markdown() -> String {
        let wide = OutputSchema.wide(tableKey: "<table_key>", valueColumns: ["<column name>"])
        var lines: [String] = []
        for table in OutputSchema.fixedTables + [wide] {
            lines.append("#### `\(table.name)`")
            lines.append("")
            let key = table.primaryKey.map { "`\($0)`" }.joined(separator: ", ")
            lines.append(table.description + "." + (key.isEmpty ? "" : " Key: \(key)."))
            lines.append("")
            lines.append("| column | type | may be empty | description |")
            lines.append("|---|---|---|---|")
            for column in table.columns {
                lines.append("| `\(column.name)` | \(typeText(column.type)) | \(column.nullable ? "yes" : "no") | \(column.description) |")
            }
            lines.append("")
        }
        return ([begin, ""] + lines + [end]).joined(separator: "\n")
    }

    private static func typeText(_ type: ColumnType) -> String {
        switch type {
        case .string: return "string"
        case .integer: return "integer"
        case .decimal(let precision, let scale): return "decimal(\(precision),\(scale))"
        }
    }
}
